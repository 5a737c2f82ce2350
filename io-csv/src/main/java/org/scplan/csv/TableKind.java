package org.scplan.csv;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.scplan.core.ValueParseException;

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
    requireNonNull(text, "text");
    return switch (text.toString().strip().toLowerCase(Locale.ROOT)) {
      case "budget", "budgets" -> BUDGET;
      case "indicators", "indicator", "kpi", "kpis", "performance" -> INDICATORS;
      case "risks", "risk", "register" -> RISKS;
      default -> throw new ValueParseException("a kind of table", text, -1, "budget, indicators or risks");
    };
  }
}
