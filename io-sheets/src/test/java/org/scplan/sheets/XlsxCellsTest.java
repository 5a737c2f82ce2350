package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scplan.csv.TableLimits;

/**
 * An .xlsx sheet's cells as read: booleans as TRUE and FALSE, error values as their text, a number
 * beyond a double's range as its text; and the column and cell-length limits at their edges.
 */
class XlsxCellsTest {
  private static final String STYLES = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      + "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>";

  @TempDir
  Path dir;

  private List<List<String>> read(String sheetData, TableLimits limits) throws Exception {
    Path file = dir.resolve("cells.xlsx");
    TestWorkbooks.writeXlsx(file, "Budget", STYLES, "<worksheet"
        + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheetData
        + "</sheetData></worksheet>");
    return XlsxSheets.read(file, name -> true, limits).get(0).printed().rows();
  }

  @Test
  void booleansAndErrorValuesPrintAsTheSheetShowsThem() throws Exception {
    assertThat(read("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>"
        + "<c r=\"C1\" t=\"e\"><v>#REF!</v></c><c r=\"D1\" t=\"e\"><v>#DIV/0!</v></c></row>", TableLimits.standard()))
        .containsExactly(List.of("TRUE", "FALSE", "#REF!", "#DIV/0!"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"1e308,true", "1e309,false", "-1e308,true", "1e-331,true", "1e-332,false", "12.5,true", "x,false"})
  void aStoredNumberIsOneADoubleCanHold(String raw, boolean held) {
    BigDecimal number = XlsxSheets.number(raw);
    assertThat(number != null).isEqualTo(held);
    if (held) {
      assertThat(number).isEqualByComparingTo(raw);
    }
  }

  @Test
  void aRowAsWideAsTheLimitIsReadAndAWiderOneIsRefused() throws Exception {
    TableLimits three = TableLimits.standard().withMaxColumns(3);
    assertThat(read("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"C1\"><v>3</v></c></row>", three))
        .containsExactly(List.of("1", "", "3"));
    assertThatThrownBy(() -> read("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"D1\"><v>4</v></c></row>", three))
        .isInstanceOf(XlsxSheets.TooLarge.class)
        .hasMessage("Sheet Budget, row 1 has 4 columns, more than the 3 a table may have");
  }

  @Test
  void aCellAsLongAsTheLimitIsReadAndALongerOneIsRefused() throws Exception {
    TableLimits hundred = TableLimits.standard().withMaxCellChars(100);
    String text = IntStream.range(0, 100).mapToObj(i -> "x").collect(Collectors.joining());
    assertThat(read("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>", hundred))
        .containsExactly(List.of(), List.of("", text));
    assertThatThrownBy(() -> read("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + text + "y</t></is></c></row>",
        hundred))
        .isInstanceOf(XlsxSheets.TooLarge.class)
        .hasMessage("Sheet Budget, cell B2 holds 101 characters, more than the 100 a cell may have");
  }
}
