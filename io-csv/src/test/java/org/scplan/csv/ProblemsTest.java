package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.Severity;

/**
 * What reading a table finds ({@link Problems}): problems up to a limit, notes each kept also under
 * the section it concerns, a way of reading given up and its findings forgotten, and the cell each
 * figure of a section was read from.
 */
class ProblemsTest {
  private final Problems problems = new Problems("budget.csv");

  private void note(String message) {
    problems.note(CsvRules.KIND_DETECTED, Severity.INFO, problems.file(), message);
  }

  private void problem(String message) {
    problems.problem(CsvRules.TABLE_EMPTY, problems.file(), message);
  }

  private static List<String> messages(org.scplan.core.ValidationReport report) {
    return report.findings().stream().map(Finding::message).toList();
  }

  @Test
  void findingsNameTheFileAndAreErrorsOrNotes() {
    assertThat(problems.source()).isEqualTo("budget.csv");
    assertThat(problems.hasProblems()).isFalse();
    note("a note");
    assertThat(problems.hasProblems()).as("a note is no problem").isFalse();
    problems.problem(CsvRules.CELL_UNREADABLE, problems.file(), "unreadable", "a figure", "\"12x\"");
    assertThat(problems.hasProblems()).isTrue();
    Finding f = problems.problems().findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location().source()).contains("budget.csv");
    assertThat(f.expected()).contains("a figure");
    assertThat(f.actual()).contains("\"12x\"");
    assertThat(messages(problems.notes())).containsExactly("a note");
  }

  @Test
  void reportingStopsAtOneHundredProblems() {
    for (int i = 1; i < Problems.LIMIT; i++) {
      problem("problem " + i);
    }
    assertThat(problems.isFull()).isFalse();
    problem("problem 100");
    assertThat(problems.isFull()).isTrue();
    problem("problem 101");
    problems.problem(CsvRules.CELL_UNREADABLE, problems.file(), "problem 102", "a figure", "x");
    assertThat(problems.problems().findings()).hasSize(100);
    assertThat(messages(problems.problems())).last().isEqualTo("problem 100");
  }

  @Test
  void reportingStopsAtOneHundredProblemsWithExpectedAndActualValues() {
    for (int i = 1; i < Problems.LIMIT; i++) {
      problems.problem(CsvRules.CELL_UNREADABLE, problems.file(), "problem " + i, "a figure", "x");
    }
    problems.problem(CsvRules.CELL_UNREADABLE, problems.file(), "problem 100", "a figure", "x");
    problems.problem(CsvRules.CELL_UNREADABLE, problems.file(), "problem 101", "a figure", "x");
    assertThat(messages(problems.problems())).hasSize(100).last().isEqualTo("problem 100");
  }

  @Test
  void aNoteIsKeptUnderTheSectionItConcerns() {
    note("about the table");
    problems.section("adults");
    note("about adults");
    problems.section("children");
    note("about children");
    problems.section(null);
    note("about the table again");
    assertThat(messages(problems.notes())).containsExactly("about the table", "about adults", "about children",
        "about the table again");
    Map<String, org.scplan.core.ValidationReport> bySection = problems.sectionNotes();
    assertThat(bySection).containsOnlyKeys("adults", "children");
    assertThat(messages(bySection.get("adults"))).containsExactly("about adults");
  }

  @Test
  void aNoteRestatedReplacesTheEarlierOneWhereverItIsKept() {
    problems.section("adults");
    note("first");
    Finding earlier = problems.notes().findings().get(0);
    Finding now = earlier.withMessage("restated");
    problems.replaceNote(earlier, now);
    assertThat(messages(problems.notes())).containsExactly("restated");
    assertThat(messages(problems.sectionNotes().get("adults"))).containsExactly("restated");
  }

  @Test
  void aReadingGivenUpIsForgottenSinceItsMark() {
    problems.section("adults");
    note("kept");
    problem("kept problem");
    Problems.Mark mark = problems.mark();
    assertThat(problems.hasProblemsSince(mark)).isFalse();
    note("tried");
    problem("tried problem");
    assertThat(problems.hasProblemsSince(mark)).isTrue();
    assertThat(problems.problemsSince(mark)).extracting(Finding::message).containsExactly("tried problem");
    problems.reset(mark);
    assertThat(messages(problems.notes())).containsExactly("kept");
    assertThat(messages(problems.problems())).containsExactly("kept problem");
    assertThat(messages(problems.sectionNotes().get("adults"))).containsExactly("kept");
  }

  @Test
  void aFirstReadingGivenUpForASecondKeepsOnlyWhatTheSecondFound() {
    note("before");
    Problems.Mark from = problems.mark();
    problems.section("first");
    note("first reading");
    problem("first problem");
    Problems.Mark to = problems.mark();
    problems.section("second");
    note("second reading");
    problem("second problem");
    problems.dropBefore(from, to);
    assertThat(messages(problems.notes())).containsExactly("before", "second reading");
    assertThat(messages(problems.problems())).containsExactly("second problem");
    assertThat(problems.sectionNotes()).containsOnlyKeys("second");
  }

  @Test
  void eachFigureIsLocatedAtTheCellItWasReadFrom() {
    Location figure = Location.of("adults", "Older people").field("Net");
    Location cell = Location.document().atCell(new Location.Cell("D3", 3, 4, "Net"), 3, 17);
    problems.cell(figure, cell);
    Location located = problems.cells().get(figure);
    assertThat(located.source()).contains("budget.csv");
    assertThat(located.cell().orElseThrow().reference()).isEqualTo("D3");
    assertThat(located.line()).isEqualTo(3);
    assertThat(located.column()).isEqualTo(17);

    Location json = Location.of("carers").field("Net");
    problems.cell(json, Location.document().at("/lines/2/net", 9, 5));
    assertThat(problems.cells().get(json).pointer()).contains("/lines/2/net");

    Map<Location, Location> saved = problems.saveCells();
    problems.cell(Location.of("trial").field("Net"), cell);
    problems.restoreCells(saved);
    assertThat(problems.cells()).containsOnlyKeys(figure, json);
    problems.forgetCells();
    assertThat(problems.cells()).isEmpty();
  }

  @Test
  void aCellOnASheetIsNamedWithTheSheet() {
    RawTable.Cell cell = RawTable.of(List.of(List.of("Service", "Net"), List.of("Roads", "10"))).rows().get(1).cell(1);
    problems.sheet("Budget 2024");
    assertThat(problems.at(cell, "Net").cell().orElseThrow().reference()).isEqualTo("'Budget 2024'!B2");
    problems.sheet(null);
    assertThat(problems.at(cell, "Net").cell().orElseThrow().reference()).isEqualTo("B2");
    assertThat(problems.at(cell, " ").cell().orElseThrow().heading()).as("a blank heading is none").isNull();
    assertThat(Problems.reference(7, 4)).isEqualTo("D7");
  }

  @Test
  void sectionIdsAreTheTitlesUnlessAnotherSheetHasOneAndAskingAgainOnASheetGivesTheSame() {
    TableOptions none = TableOptions.defaults();
    assertThat(problems.sectionId(none, "Council tax 2024/25")).isEqualTo("council-tax-2024-25");
    assertThat(problems.sectionId(none, "Council tax 2024/25")).as("outside a workbook, one table").isEqualTo(
        "council-tax-2024-25");
    problems.sheet("Budget 2024");
    assertThat(problems.sectionId(none, "Council tax 2024/25")).isEqualTo("council-tax-2024-25-budget-2024");
    assertThat(problems.sectionId(none, "Council tax 2024/25")).as("a second reading of the same sheet")
        .isEqualTo("council-tax-2024-25-budget-2024");
    assertThat(problems.sectionId(none, "Capital")).isEqualTo("capital");
    problems.sheet("Budget 2024 ");
    assertThat(problems.sectionId(none, "Council tax 2024/25")).as("a sheet whose name slugs alike")
        .isEqualTo("council-tax-2024-25-2");
    problems.sheet("Other");
    TableOptions named = TableOptions.builder().id("ct").build();
    assertThat(problems.sectionId(named, "Council tax 2024/25")).isEqualTo("ct");
    problems.sheet("More");
    assertThat(problems.sectionId(named, "Council tax 2024/25")).as("an id given for every sheet").isEqualTo("ct-more");
  }
}
