package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.csv.TableLimits;

/**
 * An OpenDocument sheet's cells as read: a cell's text from its paragraphs, spaces and tabs; numbers,
 * percentages and currency amounts as typed-in numbers and strings as text, repeats included;
 * unnamed tables named by their place; hidden columns and rows with their repeats; merged ranges
 * named at their place after blank cells and rows; and the cell, column and row limits at their
 * edges, a refused cell named where it stands.
 */
class OdsCellsTest {
  @TempDir
  Path dir;

  private List<SheetCells> read(String tables, TableLimits limits) throws IOException, XMLStreamException {
    Path file = dir.resolve("sheet.ods");
    TestWorkbooks.writeOds(file, TestWorkbooks.odsContent(tables));
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return OdsSheets.read(zip, name -> true, limits, WorkbookReader.MAX_PART_BYTES);
    }
  }

  private SheetCells one(String table) throws IOException, XMLStreamException {
    return read(table, TableLimits.standard()).get(0);
  }

  private static String cell(String text) {
    return "<table:table-cell><text:p>" + text + "</text:p></table:table-cell>";
  }

  private static String row(String... cells) {
    return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
  }

  private static String table(String name, String... rows) {
    return "<table:table table:name=\"" + name + "\">" + String.join("", rows) + "</table:table>";
  }

  @Test
  void aCellsTextJoinsItsParagraphsSpacesAndTabs() throws IOException, XMLStreamException {
    SheetCells s = one(table("Budget", row(
        "<table:table-cell><text:p>Adult</text:p><text:p>social care</text:p></table:table-cell>",
        "<table:table-cell><text:p>a<text:s text:c=\"3\"/>b<text:s/>c</text:p></table:table-cell>",
        "<table:table-cell><text:p>x<text:tab/>y</text:p></table:table-cell>",
        "<table:table-cell><text:p/><text:p>after an empty paragraph</text:p></table:table-cell>")));

    assertThat(s.printed().rows()).containsExactly(
        List.of("Adult social care", "a   b c", "x y", "after an empty paragraph"));
  }

  @Test
  void numbersAreConstantsAndStringsAreTextRepeatsIncluded() throws IOException, XMLStreamException {
    SheetCells s = one(table("Budget", row(
        "<table:table-cell office:value-type=\"string\"><text:p>Care</text:p></table:table-cell>",
        "<table:table-cell office:value-type=\"float\" office:value=\"10\" table:number-columns-repeated=\"2\">"
            + "<text:p>10</text:p></table:table-cell>",
        "<table:table-cell office:value-type=\"percentage\" office:value=\"0.5\"><text:p>50%</text:p></table:table-cell>",
        "<table:table-cell office:value-type=\"currency\" office:value=\"3\"><text:p>£3</text:p></table:table-cell>",
        "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-03-31\"><text:p>31/03/2024</text:p>"
            + "</table:table-cell>",
        "<table:table-cell office:value-type=\"float\" office:value=\"7\"/>")));

    assertThat(s.printed().rows()).containsExactly(List.of("Care", "10", "10", "50%", "£3", "31/03/2024", "7"));
    assertThat(s.texts().sorted()).containsExactly(SheetCells.key(1, 1));
    assertThat(s.constants().sorted()).containsExactly(SheetCells.key(1, 2), SheetCells.key(1, 3),
        SheetCells.key(1, 4), SheetCells.key(1, 5), SheetCells.key(1, 7));
  }

  @Test
  void tablesWithoutANameAreNamedByTheirPlace() throws IOException, XMLStreamException {
    List<SheetCells> sheets = read("<table:table>" + row(cell("a")) + "</table:table><table:table>" + row(cell("b"))
        + "</table:table>", TableLimits.standard());
    assertThat(sheets).extracting(s -> s.printed().name()).containsExactly("Sheet1", "Sheet2");
  }

  @Test
  void hiddenColumnsAndRowsCountTheirRepeats() throws IOException, XMLStreamException {
    SheetCells s = read(table("Budget",
        "<table:table-column table:number-columns-repeated=\"2\"/>"
            + "<table:table-column table:visibility=\"collapse\" table:number-columns-repeated=\"2\"/>"
            + "<table:table-column table:visibility=\"filter\" table:number-columns-repeated=\"bad\"/>"
            + "<table:table-column table:visibility=\"collapse\" table:number-columns-repeated=\"5\"/>",
        row(cell("a")),
        "<table:table-row table:visibility=\"collapse\" table:number-rows-repeated=\"2\">" + cell("b")
            + "</table:table-row>",
        "<table:table-row table:visibility=\"visible\">" + cell("c") + "</table:table-row>"),
        TableLimits.standard().withMaxColumns(6)).get(0);

    assertThat(s.layout().hiddenColumns()).containsExactly(3, 4, 5, 6);
    assertThat(s.layout().hiddenRows()).containsExactly(2, 3);
  }

  @Test
  void aMergedRangeIsNamedWhereItStandsAfterBlankCellsAndRows() throws IOException, XMLStreamException {
    SheetCells s = one(table("Budget", row(cell("Budget")), row("<table:table-cell/>"),
        row("<table:table-cell/><table:table-cell table:number-columns-spanned=\"2\" table:number-rows-spanned=\"3\">"
            + "<text:p>Total</text:p></table:table-cell><table:covered-table-cell/>",
            "<table:table-cell table:number-rows-spanned=\"2\"><text:p>x</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-spanned=\"1\"><text:p>y</text:p></table:table-cell>")));

    assertThat(s.layout().merges()).containsExactly("B3:C5", "D3:D4");
    assertThat(s.printed().rows().get(2)).containsExactly("", "Total", "", "x", "y");
  }

  @Test
  void aCellAsLongAsTheLimitIsReadAndALongerOneIsNamedWhereItStands() throws IOException, XMLStreamException {
    TableLimits hundred = TableLimits.standard().withMaxCellChars(100);
    String rows = row(cell("Budget")) + row("<table:table-cell/>");
    String ninetyFive = "0".repeat(95);
    assertThat(read(table("Budget", rows, row("<table:table-cell/>", cell(ninetyFive + "56789"))), hundred).get(0)
        .printed().rows().get(2)).containsExactly("", ninetyFive + "56789");
    assertThat(read(table("Budget", rows, row(cell(ninetyFive + "<text:s text:c=\"4\"/>5"))), hundred).get(0)
        .printed().rows().get(2)).containsExactly(ninetyFive + "    5");

    assertThatThrownBy(() -> read(table("Budget", rows, row("<table:table-cell/>", cell(ninetyFive + "56789A"))),
        hundred))
        .isInstanceOf(XlsxSheets.TooLarge.class)
        .hasMessage("Sheet Budget, cell B3 holds 101 characters, more than the 100 a cell may have");
    assertThatThrownBy(() -> read(table("Budget", rows, row(cell(ninetyFive + "<text:s text:c=\"5\"/>5"))), hundred))
        .isInstanceOf(XlsxSheets.TooLarge.class);
    assertThatThrownBy(() -> read(table("Budget", rows, row(cell("0".repeat(50) + "</text:p><text:p>"
        + "0".repeat(50)))), hundred))
        .isInstanceOf(XlsxSheets.TooLarge.class);
  }

  @Test
  void aRowAsWideAsTheLimitIsReadAndAWiderOneIsRefused() throws IOException, XMLStreamException {
    TableLimits three = TableLimits.standard().withMaxColumns(3);
    String repeated = "<table:table-cell table:number-columns-repeated=\"2\"><text:p>1</text:p></table:table-cell>";
    assertThat(read(table("Budget", row(cell("a"), repeated)), three).get(0).printed().rows().get(0))
        .containsExactly("a", "1", "1");
    assertThatThrownBy(() -> read(table("Budget", row(cell("a")), row("<table:table-cell/>", cell("b"), repeated)),
        three))
        .isInstanceOf(XlsxSheets.TooLarge.class)
        .hasMessage("Sheet Budget, row 2 has more than the 3 columns a table may have");
  }

  @Test
  void aSheetAsLongAsTheLimitIsReadAndALongerOneIsRefused() throws IOException, XMLStreamException {
    TableLimits three = TableLimits.standard().withMaxRows(3);
    String repeated = "<table:table-row table:number-rows-repeated=\"2\">" + cell("1") + "</table:table-row>";
    assertThat(read(table("Budget", row(cell("a")), repeated), three).get(0).printed().rows()).hasSize(3);
    assertThatThrownBy(() -> read(table("Budget", row(cell("a")), row("<table:table-cell/>"), repeated), three))
        .isInstanceOf(XlsxSheets.TooLarge.class)
        .hasMessage("Sheet Budget has more than the 3 rows a table may have");
  }
}
