package org.scplan.csv;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.scplan.budget.BudgetProfile;
import org.scplan.core.Finding;
import org.scplan.core.PlanSection;
import org.scplan.core.Location;
import org.scplan.core.ValidationReport;
import org.scplan.performance.IndicatorSet;
import org.scplan.risk.RiskRegister;

/**
 * What reading a table gave: the sections read (one budget profile per year, an indicator set or a
 * risk register), the problems that stopped reading, and notes on what reading inferred.
 *
 * <pre>{@code
 * TableResult r = TableReader.standard().read(Path.of("table5.tsv"));
 * r.isRead()        // false if a cell, a heading or a row could not be read
 * r.problems()      // ERROR findings naming file, row and column
 * r.notes()         // what was inferred: schema, unit, precision, income sign, ...
 * r.validate()      // the notes and every section's own findings: what scplan check reports
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableResult {
  private final String source;
  private final TableKind kind;
  private final List<PlanSection> sections;
  private final ValidationReport problems;
  private final ValidationReport notes;
  private final Map<String, ValidationReport> sectionNotes;
  private final Map<Location, Location> cells;

  TableResult(String source, TableKind kind, List<PlanSection> sections, ValidationReport problems,
      ValidationReport notes, Map<String, ValidationReport> sectionNotes, Map<Location, Location> cells) {
    this.source = requireNonNull(source, "source");
    this.kind = kind;
    this.sections = List.copyOf(sections);
    this.problems = problems;
    this.notes = notes;
    this.sectionNotes = Map.copyOf(sectionNotes);
    this.cells = Map.copyOf(cells);
  }

  /**
   * Returns the file (or other source) the table was read from.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns what the table was read as.
   *
   * @return the kind, or empty if reading stopped before it was known
   */
  public Optional<TableKind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * Checks whether the table was read: no cell, heading or row stopped it.
   *
   * @return true if there are sections and no problems
   */
  public boolean isRead() {
    return problems.isEmpty() && !sections.isEmpty();
  }

  /**
   * Returns the sections read: budget profiles (one per year), or one indicator set, or one risk
   * register.
   *
   * @return the sections; none if the table could not be read
   */
  public List<PlanSection> sections() {
    return sections;
  }

  /**
   * Returns the budget profiles read.
   *
   * @return the profiles, earliest year first; none for another kind of table
   */
  public List<BudgetProfile> profiles() {
    return sections.stream().filter(BudgetProfile.class::isInstance).map(BudgetProfile.class::cast).toList();
  }

  /**
   * Returns the indicator set read.
   *
   * @return the set, if the table was an indicator table
   */
  public Optional<IndicatorSet> indicators() {
    return sections.stream().filter(IndicatorSet.class::isInstance).map(IndicatorSet.class::cast).findFirst();
  }

  /**
   * Returns the risk register read.
   *
   * @return the register, if the table was a risk table
   */
  public Optional<RiskRegister> register() {
    return sections.stream().filter(RiskRegister.class::isInstance).map(RiskRegister.class::cast).findFirst();
  }

  /**
   * Returns the problems that stopped reading: each an ERROR naming the file, the row and the
   * column.
   *
   * @return the problems; empty if the table was read
   */
  public ValidationReport problems() {
    return problems;
  }

  /**
   * Returns what reading inferred (the schema, unit, precision, income sign, layout) and found
   * about the document as printed (a risk score the matrix does not give).
   *
   * @return the notes
   */
  public ValidationReport notes() {
    return notes;
  }

  /**
   * Returns the notes that concern one of the sections read: for a budget profile, its unit,
   * precision and income sign.
   *
   * @param section one of {@link #sections()}
   * @return its notes; empty for a section not read here
   */
  public ValidationReport notes(PlanSection section) {
    requireNonNull(section, "section");
    return sectionNotes.getOrDefault(section.id(), ValidationReport.empty());
  }

  /**
   * Returns the notes about the table as a whole rather than one of its sections: the schema, kind
   * and layout decided, the file's encoding.
   *
   * @return the notes
   */
  public ValidationReport tableNotes() {
    Set<Finding> own = new HashSet<>();
    sectionNotes.values().forEach(r -> own.addAll(r.findings()));
    return ValidationReport.of(notes.filter(f -> !own.contains(f)));
  }

  /**
   * Checks what was read: the notes, then each section's own findings ({@link PlanSection#validate()}),
   * exactly as for the same section read from a scplan JSON file, each finding about one figure also
   * naming the cell of the file it was printed in ({@code D7: row 7, column "Net"}). A table that
   * could not be read gives its problems.
   *
   * @return the findings
   */
  public ValidationReport validate() {
    if (!isRead()) {
      return problems;
    }
    ValidationReport report = notes;
    for (PlanSection s : sections) {
      report = report.plus(locate(s.validate()));
    }
    return report;
  }

  /**
   * Names, in findings about the sections read, the cell of the file each figure was printed in: a
   * finding at {@code Table 2019-20 › Total [Net budget]} comes back at the same place, in this file,
   * at {@code D9: row 9, column "Net cost 19/20"}. Findings about no one figure are kept as they are.
   *
   * @param report findings about this result's sections (from {@link PlanSection#validate()} or a
   *     document holding them)
   * @return the same findings, those about a figure read from a cell located at that cell
   */
  public ValidationReport locate(ValidationReport report) {
    if (cells.isEmpty()) {
      return report;
    }
    return ValidationReport.of(report.findings().stream()
        .map(f -> f.location().pointer().isEmpty() && cells.containsKey(f.location())
            ? f.withLocation(cells.get(f.location())) : f).toList());
  }

  /**
   * Returns a summary: {@code table5.tsv: 1 budget section (0 problems, 3 notes)}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source).append(": ");
    if (!isRead()) {
      sb.append("not read (").append(problems.summary()).append(')');
      return sb.append('\n').append(problems).toString();
    }
    sb.append(sections.size()).append(' ').append(kind.label()).append(sections.size() == 1 ? " section" : " sections");
    for (PlanSection s : sections) {
      sb.append("\n  ").append(s.kind()).append(" \"").append(s.id()).append("\": ").append(s.title());
    }
    if (!notes.isEmpty()) {
      sb.append('\n').append(notes);
    }
    return sb.toString();
  }
}
