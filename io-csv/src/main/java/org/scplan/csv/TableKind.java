package org.scplan.csv;

import java.util.Map;
import org.scplan.core.ValueParseException;
import org.scplan.core.Words;

/**
 * What a table holds, and so which plan section reading it gives.
 */
public enum TableKind {
  /** A budget table: lines of figures reconciled as a {@link org.scplan.budget.BudgetProfile}. */
  BUDGET("budget"),
  /** An indicator table: reference, title, value, target … as an {@link org.scplan.performance.IndicatorSet}. */
  INDICATORS("indicators"),
  /** A risk table: reference, title, likelihood, impact … as a {@link org.scplan.risk.RiskRegister}. */
  RISKS("risks");

  /** The other words the plans and the command line use for the constants. */
  private static final Map<String, TableKind> ALIASES = Map.ofEntries(
        Map.entry("budgets", BUDGET),
        Map.entry("indicator", INDICATORS),
        Map.entry("kpi", INDICATORS),
        Map.entry("kpis", INDICATORS),
        Map.entry("performance", INDICATORS),
        Map.entry("risk", RISKS),
        Map.entry("register", RISKS));
  private final String label;

  TableKind(String label) {
    this.label = label;
  }

  /**
   * Returns the kind's name, as the section kind of the scplan format names it: {@code budget},
   * {@code indicators}, {@code risks}.
   *
   * @return the name
   */
  public String label() {
    return label;
  }

  /**
   * Reads a kind from its name: {@code budget}, {@code indicators} (also {@code kpi},
   * {@code indicator}), {@code risks} (also {@code risk}, {@code register}). Case is ignored.
   *
   * @param text the name
   * @return the kind
   * @throws ValueParseException if the text names no kind
   */
  public static TableKind parse(CharSequence text) {
    return Words.parse(TableKind.class, ALIASES, text, "a kind of table", "budget, indicators or risks");
  }

}
