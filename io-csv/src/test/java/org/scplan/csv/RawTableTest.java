package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.Finding;

/**
 * A table's text split into rows and cells ({@link RawTable}): each cell with its row and column
 * and its line and character column in the file, a row's cells past its last read as blank, a
 * workbook's sheet whose rows are all as wide as the widest, a table turned on its side, and the
 * problems that stop the split (a cell too long, a stray character, a reader that fails) said at
 * their place.
 */
class RawTableTest {
  /** Row 2 spans two lines (a quoted line break), row 3 is a blank line and row 4 is wider. */
  private static final String TEXT = "Service,Gross\nRoads,\"10\n(est.)\"\n\nParks,<b>20</b>,note\n";

  private static RawTable parse(String text) {
    Problems problems = new Problems("t.csv");
    RawTable table = RawTable.parse(text, TableFormat.CSV, TableLimits.standard(), problems);
    assertThat(problems.problems().findings()).isEmpty();
    return table;
  }

  private static Finding problem(Reader reader, TableLimits limits) {
    Problems problems = new Problems("t.csv");
    assertThat(RawTable.parse(reader, 100, TableFormat.CSV, limits, problems)).isNull();
    return problems.problems().findings().get(0);
  }

  @Test
  void eachCellKnowsItsRowColumnLineAndCharacterColumn() {
    List<RawTable.Row> rows = parse(TEXT).rows();

    assertThat(rows).extracting(RawTable.Row::number).containsExactly(1, 2, 3, 4);
    assertThat(rows).extracting(RawTable.Row::line).containsExactly(1, 2, 4, 5);
    assertThat(rows).extracting(RawTable.Row::size).containsExactly(2, 2, 1, 3);
    assertThat(rows.get(3).cell(1)).isEqualTo(new RawTable.Cell("<b>20</b>", "20", 4, 2, 5, 7));
    assertThat(rows.get(1).cell(1).text()).isEqualTo("10\n(est.)");
    assertThat(rows.get(1).text(1)).isEqualTo("10 (est.)");
    assertThat(rows.get(3).rawText(1)).isEqualTo("<b>20</b>");
    assertThat(rows.get(3).text(1)).isEqualTo("20");
  }

  @Test
  void aCellPastTheEndOfARowIsBlankAtItsPlace() {
    RawTable.Row roads = parse(TEXT).rows().get(1);

    assertThat(roads.text(2)).isEmpty();
    assertThat(roads.rawText(2)).isEmpty();
    assertThat(parse(TEXT).rows().get(0).rawText(2)).as("not the next row's first cell").isEmpty();
    assertThat(roads.cell(2)).isEqualTo(new RawTable.Cell("", 2, 3, 2, 0));
    assertThat(roads.cells()).hasSize(2);
    assertThatThrownBy(() -> roads.cells().get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> roads.cells().get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aRowIsBlankWhenNoneOfItsCellsHoldsAnything() {
    List<RawTable.Row> rows = parse("A,B\n,\n, <b> </b>\n,x\n").rows();

    assertThat(rows).extracting(RawTable.Row::isBlank).containsExactly(false, true, true, false);
    assertThat(rows).extracting(RawTable.Row::nonBlank).containsExactly(2, 0, 0, 1);
  }

  @Test
  void twoViewsOfOneRowAreEqualAndOfTwoRowsAreNot() {
    RawTable table = parse(TEXT);

    assertThat(table.rows().get(1)).isEqualTo(table.rows().get(1)).hasSameHashCodeAs(table.rows().get(1))
        .isNotEqualTo(table.rows().get(3)).isNotEqualTo("row 2");
    assertThat(table.from(1).rows().get(0)).isEqualTo(table.rows().get(1));
    assertThat(table.rows().get(1)).isNotEqualTo(new RawTable.Row(2, 2, List.of(table.rows().get(3).cell(0))));
    assertThat(table.rows().get(1)).isNotEqualTo(new RawTable.Row(2, 3, table.rows().get(1).cells()));
    assertThat(table.rows().get(1)).isEqualTo(new RawTable.Row(2, 2, table.rows().get(1).cells()));
  }

  @Test
  void theRowsFromOneOnAndTheHeadAreTheTablesRows() {
    RawTable table = parse(TEXT);

    assertThat(table.from(1).rows()).extracting(RawTable.Row::number).containsExactly(2, 3, 4);
    assertThat(table.from(1).rows().subList(1, 3)).extracting(RawTable.Row::number).containsExactly(3, 4);
    assertThat(table.head(2).rows()).extracting(RawTable.Row::number).containsExactly(1, 2);
    assertThat(table.head(10).rows()).hasSize(4);
    for (int index : new int[] {-1, 3, 4}) {
      assertThatThrownBy(() -> table.from(1).rows().get(index)).as("%s", index)
          .isInstanceOf(IndexOutOfBoundsException.class);
    }
    assertThatThrownBy(() -> table.rows().subList(2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.rows().subList(3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void anEmptyTextIsATableOfNoRows() {
    assertThat(parse("").rows()).isEmpty();
  }

  @Test
  void aSheetsRowsAreAllAsWideAsTheWidestAndKeepTheirTextAsPrinted() {
    RawTable sheet = RawTable.of(List.of(List.of("Service", "Gross", "Net"), List.of("<b>Total</b>", "10")));
    RawTable.Row total = sheet.rows().get(1);

    assertThat(sheet.rows()).extracting(RawTable.Row::size).containsExactly(3, 3);
    assertThat(sheet.rows()).extracting(RawTable.Row::number).containsExactly(1, 2);
    assertThat(total.rawText(0)).isEqualTo("<b>Total</b>");
    assertThat(total.text(0)).isEqualTo("Total");
    assertThat(total.text(2)).isEmpty();
    assertThat(total.rawText(2)).isEmpty();
    assertThat(total.text(3)).isEmpty();
    assertThat(total.cell(1)).isEqualTo(new RawTable.Cell("10", 2, 2, 2, 2));
    assertThat(total.cell(2)).isEqualTo(new RawTable.Cell("", 2, 3, 2, 3));
    assertThat(total.cells()).extracting(RawTable.Cell::clean).containsExactly("Total", "10", "");
    assertThat(RawTable.of(List.of()).rows()).isEmpty();
  }

  @Test
  void aTableTurnedOnItsSideHasARowForEachColumnAndItsCellsKeepTheirPlace() {
    RawTable turned = parse("Service,2019-20,2020-21\nRoads,10\nParks,20,30\n").transposed();

    assertThat(turned.rows()).extracting(RawTable.Row::number).containsExactly(1, 2, 3);
    assertThat(turned.rows()).extracting(RawTable.Row::size).containsExactly(3, 3, 3);
    RawTable.Row third = turned.rows().get(2);
    assertThat(third.cells()).extracting(RawTable.Cell::text).containsExactly("2020-21", "", "30");
    assertThat(third.cell(2)).isEqualTo(new RawTable.Cell("30", 3, 3, 3, 10));
    assertThat(third.cell(1).row()).isEqualTo(2);
  }

  @Test
  void aLongCellThatStartsARowIsNamedByItsRowAndColumn() {
    Finding f = problem(new java.io.StringReader("Service,Gross\n" + "9".repeat(150) + ",1\n"),
        new TableLimits(1000, 10, 10, 100));

    assertThat(f.code()).isEqualTo(CsvRules.FILE_UNREADABLE);
    assertThat(f.location().cell().orElseThrow().reference()).isEqualTo("A2");
    assertThat(f.location().line()).isEqualTo(2);
    assertThat(f.message()).startsWith("Row 2, column 1 holds a cell of more than 100 characters");
  }

  @Test
  void aStrayCharacterAfterAQuotedCellIsASyntaxProblemAtItsLine() {
    Finding f = problem(new java.io.StringReader("Service,Gross\nA,\"1\"x\nB,2\n"), TableLimits.standard());

    assertThat(f.code()).isEqualTo(CsvRules.SYNTAX);
    assertThat(f.location().line()).isEqualTo(2);
    assertThat(f.message()).startsWith("Cannot split the table into cells at line 2: Unexpected character ('x'");
  }

  @Test
  void aReaderThatFailsIsAnUnreadableFileSayingWhyAndNotASyntaxProblem() {
    Finding f = problem(failing(new IOException("disk gone")), TableLimits.standard());
    assertThat(f.code()).isEqualTo(CsvRules.FILE_UNREADABLE);
    assertThat(f.location().line()).isZero();
    assertThat(f.message()).isEqualTo("Cannot read the file after 0 rows: disk gone");

    assertThat(problem(failing(new IOException()), TableLimits.standard()).message())
        .isEqualTo("Cannot read the file after 0 rows: java.io.IOException");
  }

  @Test
  void aReaderThatFailsPartWayIsNamedAtTheRowItWasReading() {
    Reader text = new Reader() {
      private final Reader head = new java.io.StringReader("Service,Gross\nA,1\nB,");
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = head.read(buffer, offset, Math.min(length, 4));
        if (n < 0) {
          throw new IOException("connection reset");
        }
        return n;
      }

      @Override
      public void close() {}
    };
    Finding f = problem(text, TableLimits.standard());
    assertThat(f.code()).isEqualTo(CsvRules.FILE_UNREADABLE);
    assertThat(f.location().line()).isEqualTo(3);
    assertThat(f.message()).isEqualTo("Cannot read the file after 2 rows: connection reset");
  }

  @Test
  void textNotInTheCharsetTriedIsLeftToTheCallerToTryAnother() {
    Problems problems = new Problems("t.csv");
    assertThatThrownBy(() -> RawTable.parse(failing(new MalformedInputException(1)), 100, TableFormat.CSV,
        TableLimits.standard(), problems)).isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(MalformedInputException.class);
    assertThat(problems.hasProblems()).isFalse();
  }

  /** A reader that fails with the given exception. */
  private static Reader failing(IOException e) {
    return new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw e;
      }

      @Override
      public void close() {}
    };
  }
}
