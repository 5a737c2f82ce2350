package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What reading a file gave, whatever its format: the value (a {@link Document}, a schema, a
 * matrix), or the problems that stopped it being read; the notes on what reading decided and from
 * where (the schema a table's headings match, its unit, how income is signed); and where each
 * figure was printed, so that findings about a figure name its cell. Reading never throws for bad
 * input; a program decides what to do with the problems.
 *
 * <pre>{@code
 * ReadResult<Document> r = TableReader.standard().read(Path.of("table5.tsv"));
 * r.isRead()                         // false if a cell, a heading or a row could not be read
 * r.problems()                       // ERROR findings naming file, row and column (or JSON pointer)
 * r.notes()                          // what reading decided: schema, unit, precision, income sign …
 * r.sections(BudgetProfile.class)    // what was read
 * r.validate()                       // the notes and every section's findings: what scplan reports
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
  private final String source;
  private final T value;
  private final ValidationReport problems;
  private final ValidationReport notes;
  private final Map<Location, Location> cells;

  private ReadResult(String source, T value, ValidationReport problems, ValidationReport notes,
      Map<Location, Location> cells) {
    this.source = source;
    this.value = value;
    this.problems = problems;
    this.notes = notes;
    this.cells = cells;
  }

  /**
   * Obtains the result of a reading: the value if there are no problems, else the problems alone.
   *
   * @param <T> the type read
   * @param source the file's name as given
   * @param value what was read; ignored if there are problems
   * @param problems the problems that stop the value being used, as ERROR findings
   * @return the result
   */
  public static <T> ReadResult<T> of(String source, T value, ValidationReport problems) {
    requireNonNull(source, "source");
    requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      requireNonNull(value, "value");
    }
    return new ReadResult<>(source, problems.isEmpty() ? value : null, problems, ValidationReport.empty(), Map.of());
  }

  /**
   * Returns this result with notes on what reading decided (INFO and WARNING findings).
   *
   * @param notes the notes
   * @return the result with them
   */
  public ReadResult<T> withNotes(ValidationReport notes) {
    return new ReadResult<>(source, value, problems, requireNonNull(notes, "notes"), cells);
  }

  /**
   * Returns this result knowing where each figure was printed: for each place a section's own
   * finding names (a line's path and a column), the cell of the file that holds it.
   *
   * @param cells the places and their cells
   * @return the result with them
   */
  public ReadResult<T> withCells(Map<Location, Location> cells) {
    return new ReadResult<>(source, value, problems, notes, Map.copyOf(cells));
  }

  /**
   * Returns this result with each problem and note rewritten, such as worded for another reader.
   *
   * @param rewrite what to make of each finding
   * @return the result with the rewritten findings
   */
  public ReadResult<T> mapFindings(java.util.function.UnaryOperator<Finding> rewrite) {
    requireNonNull(rewrite, "rewrite");
    return new ReadResult<>(source, value, ValidationReport.of(problems.findings().stream().map(rewrite).toList()),
        ValidationReport.of(notes.findings().stream().map(rewrite).toList()), cells);
  }

  /**
   * Returns the name of what was read: the file's path as given.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Checks whether the file was read without problems.
   *
   * @return true if there is a value
   */
  public boolean isRead() {
    return value != null;
  }

  /**
   * Returns the value read.
   *
   * @return the value, or empty if there were problems
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the value, or throws the problems.
   *
   * @return the value
   * @throws ReadException if there were problems
   */
  public T orElseThrow() {
    if (value == null) {
      throw new ReadException(source, problems);
    }
    return value;
  }

  /**
   * Returns the problems that stopped the file being read, each naming its place in the file.
   *
   * @return the problems; empty if the file was read
   */
  public ValidationReport problems() {
    return problems;
  }

  /**
   * Returns the notes on what reading decided and from where.
   *
   * @return the notes; empty when nothing had to be decided
   */
  public ValidationReport notes() {
    return notes;
  }

  /**
   * Returns the sections read of one kind, when what was read is a {@link Document} or a section:
   * {@code sections(BudgetProfile.class)}.
   *
   * @param <S> the kind of section
   * @param type its class
   * @return those sections, in order; empty if nothing was read
   */
  public <S extends PlanSection> List<S> sections(Class<S> type) {
    requireNonNull(type, "type");
    if (value instanceof Document d) {
      return d.sections(type);
    }
    return type.isInstance(value) ? List.of(type.cast(value)) : List.of();
  }

  /**
   * Returns the first section read of one kind: {@code section(RiskRegister.class)}.
   *
   * @param <S> the kind of section
   * @param type its class
   * @return the section, or empty if none was read
   */
  public <S extends PlanSection> Optional<S> section(Class<S> type) {
    return sections(type).stream().findFirst();
  }

  /**
   * Names, in findings about what was read, the cell of the file each figure was printed in: a
   * finding at {@code Table 2019-20 › Total [Net budget]} comes back at the same place, in this file,
   * at {@code D9: row 9, column "Net cost 19/20"}. Other findings are kept as they are.
   *
   * @param report findings about what was read
   * @return the same findings, those about a figure read from a cell located at that cell
   */
  public ValidationReport locate(ValidationReport report) {
    requireNonNull(report, "report");
    if (cells.isEmpty()) {
      return report;
    }
    return ValidationReport.of(report.findings().stream()
        .map(f -> f.location().pointer().isEmpty() && cells.containsKey(f.location())
            ? f.withLocation(cells.get(f.location())) : f).toList());
  }

  /**
   * Checks what was read: the notes, then its own findings ({@link Document#validate()},
   * {@link PlanSection#validate()} or {@link BusinessPlan#validate()}), each finding about a figure
   * naming its cell. A file that could not be read gives its problems.
   *
   * @return the findings
   */
  public ValidationReport validate() {
    if (value == null) {
      return problems;
    }
    ValidationReport own = value instanceof Document d ? d.validate()
        : value instanceof PlanSection s ? s.validate()
        : value instanceof BusinessPlan p ? p.validate() : ValidationReport.empty();
    return notes.plus(locate(own));
  }

  /**
   * Returns what was read, or the problems.
   *
   * @return {@code read table5.tsv: budget section "table-5": Table 5} and the notes, or {@code
   *     cannot read …} and the problems
   */
  @Override
  public String toString() {
    if (value == null) {
      return "cannot read " + source + ": " + problems;
    }
    String what = value instanceof Document d ? d.toString().replace("\n", "\n  ") : value.toString();
    return "read " + source + ": " + what + (notes.isEmpty() ? "" : "\n" + notes);
  }
}
