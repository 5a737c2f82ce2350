package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.internal.ScplanStyle;

/**
 * The layout of a budget table, as data: its ordered columns, what each holds, how derived columns
 * are computed, and how the table prints income.
 *
 * <pre>{@code
 * BudgetSchema schema = BudgetSchema.of("my-council-2024", "My council's service budget",
 *     SignConvention.INCOME_NEGATIVE,
 *     BudgetColumn.spend("staffing", "Staffing"),
 *     BudgetColumn.spend("non-staffing", "Non staffing"),
 *     BudgetColumn.derived("gross", "Gross", "staffing + non-staffing"),
 *     BudgetColumn.income("income", "Income"),
 *     BudgetColumn.derived("net", "Net", "gross + income").withAnswers(HeadlineMeasure.NET_BUDGET));
 * }</pre>
 *
 * <p>Building a schema checks it: keys and labels are unique; every formula names existing
 * columns of the same quantity, never a memo column and never itself, directly or through a
 * chain; income and grant columns enter formulas with the sign the {@link SignConvention} implies
 * (added when printed negative, subtracted when printed positive); a comparative names an existing
 * column of the same quantity; at most one column answers each headline measure. Built-in schemas
 * are in {@link BudgetSchemas}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class BudgetSchema {

  /** Only the generated implementation (or this package) constructs it. */
  BudgetSchema() {}
  /** The most columns a schema may have. */
  public static final int MAX_COLUMNS = 1000;

  /**
   * Returns the schema's stable name, such as {@code kent-controllable-2010}.
   *
   * @return the name: lower case words and numbers joined by hyphens
   */
  public abstract String name();

  /**
   * Returns what the schema lays out, in plain words: {@code Kent controllable expenditure
   * (2010-11 business plans)}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the columns, in the printed order.
   *
   * @return the columns, at least one
   */
  public abstract List<BudgetColumn> columns();

  /**
   * Returns how the table prints income.
   *
   * @return the sign convention; income printed negative unless stated
   */
  @Value.Default
  public SignConvention signConvention() {
    return SignConvention.INCOME_NEGATIVE;
  }

  /**
   * Obtains a schema.
   *
   * @param name the stable name, such as {@code my-council-2024}
   * @param title what the schema lays out
   * @param signConvention how income is printed
   * @param columns the columns, in the printed order
   * @return the schema
   * @throws IllegalArgumentException if the schema is inconsistent; the message says how
   */
  public static BudgetSchema of(String name, String title, SignConvention signConvention,
      BudgetColumn... columns) {
    requireNonNull(columns, "columns");
    return builder().name(name).title(title).signConvention(signConvention).addColumns(columns).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many columns the schema has.
   *
   * @return the column count
   */
  public int size() {
    return columns().size();
  }

  /**
   * Returns the position of a column, found by key or, failing that, by label.
   *
   * @param keyOrLabel the column's key ({@code gross}) or label ({@code GROSS EXPENDITURE})
   * @return the zero-based position, or −1 if there is no such column
   */
  public int indexOf(String keyOrLabel) {
    requireNonNull(keyOrLabel, "keyOrLabel");
    Integer i = index().get(keyOrLabel);
    return i == null ? -1 : i;
  }

  /**
   * Finds a column by key or, failing that, by label.
   *
   * @param keyOrLabel the column's key or label
   * @return the column, or empty if there is none
   */
  public Optional<BudgetColumn> findColumn(String keyOrLabel) {
    int i = indexOf(keyOrLabel);
    return i < 0 ? Optional.empty() : Optional.of(columns().get(i));
  }

  /**
   * Returns a column by key or, failing that, by label.
   *
   * @param keyOrLabel the column's key or label
   * @return the column
   * @throws IllegalArgumentException if there is no such column; the message lists the keys
   */
  public BudgetColumn column(String keyOrLabel) {
    return columns().get(requireIndex(keyOrLabel));
  }

  int requireIndex(String keyOrLabel) {
    int i = indexOf(keyOrLabel);
    checkArgument(i >= 0, "Schema %s has no column %s (its columns are %s)", name(), keyOrLabel, keys());
    return i;
  }

  /**
   * Returns the keys of the columns, in order.
   *
   * @return the keys
   */
  public List<String> keys() {
    return columns().stream().map(BudgetColumn::key).toList();
  }

  /**
   * Returns the column whose grand total answers a headline measure.
   *
   * @param measure the measure
   * @return the column, or empty if none answers it
   */
  public Optional<BudgetColumn> answering(HeadlineMeasure measure) {
    requireNonNull(measure, "measure");
    return columns().stream().filter(c -> c.answers().equals(Optional.of(measure))).findFirst();
  }

  @Value.Lazy
  Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = columns().size() - 1; i >= 0; i--) {
      index.put(columns().get(i).label(), i);
    }
    for (int i = 0; i < columns().size(); i++) {
      index.put(columns().get(i).key(), i);
    }
    return Map.copyOf(index);
  }

  @Value.Check
  void check() {
    checkArgument(Formula.KEY.matcher(name()).matches(),
        "Invalid schema name (lower case words and numbers joined by hyphens, such as kent-controllable-2010): %s",
        name());
    checkArgument(!title().isBlank(), "Schema %s has a blank title", name());
    checkArgument(!columns().isEmpty(), "Schema %s has no columns", name());
    checkArgument(columns().size() <= MAX_COLUMNS, "Schema %s has %s columns (valid: 1 to %s)", name(),
        columns().size(), MAX_COLUMNS);
    Map<String, BudgetColumn> byKey = new HashMap<>();
    Set<String> labels = new HashSet<>();
    Map<HeadlineMeasure, String> answered = new EnumMap<>(HeadlineMeasure.class);
    for (BudgetColumn c : columns()) {
      checkArgument(byKey.put(c.key(), c) == null, "Schema %s: column key %s is used twice", name(), c.key());
      checkArgument(labels.add(c.label()), "Schema %s: column label %s is used twice", name(), c.label());
      c.answers().ifPresent(m -> {
        String other = answered.put(m, c.key());
        checkArgument(other == null, "Schema %s: columns %s and %s both answer the %s headline", name(), other,
            c.key(), m);
      });
    }
    for (BudgetColumn c : columns()) {
      c.formula().ifPresent(f -> checkFormula(c, f, byKey));
      c.comparativeOf().ifPresent(k -> {
        BudgetColumn of = byKey.get(k);
        checkArgument(of != null, "Schema %s: column %s is the comparative of %s, which is not a column",
            name(), c.key(), k);
        checkArgument(of.quantity() == c.quantity(),
            "Schema %s: column %s (%s) cannot be the comparative of %s (%s)", name(), c.key(), c.quantity(), k,
            of.quantity());
      });
    }
    for (BudgetColumn c : columns()) {
      checkAcyclic(c, byKey, new ArrayList<>());
    }
  }

  private void checkFormula(BudgetColumn c, Formula f, Map<String, BudgetColumn> byKey) {
    for (Formula.Term t : f.terms()) {
      BudgetColumn term = byKey.get(t.column());
      checkArgument(term != null, "Schema %s: the formula of %s names %s, which is not a column (columns: %s)",
          name(), c.key(), t.column(), byKey.keySet());
      // A column of money is made of the money columns; a column of numbers (total FTE) may be made of
      // the memo columns of numbers beside them (permanent and agency FTE).
      checkArgument(term.kind() != ColumnKind.MEMO || !c.isMoney(),
          "Schema %s: the formula of %s uses the memo column %s; memo figures are not summands of money",
          name(), c.key(), t.column());
      checkArgument(term.quantity() == c.quantity(),
          "Schema %s: the formula of %s (%s) uses %s (%s)", name(), c.key(), c.quantity(), t.column(),
          term.quantity());
      if (term.kind().isIncome()) {
        int expected = signConvention().incomeTermSign();
        checkArgument(t.sign() == expected,
            "Schema %s: with %s, the %s column %s must be %s in the formula of %s, not %s", name(),
            signConvention(), term.kind(), t.column(), expected > 0 ? "added" : "subtracted", c.key(),
            expected > 0 ? "subtracted" : "added");
      }
    }
  }

  private void checkAcyclic(BudgetColumn c, Map<String, BudgetColumn> byKey, List<String> chain) {
    if (c.formula().isEmpty()) {
      return;
    }
    if (chain.contains(c.key())) {
      throw new IllegalArgumentException("Schema " + name() + ": the formulas of "
          + chain.subList(chain.indexOf(c.key()), chain.size()) + " refer to each other in a circle");
    }
    chain.add(c.key());
    for (String k : c.formula().get().columns()) {
      checkAcyclic(byKey.get(k), byKey, chain);
    }
    chain.remove(chain.size() - 1);
  }

  /**
   * Returns the schema as text: its name, title, convention, and one column per line.
   *
   * @return the schema as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Schema ").append(name()).append(": ").append(title()).append(" (")
        .append(signConvention() == SignConvention.INCOME_NEGATIVE
            ? "income printed negative and added" : "income printed positive and subtracted")
        .append(')');
    for (BudgetColumn c : columns()) {
      sb.append("\n  ").append(c);
    }
    return sb.toString();
  }

  /** Builds a {@link BudgetSchema}. */
  public static final class Builder extends ImmutableBudgetSchema.Builder {
    Builder() {}
  }
}
