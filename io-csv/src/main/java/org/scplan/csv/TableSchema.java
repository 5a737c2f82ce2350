package org.scplan.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.ColumnKind;
import org.scplan.core.HeadlineMeasure;
import org.scplan.csv.internal.Labels;

/**
 * A budget schema as a table reader uses it: the {@link BudgetSchema}, the other headings each of
 * its columns goes by, and whether numeric columns it does not define are carried along.
 *
 * <p>A heading matches a column when its words (case, spacing, punctuation, units and years
 * ignored: see {@link #matches(String)}) are those of the column's label, its key, or one of its
 * aliases. Every schema has aliases for the columns that answer a headline: the gross column is
 * also {@code Gross}, {@code Gross exp}, {@code Gross expenditure}, {@code Spend},
 * {@code Expenditure}, {@code Total expenditure}; the net column {@code Net}, {@code Net cost},
 * {@code Net budget}, {@code Net expenditure}; the FTE column {@code FTE}, {@code FTEs},
 * {@code Full time equivalent}; and a schema's only income column {@code Income},
 * {@code Total income}. An alias that would also match another column of the schema is not used.
 *
 * <pre>{@code
 * TableSchema.of(BudgetSchemas.named("kent-directorate-2018")).withAliases("non-staffing", "Running costs")
 * }</pre>
 *
 * <p>A schema that {@linkplain #carriesExtraColumns() carries extra columns} (the generic
 * {@code gross-income-net} and {@code gross-net} of {@link TableSchemas}) reads a numeric column
 * it does not define (last year's net, a share in %) as a memo column of its own, summed into the
 * totals; any other schema reports such a heading as matching nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableSchema {
  private static final List<String> GROSS = List.of("gross", "gross expenditure", "gross exp", "gross spend",
      "gross cost", "gross costs", "gross budget", "spend", "spending", "expenditure", "total expenditure",
      "total spend", "costs");
  private static final List<String> NET = List.of("net", "net expenditure", "net exp", "net budget", "net cost",
      "net costs", "net spend", "net total", "net controllable", "net budget requirement", "cash limit");
  private static final List<String> FTE = List.of("fte", "ftes", "full time equivalent", "full time equivalents");
  private static final List<String> INCOME = List.of("income", "total income", "gross income", "receipts");

  private final BudgetSchema schema;
  private final Map<String, List<String>> aliases;
  private final boolean carriesExtraColumns;
  /** The words each column goes by, to its key: labels first, then keys, then aliases. */
  private final Map<String, String> byWords;
  /** The words and years of each label that carries a year, to its key. */
  private final Map<String, String> byWordsWithYear;

  private TableSchema(BudgetSchema schema, Map<String, List<String>> aliases, boolean carriesExtraColumns) {
    this.schema = schema;
    this.aliases = aliases;
    this.carriesExtraColumns = carriesExtraColumns;
    Map<String, String> words = new HashMap<>();
    Map<String, String> withYear = new HashMap<>();
    for (BudgetColumn c : schema.columns()) {
      if (Labels.years(c.label()).isEmpty()) {
        words.putIfAbsent(Labels.words(c.label()), c.key());
      } else {
        withYear.putIfAbsent(Labels.wordsWithYears(c.label()), c.key());
      }
    }
    for (BudgetColumn c : schema.columns()) {
      words.putIfAbsent(Labels.words(c.key()), c.key());
    }
    for (BudgetColumn c : schema.columns()) {
      for (String alias : aliases.getOrDefault(c.key(), List.of())) {
        words.putIfAbsent(Labels.words(alias), c.key());
      }
    }
    words.remove("");
    this.byWords = Map.copyOf(words);
    this.byWordsWithYear = Map.copyOf(withYear);
  }

  /**
   * Obtains the table schema of a budget schema, with the usual aliases and no extra columns.
   *
   * @param schema the budget schema
   * @return the table schema
   */
  public static TableSchema of(BudgetSchema schema) {
    return new TableSchema(requireNonNull(schema, "schema"), usualAliases(schema), false);
  }

  /**
   * Obtains a generic table schema: a budget schema with the usual aliases that carries numeric
   * columns it does not define as memo columns.
   *
   * @param schema the budget schema
   * @return the table schema
   */
  public static TableSchema generic(BudgetSchema schema) {
    return new TableSchema(requireNonNull(schema, "schema"), usualAliases(schema), true);
  }

  private static Map<String, List<String>> usualAliases(BudgetSchema schema) {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    List<BudgetColumn> income = schema.columns().stream().filter(c -> c.kind() == ColumnKind.INCOME).toList();
    for (BudgetColumn c : schema.columns()) {
      List<String> usual = new ArrayList<>();
      c.answers().ifPresent(m -> usual.addAll(m == HeadlineMeasure.GROSS_EXPENDITURE ? GROSS
          : m == HeadlineMeasure.NET_BUDGET ? NET : FTE));
      if (income.size() == 1 && income.get(0) == c) {
        usual.addAll(INCOME);
      }
      List<String> kept = new ArrayList<>();
      for (String alias : usual) {
        String words = Labels.words(alias);
        boolean clash = schema.columns().stream().anyMatch(o -> o != c
            && (Labels.words(o.label()).equals(words) || Labels.words(o.key()).equals(words)));
        if (!clash) {
          kept.add(alias);
        }
      }
      aliases.put(c.key(), List.copyOf(kept));
    }
    return aliases;
  }

  /**
   * Returns a copy of this schema in which a column also goes by the given headings.
   *
   * @param key the column's key
   * @param headings the other headings, such as {@code Running costs}
   * @return the schema with those aliases
   * @throws IllegalArgumentException if the schema has no such column
   */
  public TableSchema withAliases(String key, String... headings) {
    requireNonNull(key, "key");
    requireNonNull(headings, "headings");
    checkArgument(schema.indexOf(key) >= 0 && schema.column(key).key().equals(key),
        "Schema %s has no column with key %s (its keys are %s)", schema.name(), key, schema.keys());
    Map<String, List<String>> copy = new LinkedHashMap<>(aliases);
    List<String> list = new ArrayList<>(copy.getOrDefault(key, List.of()));
    for (String h : headings) {
      list.add(requireNonNull(h, "heading"));
    }
    copy.put(key, List.copyOf(list));
    return new TableSchema(schema, copy, carriesExtraColumns);
  }

  /**
   * Returns the budget schema.
   *
   * @return the schema
   */
  public BudgetSchema schema() {
    return schema;
  }

  /**
   * Returns the schema's name, such as {@code kent-directorate-2018} or {@code gross-income-net}.
   *
   * @return the name
   */
  public String name() {
    return schema.name();
  }

  /**
   * Returns the other headings a column goes by.
   *
   * @param key the column's key
   * @return the aliases, possibly none
   */
  public List<String> aliases(String key) {
    requireNonNull(key, "key");
    return aliases.getOrDefault(key, List.of());
  }

  /**
   * Returns whether numeric columns the schema does not define are read as memo columns.
   *
   * @return true for a generic schema
   */
  public boolean carriesExtraColumns() {
    return carriesExtraColumns;
  }

  /**
   * Finds the column a heading names: by its label, then its key, then its aliases, comparing
   * words only ({@code Gross Exp £m} names a column aliased {@code gross exp}). A label that
   * carries a year ({@code 2009/10 FTE}) is matched only with its year, by
   * {@link #matchesWithYear(String)}.
   *
   * @param heading the heading as printed
   * @return the column's key, or empty if the heading names none
   */
  public Optional<String> matches(String heading) {
    requireNonNull(heading, "heading");
    return matchesWords(Labels.words(heading));
  }

  /** Finds the column a heading's words ({@link Labels#words(String)}) name. */
  Optional<String> matchesWords(String words) {
    return Optional.ofNullable(byWords.get(words));
  }

  /**
   * Finds the column a heading names with its year, as a schema whose label carries a year
   * ({@code 2009/10 FTE}) needs: the words and years of the heading must be those of the label.
   *
   * @param heading the heading as printed, with the year of its column
   * @return the column's key, or empty if no label carries the same year and words
   */
  public Optional<String> matchesWithYear(String heading) {
    requireNonNull(heading, "heading");
    return byWordsWithYear.isEmpty() ? Optional.empty()
        : Optional.ofNullable(byWordsWithYear.get(Labels.wordsWithYears(heading)));
  }

  /** Whether any label carries a year. */
  boolean hasLabelsWithYears() {
    return !byWordsWithYear.isEmpty();
  }

  /**
   * Checks whether another object is the same table schema.
   *
   * @param obj the other object
   * @return true if the schema, aliases and treatment of extra columns are equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof TableSchema o && o.schema.equals(schema) && o.aliases.equals(aliases)
        && o.carriesExtraColumns == carriesExtraColumns;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(schema, aliases, carriesExtraColumns);
  }

  /**
   * Returns the schema as text: its name and title, then each column with its aliases.
   *
   * @return the schema as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Table schema ").append(schema.name()).append(": ").append(schema.title());
    if (carriesExtraColumns) {
      sb.append(" (other numeric columns carried as memo columns)");
    }
    for (BudgetColumn c : schema.columns()) {
      sb.append("\n  ").append(c);
      List<String> a = aliases(c.key());
      if (!a.isEmpty()) {
        sb.append(" also ").append(String.join(", ", a));
      }
    }
    return sb.toString();
  }
}
