package org.scplan.risk;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.scplan.core.Words;

/**
 * Which of a risk's ratings is meant: before any controls, as it stands, or where further action
 * should bring it.
 */
public enum RatingKind {
  /** Before any controls: the inherent (gross) rating. */
  INHERENT,
  /** With the existing controls: the current (residual) rating. */
  CURRENT,
  /** Once the further actions are done: the target rating. */
  TARGET;

  /**
   * Returns this kind of rating of a risk.
   *
   * @param risk the risk
   * @return its rating of this kind, or empty if it has none
   */
  public Optional<Rating> of(Risk risk) {
    requireNonNull(risk, "risk");
    return switch (this) {
      case INHERENT -> risk.inherent();
      case CURRENT -> risk.current();
      case TARGET -> risk.target();
    };
  }

  /**
   * Returns the kind in words: {@code Current}.
   *
   * @return the kind as text
   */
  @Override
  public String toString() {
    return Words.label(this);
  }
}
