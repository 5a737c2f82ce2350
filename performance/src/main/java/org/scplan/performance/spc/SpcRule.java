package org.scplan.performance.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * A special-cause rule of an XmR chart, declared in order of precedence: when several rules flag
 * one point, the first decides how the point is classified.
 *
 * <ol>
 *   <li>{@link #OUTSIDE_LIMITS}: the point lies strictly outside the process limits;
 *   <li>{@link #TREND}: the point is part of a run of points each strictly higher (or each
 *       strictly lower) than the one before, 7 long by default;
 *   <li>{@link #TWO_OF_THREE}: the point is one of at least two, in three consecutive points on
 *       one side of the mean, that lie beyond the near (2σ) limit but within the process limit;
 *   <li>{@link #SHIFT}: the point is part of a run of points on one side of the mean, 7 long by
 *       default; a point exactly on the mean breaks the run.
 * </ol>
 */
public enum SpcRule {
  /** A point outside the process limits. */
  OUTSIDE_LIMITS("outside the limits"),
  /** Part of a run of points rising or falling. */
  TREND("trend"),
  /** Two of three consecutive points beyond the near (2σ) limit on one side. */
  TWO_OF_THREE("2 of 3 near the limit"),
  /** Part of a run of points on one side of the mean. */
  SHIFT("shift");

  private static final SpcRule[] RULES = values();
  private static final List<List<SpcRule>> BY_MASK = masks();

  private final String label;

  SpcRule(String label) {
    this.label = label;
  }

  /**
   * Returns the rule in plain words: {@code outside the limits}, {@code trend},
   * {@code 2 of 3 near the limit}, {@code shift}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /** Returns the bit of this rule in a mask of rules. */
  int bit() {
    return 1 << ordinal();
  }

  /** Returns the rules in a mask, in precedence order, as a shared immutable list. */
  static List<SpcRule> of(int mask) {
    return BY_MASK.get(mask);
  }

  private static List<List<SpcRule>> masks() {
    List<List<SpcRule>> all = new ArrayList<>();
    for (int mask = 0; mask < 1 << RULES.length; mask++) {
      List<SpcRule> rules = new ArrayList<>();
      for (SpcRule r : RULES) {
        if ((mask & 1 << r.ordinal()) != 0) {
          rules.add(r);
        }
      }
      all.add(List.copyOf(rules));
    }
    return List.copyOf(all);
  }
}
