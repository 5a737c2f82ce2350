package org.scplan.risk;

import java.util.Map;
import org.scplan.core.Words;

/** How a risk is treated: the four Ts. */
public enum Treatment {
  /** Accept the risk as it is. */
  TOLERATE,
  /** Act to reduce its likelihood or impact. */
  TREAT,
  /** Pass it to another party, such as an insurer or a provider. */
  TRANSFER,
  /** Stop the activity that gives rise to it. */
  TERMINATE;

  private static final Map<String, Treatment> ALIASES = Map.of(
      "accept", TOLERATE, "reduce", TREAT, "mitigate", TREAT, "share", TRANSFER, "avoid", TERMINATE);

  /**
   * Reads a treatment from its name or a common synonym, ignoring case: {@code Treat},
   * {@code tolerate}, {@code mitigate}, {@code avoid}.
   *
   * @param text the text
   * @return the treatment
   * @throws org.scplan.core.ValueParseException if the text names no treatment
   */
  public static Treatment parse(CharSequence text) {
    return Words.parse(Treatment.class, ALIASES, text, "a risk treatment");
  }

  /**
   * Returns the treatment in words: {@code Treat}.
   *
   * @return the treatment as text
   */
  @Override
  public String toString() {
    return Words.label(this);
  }
}
