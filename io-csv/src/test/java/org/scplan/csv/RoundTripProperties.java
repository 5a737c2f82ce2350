package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scplan.budget.BudgetProfile;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;

/** Laws of writing a profile as a published table and reading it back. */
class RoundTripProperties {

  @Provide
  Arbitrary<BudgetProfile> profiles() {
    return GeneratedProfiles.profiles();
  }

  @Provide
  Arbitrary<TableWriter> writers() {
    return Arbitraries.of(TableFormat.values()).flatMap(f -> Arbitraries.of(true, false)
        .map(b -> TableWriter.of(f).withBracketedNegatives(b)));
  }

  private static TableOptions options(BudgetProfile p) {
    return TableOptions.builder().schema(TableSchemas.named(p.schema().name())).id(p.id()).build();
  }

  /** A consistent table written and read back is the same table, and reconciles clean. */
  @Property(tries = 80)
  void aConsistentTableReadsBackAsItselfAndReconcilesClean(@ForAll("profiles") BudgetProfile profile,
      @ForAll("writers") TableWriter writer) {
    String text = writer.write(profile);
    ReadResult<Document> r = TableReader.of(options(profile)).read("generated", text);
    assertThat(r.isRead()).as("%s%n%s", r, text).isTrue();
    BudgetProfile back = r.sections(BudgetProfile.class).get(0);
    assertThat(back).as(text).isEqualTo(profile);
    assertThat(back.reconcile().report()).isEqualTo(profile.reconcile().report());
    assertThat(back.reconcile().isConsistent()).isTrue();
    ValidationReport report = r.validate();
    assertThat(report.filter(f -> f.severity() != Severity.INFO)).as(report.toString()).isEmpty();
    assertThat(report.codes()).allMatch(c -> c.startsWith("csv.") || c.endsWith("within-rounding"));
  }

  /** Whatever schema the headings are matched to, reading does not depend on being told it. */
  @Property(tries = 30)
  void theSchemaIsDetectedFromTheHeadings(@ForAll("profiles") BudgetProfile profile) {
    String text = TableWriter.of(TableFormat.TSV).write(profile);
    ReadResult<Document> r = TableReader.of(TableOptions.builder().id(profile.id()).build()).read("generated", text);
    assertThat(r.sections(BudgetProfile.class)).containsExactly(profile);
    assertThat(r.notes().withCode(CsvRules.SCHEMA_DETECTED)).hasSize(1);
  }

  /**
   * A cell that cannot be read is never taken for zero: the table is not read and the cell is named.
   * ("£-" is not garbage: an accounting format prints nil so.)
   */
  @Property(tries = 50)
  void aGarbledCellIsReportedAtItsRowAndColumn(@ForAll("profiles") BudgetProfile profile,
      @ForAll("garbage") String garbage) {
    List<String> lines = TableWriter.of(TableFormat.TSV).write(profile).lines().toList();
    int row = 3 + (Math.abs(garbage.hashCode()) % profile.lineCount());
    while (profile.line(row - 4 + 1).kind() == org.scplan.budget.LineKind.GROUP) {
      row = row == 3 + profile.lineCount() ? 4 : row + 1;
    }
    String[] cells = lines.get(row).split("\t", -1);
    int column = 1 + Math.abs(garbage.hashCode() / 7) % 6;
    cells[column] = garbage;
    List<String> changed = new java.util.ArrayList<>(lines);
    changed.set(row, String.join("\t", cells));
    ReadResult<Document> r = TableReader.of(options(profile)).read("generated", String.join("\n", changed));
    assertThat(r.isRead()).isFalse();
    List<Finding> problems = r.problems().findings();
    assertThat(problems).extracting(Finding::code).containsOnly(CsvRules.CELL_UNREADABLE);
    assertThat(problems.get(0).location().pointer()).contains(Problems.reference(row + 1, column + 1) + ": row "
        + (row + 1) + ", column \""
        + profile.schema().columns().get(column - 1).label() + "\"");
    assertThat(problems.get(0).location().line()).isEqualTo(row + 1);
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.of("12,34x", "1.2.3", "abc", "12,3456", "(12", "£-x", "1e5", "12..5", "#REF!", "Gibbens");
  }
}
