package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.core.Finding;
import org.scplan.core.ValidationReport;
import org.scplan.csv.PrintedSheet;

/**
 * What a sheet's layout says: hidden rows and columns only where they hold cells, as ranges and
 * letters, cut short after twenty; merged ranges, cut short after ten; and an .xlsx sheet's hidden
 * rows, column spans and merges as its XML gives them, within the columns a table may have.
 */
class SheetLayoutNotesTest {
  @TempDir
  Path dir;

  private static SheetCells sheet(List<List<String>> rows) {
    return new SheetCells(PrintedSheet.of("Budget", rows), Map.of(), new CellKeys(), new CellKeys(), null);
  }

  private static ValidationReport notes(SheetLayout layout, List<List<String>> rows) {
    return layout.notes("budget.xlsx", sheet(rows));
  }

  private static SheetLayout hiding(List<Integer> rows, List<Integer> columns, List<String> merges) {
    return new SheetLayout(new TreeSet<>(rows), new TreeSet<>(columns), merges);
  }

  /** Eight rows of a label and a figure; row 7 blank. */
  private static List<List<String>> eightRows() {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 1; r <= 8; r++) {
      rows.add(r == 7 ? List.of("", "") : List.of("Line " + r, "" + r * 10));
    }
    return rows;
  }

  @Test
  void hiddenRowsWithCellsAreSaidAsRanges() {
    ValidationReport report = notes(hiding(List.of(2, 3, 4, 6, 7, 8, 9), List.of(), List.of()), eightRows());

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(SheetRules.ROWS_HIDDEN);
      assertThat(f.location().cell().orElseThrow().reference()).isEqualTo("Budget!A2");
      assertThat(f.message()).isEqualTo("Sheet Budget hides rows 2 to 4, 6, 8: a reader of the sheet does not see"
          + " them, but their cells are read and their figures count in the table's totals");
    });
  }

  @Test
  void aHiddenBlankRowIsNotSaid() {
    assertThat(notes(hiding(List.of(7), List.of(), List.of()), eightRows()).findings()).isEmpty();
  }

  @Test
  void hiddenColumnsWithCellsAreSaidByTheirLetters() {
    List<List<String>> rows = List.of(List.of("Line", "", "10", ""), List.of("Line", "", "", "", "5"));
    assertThat(notes(hiding(List.of(), List.of(2, 3, 4, 5, 9), List.of()), rows).findings())
        .extracting(Finding::message).containsExactly("Sheet Budget hides columns C, E: a reader of the sheet does not"
            + " see them, but their cells are read");
    assertThat(notes(hiding(List.of(), List.of(3), List.of()), rows).findings()).extracting(Finding::message)
        .containsExactly("Sheet Budget hides column C: a reader of the sheet does not see it, but its cells are read");
  }

  @Test
  void manyHiddenRowsAndColumnsAreCutShortAfterTwenty() {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 1; r <= 50; r++) {
      rows.add(IntStream.rangeClosed(1, 30).mapToObj(c -> "1").toList());
    }
    List<Integer> twenty = IntStream.rangeClosed(1, 20).map(n -> 2 * n).boxed().toList();
    List<Integer> twentyOne = IntStream.rangeClosed(1, 21).map(n -> 2 * n).boxed().toList();

    String rowsOf20 = notes(hiding(twenty, List.of(), List.of()), rows).findings().get(0).message();
    String rowsOf21 = notes(hiding(twentyOne, List.of(), List.of()), rows).findings().get(0).message();
    assertThat(rowsOf20).startsWith("Sheet Budget hides rows 2, 4, 6,").contains(", 38, 40: ");
    assertThat(rowsOf21).contains(", 38, 40, …: ");

    List<Integer> columns20 = IntStream.rangeClosed(1, 20).boxed().toList();
    List<Integer> columns21 = IntStream.rangeClosed(1, 21).boxed().toList();
    assertThat(notes(hiding(List.of(), columns20, List.of()), rows).findings().get(0).message())
        .startsWith("Sheet Budget hides columns A, B, C,").contains(", S, T: ");
    assertThat(notes(hiding(List.of(), columns21, List.of()), rows).findings().get(0).message())
        .contains(", S, T, …: ");
  }

  @Test
  void mergedRangesAreSaidUpToTen() {
    List<List<String>> rows = List.of(List.of("Budget", "10"));
    List<String> ten = IntStream.rangeClosed(1, 10).mapToObj(r -> "A" + r + ":B" + r).toList();
    List<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(r -> "A" + r + ":B" + r).toList();

    assertThat(notes(hiding(List.of(), List.of(), List.of("A1:B1")), rows).findings()).extracting(Finding::message)
        .containsExactly("Sheet Budget merges cells A1:B1; a merged range is read at its first cell, the rest of it as"
            + " blank");
    assertThat(notes(hiding(List.of(), List.of(), ten), rows).findings().get(0).message())
        .startsWith("Sheet Budget merges the cells of 10 ranges: A1:B1, A2:B2,").contains("A10:B10; a merged");
    assertThat(notes(hiding(List.of(), List.of(), eleven), rows).findings().get(0).message())
        .startsWith("Sheet Budget merges the cells of 11 ranges: A1:B1,").contains("A10:B10, …; a merged")
        .doesNotContain("A11:B11");
  }

  @Test
  void aSheetThatHidesAndMergesNothingSaysNothing() {
    assertThat(notes(SheetLayout.NONE, eightRows()).findings()).isEmpty();
  }

  private Map<String, SheetLayout> ofXlsx(String sheetXml) throws IOException, XMLStreamException {
    Path file = dir.resolve("layout.xlsx");
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    Map<String, String> parts = new HashMap<>();
    parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        + "relationships\"><Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "</Relationships>");
    parts.put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        + " xmlns:r=\"" + rel + "\"><sheets><sheet name=\"Budget\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
        + "main\">" + sheetXml + "</worksheet>");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return SheetLayout.ofXlsx(zip, WorkbookReader.MAX_PART_BYTES);
    }
  }

  @Test
  void anXlsxSheetHidesRowsFromTheFirstAndColumnsBySpan() throws IOException, XMLStreamException {
    SheetLayout layout = ofXlsx("<cols><col min=\"2\" max=\"3\" hidden=\"1\"/><col min=\"5\" hidden=\"true\"/>"
        + "<col min=\"7\" max=\"8\"/><col min=\"999\" max=\"5000\" hidden=\"1\"/></cols><sheetData>"
        + "<row r=\"0\" hidden=\"1\"/><row r=\"1\" hidden=\"1\"/><row r=\"2\"/><row r=\"4\" hidden=\"true\"/>"
        + "</sheetData>").get("Budget");

    assertThat(layout.hiddenRows()).containsExactly(1, 4);
    assertThat(layout.hiddenColumns()).containsExactly(2, 3, 5, 999, 1000);
  }

  @Test
  void anXlsxSheetKeepsItsFirstThousandMerges() throws IOException, XMLStreamException {
    String merges = IntStream.rangeClosed(1, 1001).mapToObj(r -> "<mergeCell ref=\"A" + r + ":B" + r + "\"/>")
        .collect(Collectors.joining());
    SheetLayout layout = ofXlsx("<sheetData/><mergeCells>" + merges + "</mergeCells>").get("Budget");

    assertThat(layout.merges()).hasSize(1000).startsWith("A1:B1").endsWith("A1000:B1000");
  }

  @Test
  void anXlsxCellInTheLastColumnATableMayHaveIsReadAndOneBeyondIsRefused() throws IOException, XMLStreamException {
    assertThat(ofXlsx("<sheetData><row r=\"1\"><c r=\"ALL1\"><v>1</v></c></row></sheetData>")).containsKey("Budget");
    assertThatThrownBy(() -> ofXlsx("<sheetData><row r=\"1\"><c r=\"ALM1\"><v>1</v></c></row></sheetData>"))
        .isInstanceOf(XlsxSheets.TooLarge.class)
        .hasMessage("Sheet Budget has a cell ALM1 beyond the 1000 columns a table may have");
    String twenty = "ALM" + "A".repeat(16) + "1";
    assertThatThrownBy(() -> ofXlsx("<sheetData><row r=\"1\"><c r=\"" + twenty + "\"/></row></sheetData>"))
        .hasMessage("Sheet Budget has a cell " + twenty + " beyond the 1000 columns a table may have");
    String longer = "ALM" + "A".repeat(17) + "1";
    assertThatThrownBy(() -> ofXlsx("<sheetData><row r=\"1\"><c r=\"" + longer + "\"/></row></sheetData>"))
        .hasMessage("Sheet Budget has a cell " + longer.substring(0, 20) + "… beyond the 1000 columns a table may have");
  }
}
