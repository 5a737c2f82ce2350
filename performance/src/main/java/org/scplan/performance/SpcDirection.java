package org.scplan.performance;

/**
 * Which way an indicator improves, as statistical process control needs to know it: higher is
 * better, lower is better, or neither.
 *
 * <p>It decides whether a special cause is an {@linkplain SpcVariation#IMPROVEMENT improvement} or
 * a {@linkplain SpcVariation#CONCERN concern} (or, for {@link #NEUTRAL}, simply high or low), and
 * whether a target is consistently passed or failed. An indicator's polarity maps onto it one to
 * one.
 */
public enum SpcDirection {
  /** Higher values are better: the percentage of people helped to live at home. */
  HIGHER_IS_BETTER("higher is better"),
  /** Lower values are better: delayed transfers of care. */
  LOWER_IS_BETTER("lower is better"),
  /** Neither direction is better: activity such as the number of referrals. */
  NEUTRAL("neutral");

  private final String label;

  SpcDirection(String label) {
    this.label = label;
  }

  /**
   * Returns the direction in plain words: {@code higher is better}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the opposite direction: higher and lower swap, neutral stays neutral.
   *
   * @return the reversed direction
   */
  public SpcDirection reversed() {
    return switch (this) {
      case HIGHER_IS_BETTER -> LOWER_IS_BETTER;
      case LOWER_IS_BETTER -> HIGHER_IS_BETTER;
      case NEUTRAL -> NEUTRAL;
    };
  }

  /**
   * Returns +1 when higher is better, -1 when lower is better, 0 when neutral.
   *
   * @return the sign of improvement
   */
  int sign() {
    return switch (this) {
      case HIGHER_IS_BETTER -> 1;
      case LOWER_IS_BETTER -> -1;
      case NEUTRAL -> 0;
    };
  }
}
