package org.scplan.performance.spc;

/**
 * Whether a process can be relied on to meet its target, judged from where the target lies
 * against the process limits of the latest segment.
 */
public enum SpcAssurance {
  /** The target lies beyond the worse process limit: every value is expected to pass. */
  CONSISTENTLY_PASSES("consistently passes"),
  /** The target lies beyond the better process limit: every value is expected to fail. */
  CONSISTENTLY_FAILS("consistently fails"),
  /** The target lies between the process limits (or on one): values will pass and fail. */
  HIT_AND_MISS("hit and miss");

  private final String label;

  SpcAssurance(String label) {
    this.label = label;
  }

  /**
   * Returns the verdict in NHS England's words: {@code hit and miss}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the verdict the opposite direction would give: passes and fails swap.
   *
   * @return the reversed verdict
   */
  public SpcAssurance reversed() {
    return switch (this) {
      case CONSISTENTLY_PASSES -> CONSISTENTLY_FAILS;
      case CONSISTENTLY_FAILS -> CONSISTENTLY_PASSES;
      case HIT_AND_MISS -> HIT_AND_MISS;
    };
  }
}
