package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.internal.ScplanStyle;

/**
 * One column of a budget table's layout: its key, its heading as printed, what it holds, and, for
 * a derived column, its formula.
 *
 * <pre>{@code
 * BudgetColumn.spend("employees", "EMPLOYEE COSTS")
 * BudgetColumn.income("external-income", "EXTERNAL INCOME")
 * BudgetColumn.derived("gross", "GROSS EXPENDITURE", "employees + running + contracts + transfers")
 *     .withAnswers(HeadlineMeasure.GROSS_EXPENDITURE)
 * BudgetColumn.number("fte-previous", "2009/10 FTE").withComparativeOf("fte")
 * }</pre>
 *
 * <p>The key is short and stable ({@code external-income}); formulas and file formats use it. The
 * label is the heading as the document prints it ({@code EXTERNAL INCOME}); findings use it. A
 * column may {@linkplain #answers() answer} a headline measure: its grand total is then held
 * against the plan's headline figure of that measure. A memo column may be the
 * {@linkplain #comparativeOf() comparative} of another column (last year's figure), which is how a
 * figure about a thousand times its comparative is caught.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class BudgetColumn {

  /** Only the generated implementation (or this package) constructs it. */
  BudgetColumn() {}
  /**
   * Returns the column's key, unique within its schema: lower case words joined by hyphens, such as
   * {@code external-income}.
   *
   * @return the key
   */
  public abstract String key();

  /**
   * Returns the column's heading as printed: {@code EXTERNAL INCOME}, {@code Net cost}.
   *
   * @return the label, not blank
   */
  public abstract String label();

  /**
   * Returns what the column holds.
   *
   * @return the kind
   */
  public abstract ColumnKind kind();

  /**
   * Returns whether the column holds money or a plain number.
   *
   * @return the quantity; money unless stated
   */
  @Value.Default
  public Quantity quantity() {
    return Quantity.MONEY;
  }

  /**
   * Returns the formula of a derived column.
   *
   * @return the formula; present exactly when the kind is {@link ColumnKind#DERIVED}
   */
  public abstract Optional<Formula> formula();

  /**
   * Returns whether subtotals and totals of this column are the sums of their members. True for
   * money and FTE; false for a figure that does not add up, such as a rate.
   *
   * @return true if totals of this column are reconciled
   */
  @Value.Default
  public boolean additive() {
    return true;
  }

  /**
   * Returns the headline measure this column's grand total answers: the gross expenditure column
   * answers {@link HeadlineMeasure#GROSS_EXPENDITURE}, the net cost column
   * {@link HeadlineMeasure#NET_BUDGET}, the FTE column {@link HeadlineMeasure#FTE}.
   *
   * @return the measure, or empty if the column answers none
   */
  public abstract Optional<HeadlineMeasure> answers();

  /**
   * Returns the key of the column this memo column is last year's figure of.
   *
   * @return the compared column's key, or empty
   */
  public abstract Optional<String> comparativeOf();

  /**
   * Obtains a spending column.
   *
   * @param key the key, such as {@code employees}
   * @param label the heading, such as {@code EMPLOYEE COSTS}
   * @return the column
   */
  public static BudgetColumn spend(String key, String label) {
    return of(key, label, ColumnKind.SPEND);
  }

  /**
   * Obtains an income column (not grants).
   *
   * @param key the key, such as {@code external-income}
   * @param label the heading, such as {@code EXTERNAL INCOME}
   * @return the column
   */
  public static BudgetColumn income(String key, String label) {
    return of(key, label, ColumnKind.INCOME);
  }

  /**
   * Obtains a grants column.
   *
   * @param key the key, such as {@code grants}
   * @param label the heading, such as {@code Grants}
   * @return the column
   */
  public static BudgetColumn grant(String key, String label) {
    return of(key, label, ColumnKind.GRANT);
  }

  /**
   * Obtains a memo column of money, such as last year's controllable expenditure.
   *
   * @param key the key
   * @param label the heading
   * @return the column
   */
  public static BudgetColumn amount(String key, String label) {
    return of(key, label, ColumnKind.MEMO);
  }

  /**
   * Obtains a memo column of plain numbers, such as FTE or a headcount.
   *
   * @param key the key, such as {@code fte}
   * @param label the heading, such as {@code FTE}
   * @return the column
   */
  public static BudgetColumn number(String key, String label) {
    return builder().key(key).label(label).kind(ColumnKind.MEMO).quantity(Quantity.NUMBER).build();
  }

  /**
   * Obtains a derived money column.
   *
   * @param key the key, such as {@code gross}
   * @param label the heading, such as {@code GROSS EXPENDITURE}
   * @param formula the formula, such as {@code employees + running}; see {@link Formula#parse}
   * @return the column
   */
  public static BudgetColumn derived(String key, String label, String formula) {
    return derived(key, label, Formula.parse(formula));
  }

  /**
   * Obtains a derived money column.
   *
   * @param key the key
   * @param label the heading
   * @param formula the formula
   * @return the column
   */
  public static BudgetColumn derived(String key, String label, Formula formula) {
    return builder().key(key).label(label).kind(ColumnKind.DERIVED).formula(formula).build();
  }

  private static BudgetColumn of(String key, String label, ColumnKind kind) {
    return builder().key(key).label(label).kind(kind).build();
  }

  /**
   * Returns a copy of this column that answers a headline measure.
   *
   * @param measure the measure
   * @return the column answering it
   */
  public BudgetColumn withAnswers(HeadlineMeasure measure) {
    return builder().from(this).answers(measure).build();
  }

  /**
   * Returns a copy of this memo column that is last year's figure of another column.
   *
   * @param column the compared column's key
   * @return the comparative column
   */
  public BudgetColumn withComparativeOf(String column) {
    return builder().from(this).comparativeOf(column).build();
  }

  /**
   * Returns a copy of this column with its totals reconciled or not.
   *
   * @param additive false for a column whose totals are not sums of their members
   * @return the column
   */
  public BudgetColumn withAdditive(boolean additive) {
    return builder().from(this).additive(additive).build();
  }

  /**
   * Returns a copy of this column holding another quantity (a derived column of FTE, say).
   *
   * @param quantity the quantity
   * @return the column
   */
  public BudgetColumn withQuantity(Quantity quantity) {
    return builder().from(this).quantity(quantity).build();
  }

  /**
   * Checks whether the column holds money.
   *
   * @return true for {@link Quantity#MONEY}
   */
  public boolean isMoney() {
    return quantity() == Quantity.MONEY;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(Formula.KEY.matcher(key()).matches(),
        "Invalid column key (lower case words joined by hyphens, such as external-income): %s", key());
    checkArgument(!label().isBlank(), "Column %s has a blank label", key());
    checkArgument(formula().isPresent() == (kind() == ColumnKind.DERIVED),
        "Column %s: a formula belongs to a DERIVED column and every DERIVED column needs one (kind %s)",
        key(), kind());
    checkArgument(kind() == ColumnKind.DERIVED || kind() == ColumnKind.MEMO || isMoney(),
        "Column %s: a %s column holds money, not %s", key(), kind(), quantity());
    answers().ifPresent(m -> checkArgument(m.isMoney() == isMoney(),
        "Column %s holds %s and cannot answer the %s headline", key(), quantity(), m));
    comparativeOf().ifPresent(c -> checkArgument(kind() == ColumnKind.MEMO && !c.equals(key()),
        "Column %s: only a memo column can be the comparative of another column (%s)", key(), c));
  }

  /**
   * Returns the column as text: {@code GROSS EXPENDITURE (gross, DERIVED = employees + running)}.
   *
   * @return the column as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(label()).append(" (").append(key()).append(", ").append(kind());
    if (kind() == ColumnKind.MEMO || kind() == ColumnKind.DERIVED) {
      if (!isMoney()) {
        sb.append(' ').append(quantity());
      }
    }
    formula().ifPresent(f -> sb.append(" = ").append(f));
    comparativeOf().ifPresent(c -> sb.append(", last year's ").append(c));
    answers().ifPresent(m -> sb.append(", answers ").append(m));
    if (!additive()) {
      sb.append(", not additive");
    }
    return sb.append(')').toString();
  }

  /** Builds a {@link BudgetColumn}. */
  public static final class Builder extends ImmutableBudgetColumn.Builder {
    Builder() {}
  }
}
