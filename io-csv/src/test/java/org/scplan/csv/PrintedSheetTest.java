package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetRules;
import org.scplan.budget.PublishedTable;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;

/**
 * The sheets of a workbook ({@link PrintedSheet}) read through the CSV pipeline
 * ({@link TableReader#read(String, List)}): each sheet that holds a table is read as one titled with
 * the sheet's name, a sheet of notes or a cover is left out with a note, and each finding names its
 * cell as the workbook does.
 */
class PrintedSheetTest {
  private static final TableReader READER = TableReader.of(TableOptions.builder().year(FinancialYear.of(2024)).build());

  private static List<List<String>> budget(String title, String total) {
    List<List<String>> rows = new ArrayList<>();
    if (title != null) {
      rows.add(List.of(title));
    }
    rows.add(List.of("Service", "Gross £'000", "Income £'000", "Net £'000"));
    rows.add(List.of("Older people", "1,000.0", "-400.0", "600.0"));
    rows.add(List.of("Carers", "500.0", "-100.0", "400.0"));
    rows.add(List.of("Total", "1,500.0", "-500.0", total));
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Budget       | 14 | 4  | Budget!D14",
      "Budget_2024  | 7  | 27 | Budget_2024!AA7",
      "Budget 2024  | 14 | 4  | 'Budget 2024'!D14",
      "Bob's        | 1  | 1  | 'Bob''s'!A1",
      "2024         | 2  | 2  | '2024'!B2"})
  void aCellIsReferencedAsTheWorkbookNamesIt(String name, int row, int column, String reference) {
    assertThat(PrintedSheet.of(name, List.of()).reference(row, column)).isEqualTo(reference);
  }

  @Test
  void aSheetIsItsNameAndTheTextOfItsCells() {
    List<List<String>> rows = new ArrayList<>(List.of(List.of("Service", "Net"), List.of("Roads", "10")));
    PrintedSheet sheet = PrintedSheet.of("Budget", rows);
    rows.clear();
    assertThat(sheet.name()).isEqualTo("Budget");
    assertThat(sheet.rows()).as("a copy").containsExactly(List.of("Service", "Net"), List.of("Roads", "10"));
    assertThat(sheet.toString()).isEqualTo("sheet Budget (2 rows)");
    assertThat(sheet).isEqualTo(PrintedSheet.of("Budget", List.of(List.of("Service", "Net"), List.of("Roads", "10"))))
        .hasSameHashCodeAs(PrintedSheet.of("Budget", List.of(List.of("Service", "Net"), List.of("Roads", "10"))))
        .isNotEqualTo(PrintedSheet.of("Budget 2", sheet.rows()))
        .isNotEqualTo(PrintedSheet.of("Budget", List.of(List.of("Service", "Net"))))
        .isNotEqualTo("Budget");
  }

  @Test
  void aCoverOrAPageOfNotesIsLeftOutAndEveryOtherSheetIsReadAsATable() {
    ReadResult<Document> r = READER.read("book.xlsx", List.of(
        PrintedSheet.of("Cover", List.of(List.of("Budget book 2024-25"), List.of(), List.of("", "Prepared by finance"))),
        PrintedSheet.of("Adults", budget("Adult social care 2024-25", "1,000.0")),
        PrintedSheet.of("Short", List.of(List.of("Service", "Net £'000"), List.of("Roads", "10.0"),
            List.of("Total", "10.0")))));
    assertThat(r.notes().withCode(CsvRules.SHEET_SKIPPED)).singleElement().extracting(Finding::message)
        .isEqualTo("Sheet Cover holds no table (no row has two cells filled); it is not read");
    assertThat(r.sections(PlanSection.class)).extracting(PlanSection::title)
        .containsExactly("Adult social care 2024-25", "Short");
    assertThat(r.sections(BudgetProfile.class).get(0).total().orElseThrow().amount("net")).isPresent();
  }

  @Test
  void aSheetOfNoTableGivesNothingToCheck() {
    ReadResult<Document> r = READER.read("notes.xlsx", List.of(PrintedSheet.of("Notes",
        List.of(List.of("Figures in £'000"), List.of("Source: the budget book")))));
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().codes()).containsExactly(CsvRules.TABLE_EMPTY);
    assertThat(r.notes().codes()).containsExactly(CsvRules.SHEET_SKIPPED);
  }

  @Test
  void findingsNameTheCellOnItsSheet() {
    ReadResult<Document> r = READER.read("book.xlsx", List.of(
        PrintedSheet.of("Budget 2024", budget("Adult social care 2024-25", "1,100.0"))));
    assertThat(r.validate().withCode(BudgetRules.TOTAL_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.location().cell().orElseThrow().reference()).isEqualTo("'Budget 2024'!D5"));

    List<List<String>> unreadable = List.of(List.of("Service", "Gross £'000", "Income £'000", "Net £'000"),
        List.of("Older people", "1,000.0", "-400x", "600.0"), List.of("Total", "1,000.0", "-400.0", "600.0"));
    ReadResult<Document> bad = TableReader.standard().read("book.xlsx", List.of(PrintedSheet.of("Bad", unreadable)));
    assertThat(bad.validate().withCode(CsvRules.CELL_UNREADABLE)).singleElement()
        .satisfies(f -> assertThat(f.location().cell().orElseThrow().reference()).isEqualTo("Bad!C2"));
    assertThat(bad.section(PublishedTable.class).orElseThrow().title()).as("titled with the sheet's name")
        .isEqualTo("Bad");
  }

  @Test
  void aSheetWithoutANameOrTitleIsTitledSheet() {
    ReadResult<Document> r = READER.read("book.xlsx", List.of(PrintedSheet.of(" ", budget(null, "1,000.0"))));
    assertThat(r.sections(PlanSection.class)).extracting(PlanSection::title).containsExactly("sheet");
  }
}
