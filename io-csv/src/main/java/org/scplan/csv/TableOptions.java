package org.scplan.csv;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.Rag;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.internal.ScplanStyle;
import org.scplan.core.Polarity;
import org.scplan.performance.RagRule;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskMatrix;

/**
 * How to read a table. Everything is optional: what is not given is detected from the table and
 * the report says what was decided.
 *
 * <pre>{@code
 * TableOptions.defaults()                                           // detect everything
 * TableOptions.builder().schema(TableSchemas.named("kent-directorate-2018"))
 *     .year(FinancialYear.of(2018)).unit(AmountUnit.THOUSANDS).build()
 * TableOptions.builder().kind(TableKind.INDICATORS).rule(RagRule.tolerance(10))
 *     .polarity(Polarity.HIGHER_IS_BETTER).period(FinancialYear.of(2018)).build()
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class TableOptions {

  /** Only the generated implementation (or this package) constructs it. */
  TableOptions() {}
  private static final TableOptions DEFAULTS = builder().build();

  /** The fields of an indicator table that {@link #columns()} may name. */
  public static final List<String> INDICATOR_FIELDS = fieldNames(Vocabulary.IndicatorField.values());

  /** The fields of a risk table that {@link #columns()} may name. */
  public static final List<String> RISK_FIELDS = fieldNames(Vocabulary.RiskField.values());

  /** A field's name as {@link #columns()} gives it: {@code TARGET_LIKELIHOOD} is {@code target-likelihood}. */
  static String fieldName(Enum<?> field) {
    return field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static List<String> fieldNames(Enum<?>[] fields) {
    return java.util.Arrays.stream(fields).map(TableOptions::fieldName).toList();
  }

  /**
   * Returns the options that detect everything.
   *
   * @return the default options
   */
  public static TableOptions defaults() {
    return DEFAULTS;
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
   * Returns how the cells are separated.
   *
   * @return the format; detected from the text when empty
   */
  public abstract Optional<TableFormat> format();

  /**
   * Returns what the table holds.
   *
   * @return the kind; decided from the headings (and the other options) when empty
   */
  public abstract Optional<TableKind> kind();

  /**
   * Returns the id of the section read (several budget years add {@code -2019-20} and so on).
   *
   * @return the id; made from the file's name when empty
   */
  public abstract Optional<String> id();

  /**
   * Returns the title of the section read, which findings name first.
   *
   * @return the title; the table's title row, or the file's name, when empty
   */
  public abstract Optional<String> title();

  /**
   * Returns the budget schema.
   *
   * @return the schema; the built-in one the headings match best when empty
   */
  public abstract Optional<TableSchema> schema();

  /**
   * Returns explicit headings for columns: a heading as printed (its words are compared, as for
   * aliases) to a budget schema column's key, such as {@code "Spend 19/20" -> "gross"}, or to a field
   * of an indicator or risk table, such as {@code "Outturn Q3" -> "value"} or {@code "Prob." ->
   * "likelihood"} ({@link #INDICATOR_FIELDS}, {@link #RISK_FIELDS}). These come before the labels and
   * aliases the reader knows.
   *
   * @return the mapping from heading to key
   */
  public abstract Map<String, String> columns();

  /**
   * Returns the unit the money columns are printed in, overriding any the headings name.
   *
   * @return the unit; from the headings, or pounds, when empty
   */
  public abstract Optional<AmountUnit> unit();

  /**
   * Returns the printed precision of every column, overriding what the figures show: {@code 1}
   * for one decimal, {@code -3} for figures rounded to the nearest thousand.
   *
   * @return the decimals, −12 to 12; from the printed figures when empty
   */
  public abstract Optional<Integer> decimals();

  /**
   * Returns how income is printed.
   *
   * @return the income sign; {@link IncomeSign#AUTO} unless set
   */
  @Value.Default
  public IncomeSign incomeSign() {
    return IncomeSign.AUTO;
  }

  /**
   * Returns the name of the grand total row, when it is not one the reader knows ({@code Total},
   * {@code Totals 2019/20}, {@code Grand total}, {@code Directorate Total}, {@code Net Cost of
   * Services}).
   *
   * @return the name; found by the usual names when empty
   */
  public abstract Optional<String> totalRow();

  /**
   * Returns the financial year of the budget (the latest, where several stand side by side).
   *
   * @return the year; from the headings or title when empty
   */
  public abstract Optional<FinancialYear> year();

  /**
   * Returns what columns of several years side by side become.
   *
   * @return the treatment; {@link YearColumns#SEPARATE_PROFILES} unless set
   */
  @Value.Default
  public YearColumns yearColumns() {
    return YearColumns.SEPARATE_PROFILES;
  }

  /**
   * Returns whether the table is transposed: the schema's columns down the side (employees,
   * running costs, … net budget) and years or lines across.
   *
   * @return true or false; detected from the headings when empty
   */
  public abstract Optional<Boolean> transposed();

  /**
   * Returns the name of the line of a transposed table whose columns are years.
   *
   * @return the name; the section's title when empty
   */
  public abstract Optional<String> lineName();

  /**
   * Returns the rule an indicator table's results are rated by.
   *
   * @return the rule; {@link RagRule#kentFloor()} unless set
   */
  @Value.Default
  public RagRule rule() {
    return RagRule.kentFloor();
  }

  /**
   * Returns the polarity of indicators whose row prints none.
   *
   * @return the polarity; higher is better, and the report says so, when empty
   */
  public abstract Optional<Polarity> polarity();

  /**
   * Returns the period of value and target columns whose headings name none ({@code Actual},
   * {@code Target}).
   *
   * @return the period
   */
  public abstract Optional<ReportingPeriod> period();

  /**
   * Returns the matrix a risk table is scored on.
   *
   * @return the matrix; {@code kent-5x5} unless set
   */
  @Value.Default
  public RiskMatrix matrix() {
    return RiskMatrices.kent5x5();
  }

  /**
   * Returns a council's own status codes and what they mean, such as {@code lg -> GREEN},
   * {@code la -> AMBER}, {@code lr -> RED}: read before the usual words (Red, Amber, Green, R, A, G).
   *
   * @return the codes, compared without regard to case
   */
  public abstract Map<String, Rag> statusMap();

  /**
   * Returns whether findings name the command line's options ({@code --income-sign}) rather than
   * this class's ({@code TableOptions.incomeSign}): the {@code scplan table} command sets it; an API
   * caller leaves it false and reads the API's names.
   *
   * @return true for the command line's names; false unless set
   */
  @Value.Default
  public boolean commandLine() {
    return false;
  }

  /**
   * Returns whether a column the reader does not know (a heading no field or schema names, a column
   * of words among the figures) is an ERROR rather than an INFO note.
   *
   * @return true for strict reading; false unless set
   */
  @Value.Default
  public boolean strict() {
    return false;
  }

  /**
   * Returns the limits reading keeps to: the largest file, the most rows and columns, the longest
   * cell. A table beyond one is a problem that names it, never an exhausted memory.
   *
   * @return the limits; {@link TableLimits#standard()} unless set
   */
  @Value.Default
  public TableLimits limits() {
    return TableLimits.standard();
  }

  /**
   * Returns the date a risk register stands at, by which due dates and reviews are judged.
   *
   * @return the date; undated, and dates not judged, when empty
   */
  public abstract Optional<LocalDate> asAt();

  @Value.Check
  void check() {
    decimals().ifPresent(d -> checkArgument(d >= -12 && d <= 12,
        "Invalid precision (valid decimals -12 to 12): %s", d));
    id().ifPresent(i -> checkArgument(!i.isBlank(), "The id of a table is blank"));
    title().ifPresent(t -> checkArgument(!t.isBlank(), "The title of a table is blank"));
    columns().forEach((heading, key) -> checkArgument(!heading.isBlank() && !key.isBlank(),
        "A column mapping has a blank heading or key: %s=%s", heading, key));
  }

  /** Builds {@link TableOptions}. */
  public static final class Builder extends ImmutableTableOptions.Builder {
    Builder() {}
  }
}
