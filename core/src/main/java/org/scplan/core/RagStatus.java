package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;

/**
 * The outcome of rating something: a {@link Rag} rating, or "not rated" with the reason why (no
 * target set yet, a baseline rather than a target, no result reported).
 *
 * <p>{@code RagStatus.of(Rag.GREEN)} prints {@code GREEN};
 * {@code RagStatus.notRated("no target for 2010-11")} prints
 * {@code not rated: no target for 2010-11}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RagStatus implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final RagStatus RED = new RagStatus(Rag.RED, null);
  private static final RagStatus AMBER = new RagStatus(Rag.AMBER, null);
  private static final RagStatus GREEN = new RagStatus(Rag.GREEN, null);

  private final Rag rag;
  private final String reason;

  private RagStatus(Rag rag, String reason) {
    this.rag = rag;
    this.reason = reason;
  }

  /**
   * Obtains a rated status.
   *
   * @param rag the rating
   * @return the status
   */
  public static RagStatus of(Rag rag) {
    return switch (requireNonNull(rag, "rag")) {
      case RED -> RED;
      case AMBER -> AMBER;
      case GREEN -> GREEN;
    };
  }

  /**
   * Obtains the status of something that could not be rated.
   *
   * @param reason why, in plain words: {@code "no target set for 2010-11"}
   * @return the status
   * @throws IllegalArgumentException if the reason is blank
   */
  public static RagStatus notRated(String reason) {
    requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "A reason for not rating is required");
    return new RagStatus(null, reason);
  }

  /**
   * Checks whether a rating was given.
   *
   * @return true if rated
   */
  public boolean isRated() {
    return rag != null;
  }

  /**
   * Returns the rating.
   *
   * @return the rating, or empty if not rated
   */
  public Optional<Rag> rag() {
    return Optional.ofNullable(rag);
  }

  /**
   * Returns why no rating was given.
   *
   * @return the reason, or empty if rated
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Checks whether another object is an equal status.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof RagStatus o && o.rag == rag && java.util.Objects.equals(o.reason, reason);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(rag, reason);
  }

  /**
   * Returns {@code GREEN}, {@code AMBER}, {@code RED} or {@code not rated: <reason>}.
   *
   * @return the status as text
   */
  @Override
  public String toString() {
    return rag != null ? rag.name() : "not rated: " + reason;
  }
}
