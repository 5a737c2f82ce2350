package org.scplan.performance.spc;

import org.scplan.core.Polarity;

/**
 * How an XmR chart classifies a point: common cause, or a special cause that is an improvement, a
 * concern, or (when neither direction is better) simply high or low.
 */
public enum SpcVariation {
  /** Common-cause variation: no special-cause rule flags the point. */
  COMMON_CAUSE("common cause"),
  /** A special cause in the direction of improvement. */
  IMPROVEMENT("special cause improvement"),
  /** A special cause in the direction of deterioration. */
  CONCERN("special cause concern"),
  /** A special cause on the high side, for an indicator with no better direction. */
  NEUTRAL_HIGH("special cause neutral high"),
  /** A special cause on the low side, for an indicator with no better direction. */
  NEUTRAL_LOW("special cause neutral low");

  private final String label;

  SpcVariation(String label) {
    this.label = label;
  }

  /**
   * Returns the classification in NHS England's words: {@code special cause concern}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Checks whether this is a special cause of any kind.
   *
   * @return false for common cause only
   */
  public boolean isSpecialCause() {
    return this != COMMON_CAUSE;
  }

  /**
   * Returns the classification the opposite direction would give: improvement and concern swap;
   * the others stay.
   *
   * @return the reversed classification
   */
  public SpcVariation reversed() {
    return switch (this) {
      case IMPROVEMENT -> CONCERN;
      case CONCERN -> IMPROVEMENT;
      default -> this;
    };
  }

  /** Classifies a signal on the high (+1) or low (-1) side for a direction. */
  static SpcVariation of(int side, Polarity direction) {
    if (side == 0) {
      return COMMON_CAUSE;
    }
    int sign = direction.sign();
    if (sign == 0) {
      return side > 0 ? NEUTRAL_HIGH : NEUTRAL_LOW;
    }
    return side * sign > 0 ? IMPROVEMENT : CONCERN;
  }
}
