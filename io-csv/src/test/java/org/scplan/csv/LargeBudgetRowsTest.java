package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetProfile;
import org.scplan.core.Document;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;

/**
 * How the one-pass reading of a large budget ({@link LargeBudget}) splits the records of the file
 * after its head and reads their figures: the forms of a plain figure (grouped, bracketed, a dash,
 * coarser than the column), line endings, names that only look like totals, a column read to the
 * nearest £1,000, a name column that is not the first; and which rows and layouts it leaves to the
 * whole reading. Where it gives a result, that result is the whole reading's.
 */
class LargeBudgetRowsTest {
  private static final int HEAD = 20;
  private static final TableReader READER = TableReader.of(TableOptions.builder().commandLine(true).build())
      .withHeadRows(HEAD);
  private static final String TITLE = "Adult social care budget 2024-25\n";
  private static final String HEADINGS = "Service,Gross £'000,Income £'000,Net £'000\n";
  /** The rows of the file read as the head: the title, the headings and the first lines. */
  private static final int HEAD_LINES = HEAD - 2;

  @TempDir
  static Path dir;

  /** A head of plain lines, then the given rows, up to {@code lines} lines. */
  private static String table(String headings, int lines, IntFunction<String> rest) {
    StringBuilder sb = new StringBuilder(TITLE).append(headings);
    for (int i = 1; i <= lines; i++) {
      sb.append(i <= HEAD_LINES ? head(i) : rest.apply(i)).append('\n');
    }
    return sb.toString();
  }

  /** A head line: gross less income is net; the first line prints two decimals, the others one. */
  private static String head(int i) {
    int d = i % 10;
    return i == 1 ? "Service 1,20.25,-5.25,15.00"
        : "Service " + i + ",\"1,0" + d + "0.5\",-20.0," + (d < 2 ? "98" + d + "0.5" : "\"1,0" + (d - 2) + "0.5\"");
  }

  private static Optional<ReadResult<Document>> onePass(TableReader reader, byte[] bytes, int skip) {
    try {
      Path file = Files.createTempFile(dir, "large", ".csv");
      Files.write(file, bytes);
      return LargeBudget.read(reader, file, "large.csv", skip, TableFormat.CSV, HEAD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<ReadResult<Document>> onePass(String text) {
    return onePass(READER, text.getBytes(StandardCharsets.UTF_8), 0);
  }

  private static ReadResult<Document> whole(TableReader reader, String text) {
    return reader.read("large.csv", text);
  }

  private static void assertSame(ReadResult<Document> onePass, ReadResult<Document> whole) {
    assertThat(onePass.sections(PlanSection.class)).isEqualTo(whole.sections(PlanSection.class));
    assertThat(onePass.problems()).isEqualTo(whole.problems());
    assertThat(onePass.notes()).isEqualTo(whole.notes());
    assertThat(onePass.toString()).isEqualTo(whole.toString());
  }

  private static BudgetProfile profile(ReadResult<Document> read) {
    return read.sections(BudgetProfile.class).get(0);
  }

  private static BigDecimal amount(BudgetLine line, String column) {
    return line.amount(column).orElseThrow().printed();
  }

  /** The figures after the head, by line: every form of a plain figure, and names that are not totals. */
  private static String figures(int i) {
    return switch (i % 8) {
      case 0 -> "\"Cost of care " + i + "\",\"1,234,567.5\",(980.0),\"1,233,587.5\"";
      case 1 -> "Memorial halls " + i + ",-,-,-";
      case 2 -> "Digital inclusion " + i + ",12,0,12";
      case 3 -> "Totton depot " + i + ",0.5,(0.5),0.0";
      case 4 -> "Covid 2020-21 recovery " + i + ",7.0,3.0,4.0";
      case 5 -> "Head of service " + i + ",\"2,000.0\",\"(1,000.0)\",\"1,000.0\"";
      case 6 -> "Service " + i + ",10.0,-2.0,8.0" + ",".repeat(70); // blank cells beyond the headings
      default -> "Service " + i + ",10.0,-2.0,8.0";
    };
  }

  /**
   * Exactly as many items as a profile has with its cells named, and a total, with CRLF line endings
   * and no line break at the end. (Read in the test itself, not once for several: PIT counts only
   * what a test method runs as covered by it.)
   */
  @Test
  void everyFormOfAPlainFigureIsReadAsTheWholeReadingReadsIt() {
    String text = (table(HEADINGS, BudgetTables.LOCATED, LargeBudgetRowsTest::figures) + "Total,1.0,-1.0,0.0")
        .replace("\n", "\r\n");
    ReadResult<Document> read = onePass(text).orElseThrow();
    assertSame(read, whole(READER, text));
    BudgetProfile p = profile(read);
    BudgetLine grouped = p.line("Cost of care 5000").orElseThrow();
    assertThat(amount(grouped, "gross")).isEqualByComparingTo("1234567.5");
    assertThat(amount(grouped, "income")).isEqualByComparingTo("-980.0");
    BudgetLine nil = p.line("Memorial halls 4993").orElseThrow();
    assertThat(amount(nil, "gross")).isEqualByComparingTo("0");
    BudgetLine whole = p.line("Digital inclusion 4994").orElseThrow();
    assertThat(amount(whole, "gross")).isEqualByComparingTo("12");
    assertThat(amount(whole, "income")).isEqualByComparingTo("0");
    BudgetLine half = p.line("Totton depot 4995").orElseThrow();
    assertThat(amount(half, "income")).isEqualByComparingTo("-0.5");
    assertThat(amount(p.line("Head of service 4997").orElseThrow(), "income")).isEqualByComparingTo("-1000.0");

    // Names that only look like totals are items, and the last row is the total.
    assertThat(p.lineCount()).isEqualTo(BudgetTables.LOCATED + 1);
    assertThat(p.line("Covid 2020-21 recovery 4996")).isPresent();
    assertThat(p.total()).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Total"));

    // The notes count the figures of the whole table. Income after the head, by line: (980.0), (0.5),
    // (1,000.0) and -2.0 twice are negative, 3.0 is positive, a dash and 0 are not counted; the
    // head's 18 figures and the total's are negative.
    long positive = IntStream.rangeClosed(HEAD_LINES + 1, BudgetTables.LOCATED).filter(i -> i % 8 == 4).count();
    long zero = IntStream.rangeClosed(HEAD_LINES + 1, BudgetTables.LOCATED).filter(i -> i % 8 == 1 || i % 8 == 2)
        .count();
    long negative = BudgetTables.LOCATED - positive - zero + 1;
    assertThat(read.notes().withCode(CsvRules.INCOME_SIGN_DETECTED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains(negative + " of the " + (negative + positive)
            + " income figures that are not zero are negative"));
    // One to two decimals in the head; the whole figures after it make it none to two.
    assertThat(read.notes().withCode(CsvRules.PRECISION_MIXED)).hasSize(3)
        .allSatisfy(f -> assertThat(f.message()).contains("prints figures with 0 to 2 decimal places"));
  }

  @Test
  void aTableOfExactlyAsManyLinesAsHaveTheirCellsNamedIsLeftToTheWholeReading() {
    // One line more, the total of the table of figures, and it is read in one pass.
    assertThat(onePass(table(HEADINGS, BudgetTables.LOCATED, i -> "Service " + i + ",10.0,-2.0,8.0"))).isEmpty();
  }

  /** A row right after the head that the one-pass reading does not take, among plain lines. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "\"Service\" x,10.0,-2.0,8.0",            // text after a closing quote
      "Service x,\"1\"\"0.0\",-2.0,8.0",          // a quote inside a figure
      "Service x,07.0,-2.0,8.0",                // a leading zero
      "Service x,10.,-2.0,10.",                  // a point without decimals
      "Service x,(),-2.0,8.0",                   // brackets round nothing
      "Service x,10.0,-2.0",                     // a row that ends early
      "Service x,\"1,0000.0\",-2.0,8.0",          // a group of four digits
      "Service x,\"10,00.0\",-2.0,8.0",           // a group of two digits
      "Service x,\"1000,000.0\",-2.0,8.0",        // four digits before the first separator
      "Service x,\",100.0\",-2.0,8.0",            // a separator before any digit
      "Service x,10.0x,-2.0,8.0",                // a letter in a figure
      "Service x,\"18,446,744,073,709,551,621\",-2.0,8.0", // more digits than a budget holds
      "Service x,10.005,-2.0,8.005",             // finer than the precision decided
      "Memo: capital charges,10.0,-2.0,8.0",     // a memo line
      "Of which grants,10.0,-2.0,8.0",           // a memo line
      "Total,10.0,-2.0,8.0",                     // a total with lines after it
  })
  void aRowThatIsNotAPlainLineLeavesTheTableToTheWholeReading(String row) {
    assertThat(onePass(table(HEADINGS, BudgetTables.LOCATED + 10, i -> i == HEAD_LINES + 1 ? row
        : "Service " + i + ",10.0,-2.0,8.0"))).isEmpty();
  }

  /**
   * Highways, in pounds, every figure a whole £1,000: read to the nearest £1,000. The file starts
   * with a byte order mark, a column between gross and income is empty, and no income is
   * printed after the head.
   */
  private static String thousands(int lines, IntFunction<String> rest) {
    StringBuilder sb = new StringBuilder("\uFEFFHighways budget 2024-25\nService,Gross £,,Income £,Net £\n");
    for (int i = 1; i <= lines; i++) {
      sb.append(i <= HEAD_LINES ? "Road " + i + ",\"12,000\",,\"-3,000\",\"9,000\"" : rest.apply(i)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void aTableReadToTheNearestThousandPoundsIsReadInOnePass() {
    String text = thousands(BudgetTables.LOCATED + 10, i -> "Road " + i + ",\"15,000\",,-,\"15,000\"");
    ReadResult<Document> read = onePass(READER, text.getBytes(StandardCharsets.UTF_8), 3).orElseThrow();
    assertSame(read, whole(READER, text.substring(1)));
    BudgetProfile p = profile(read);
    assertThat(p.title()).isEqualTo("Highways budget 2024-25");
    assertThat(p.decimals("gross")).isEqualTo(-3);
    BudgetLine last = p.line("Road " + (BudgetTables.LOCATED + 10)).orElseThrow();
    assertThat(amount(last, "gross")).isEqualByComparingTo("15000");
    assertThat(amount(last, "income")).isEqualByComparingTo("0");
    assertThat(read.notes().withCode(CsvRules.PRECISION_INFERRED)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Road x,\"15,500\",,-,\"15,500\"",          // not a whole £1,000
      "Road x,\"15,000\",5,-,\"15,000\""          // a figure in the empty column
  })
  void aRowThatDoesNotFitTheThousandsLeavesTheTableToTheWholeReading(String row) {
    String text = thousands(BudgetTables.LOCATED + 10, i -> i == HEAD_LINES + 1 ? row
        : "Road " + i + ",\"15,000\",,-,\"15,000\"");
    assertThat(onePass(READER, text.getBytes(StandardCharsets.UTF_8), 3)).isEmpty();
  }

  /** Parks, in pounds: no income in the head, then a little. */
  private static String parks(IntFunction<String> rest) {
    StringBuilder sb = new StringBuilder("Parks budget 2024-25\nService,Gross £,Income £,Net £\n");
    for (int i = 1; i <= BudgetTables.LOCATED + 10; i++) {
      sb.append(i <= HEAD_LINES ? "Park " + i + ",12345,0,12345" : rest.apply(i)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void aColumnOfZerosInTheHeadIsReadToThePoundUnlessItsFiguresAreThenWholeThousands() {
    String pounds = parks(i -> "Park " + i + ",12345,-5,12340");
    ReadResult<Document> read = onePass(pounds).orElseThrow();
    assertSame(read, whole(READER, pounds));
    assertThat(profile(read).decimals("income")).isZero();
    // Income of whole thousands after the head is read to the nearest £1,000: the whole reading decides that.
    assertThat(onePass(parks(i -> "Park " + i + ",15345,-3000,12345"))).isEmpty();
  }

  /** Income first and the names last; the total row is named by an option. */
  private static final TableReader NET_EXPENDITURE = TableReader.of(TableOptions.builder().commandLine(true)
      .totalRow("Net expenditure").build()).withHeadRows(HEAD);

  private static String namesLast(int lines, IntFunction<String> rest) {
    StringBuilder sb = new StringBuilder(TITLE).append("Income £'000,Gross £'000,Net £'000,Service\n");
    for (int i = 1; i <= lines; i++) {
      sb.append(i <= HEAD_LINES ? "-2.0,10.0,8.0,Service " + i : rest.apply(i)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void aTableWithItsNamesLastIsReadInOnePass() {
    // Income is positive on one line in ten after the head, and added all the same.
    int lines = BudgetTables.LOCATED + 10;
    String text = namesLast(lines, i -> i % 10 == 0 ? "5.0,10.0,15.0,Service " + i : "-2.0,10.0,8.0,Service " + i)
        + "-1.0,1.0,0.0,Net expenditure\n";
    ReadResult<Document> read = onePass(NET_EXPENDITURE, text.getBytes(StandardCharsets.UTF_8), 0).orElseThrow();
    assertSame(read, whole(NET_EXPENDITURE, text));
    BudgetProfile p = profile(read);
    assertThat(p.lineCount()).isEqualTo(lines + 1);
    assertThat(p.total()).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Net expenditure"));
    int positive = lines / 10 - HEAD_LINES / 10;
    assertThat(read.notes().withCode(CsvRules.INCOME_SIGN_DETECTED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains((lines + 1 - positive) + " of the " + (lines + 1)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"-2.0,10.0,8.0,2025-26", "-2.0,10.0,8.0,£'000"})
  void aNameLastThatReadsAsAHeadingLeavesTheTableToTheWholeReading(String row) {
    String text = namesLast(BudgetTables.LOCATED + 10, i -> i == HEAD_LINES + 1 ? row : "-2.0,10.0,8.0,Service " + i);
    assertThat(onePass(NET_EXPENDITURE, text.getBytes(StandardCharsets.UTF_8), 0)).isEmpty();
  }

  /** Layouts the one-pass reading does not go on with, whatever the rows after the head. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Lead officer,Service,Gross £'000,Income £'000,Net £'000|A. Smith,",   // the people beside the lines
      "Service,Gross £'000,Income £m,Net £'000|",                          // a column in its own unit
      "Service,2023-24 Net £'000,2024-25 Net £'000|"                       // a profile for each year
  })
  void aLayoutTheOnePassReadingDoesNotTakeIsLeftToTheWholeReading(String layout) {
    String[] parts = layout.split("\\|", -1);
    int figures = parts[0].split(",").length - (parts[1].isEmpty() ? 1 : 2);
    StringBuilder sb = new StringBuilder(TITLE).append(parts[0]).append('\n');
    for (int i = 1; i <= BudgetTables.LOCATED + 10; i++) {
      sb.append(parts[1]).append("Service ").append(i).append(figures == 2 ? ",10.0,10.0" : ",10.0,0.0,10.0")
          .append('\n');
    }
    String text = sb.toString();
    assertThat(whole(READER, text).sections(BudgetProfile.class)).isNotEmpty();
    assertThat(onePass(text)).isEmpty();
  }

  @Test
  void aTableOfTwoYearsIsLeftToTheWholeReadingEvenWhenOneYearStopsAfterTheHead() {
    StringBuilder sb = new StringBuilder(TITLE).append("Service,2023-24 Net £'000,2024-25 Net £'000\n");
    for (int i = 1; i <= BudgetTables.LOCATED + 10; i++) {
      sb.append("Service ").append(i).append(i <= HEAD_LINES ? ",9.0,10.0\n" : ",,10.0\n");
    }
    String text = sb.toString();
    assertThat(whole(READER, text).sections(BudgetProfile.class)).hasSize(2);
    assertThat(onePass(text)).isEmpty();
  }

  @Test
  void aTableOfMoreRowsThanTheLimitIsLeftToTheWholeReading() {
    TableReader limited = TableReader.of(TableOptions.builder().commandLine(true)
        .limits(TableLimits.standard().withMaxRows(BudgetTables.LOCATED + 5)).build()).withHeadRows(HEAD);
    String text = table(HEADINGS, BudgetTables.LOCATED + 10, i -> "Service " + i + ",10.0,-2.0,8.0");
    assertThat(onePass(limited, text.getBytes(StandardCharsets.UTF_8), 0)).isEmpty();
  }
}
