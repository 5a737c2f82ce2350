package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scplan.budget.BudgetProfile;
import org.scplan.core.Document;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;

/**
 * The one-pass reading of large budget tables ({@link LargeBudget}) gives what reading the whole
 * table gives, or gives up and leaves the table to it: never a different result.
 */
class LargeBudgetTest {
  private static final int HEAD = 40;
  /** Both readings word their findings alike (for the command line), so that only the reading differs. */
  private static final TableReader READER = TableReader.of(TableOptions.builder().commandLine(true).build())
      .withHeadRows(HEAD);
  private static final int LINES = BudgetTables.LOCATED + 200;

  /** Not a {@code @TempDir}: jqwik's properties do not take one. */
  private final Path dir = temporary();

  private static Path temporary() {
    try {
      Path d = Files.createTempDirectory("scplan-large");
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A table of plain lines: one more than enough to be read in one pass, a total at the end. */
  private static String table(int lines, IntFunction<String> line, String total) {
    StringBuilder sb = new StringBuilder("Adult social care budget 2024-25\nService,Gross £'000,Income £'000,Net £'000\n");
    for (int i = 1; i <= lines; i++) {
      sb.append(line.apply(i)).append('\n');
    }
    if (total != null) {
      sb.append(total).append('\n');
    }
    return sb.toString();
  }

  private static String plain(int i) {
    long gross = 1000 + i * 7L % 9000;
    long income = i * 3L % 700;
    return "Service " + i + ",\"" + thousands(gross) + ".5\",-" + income + ".0,\"" + thousands(gross - income) + ".5\"";
  }

  private static String thousands(long v) {
    return String.format(java.util.Locale.ROOT, "%,d", v);
  }

  private Optional<ReadResult<Document>> onePass(String text) throws IOException {
    return onePass(text.getBytes(StandardCharsets.UTF_8));
  }

  private Optional<ReadResult<Document>> onePass(byte[] bytes) throws IOException {
    return onePass(bytes, TableFormat.CSV);
  }

  private Optional<ReadResult<Document>> onePass(byte[] bytes, TableFormat format) throws IOException {
    Path file = dir.resolve("large.csv");
    Files.write(file, bytes);
    try {
      return LargeBudget.read(READER, file, file.toString(), 0, format, HEAD);
    } finally {
      Files.delete(file);
    }
  }

  private ReadResult<Document> whole(String text) {
    return whole(text.getBytes(StandardCharsets.UTF_8));
  }

  private ReadResult<Document> whole(byte[] bytes) {
    return READER.read(dir.resolve("large.csv").toString(), bytes);
  }

  private static void assertSame(ReadResult<Document> onePass, ReadResult<Document> whole) {
    assertThat(onePass.sections(PlanSection.class)).isEqualTo(whole.sections(PlanSection.class));
    assertThat(onePass.problems()).isEqualTo(whole.problems());
    assertThat(onePass.notes()).isEqualTo(whole.notes());
    assertThat(onePass.validate()).isEqualTo(whole.validate());
    assertThat(onePass.toString()).isEqualTo(whole.toString());
  }

  @Test
  void plainLinesAndATotalAreReadInOnePassAsTheWholeReadingReadsThem() throws IOException {
    long gross = 0;
    long income = 0;
    for (int i = 1; i <= LINES; i++) {
      gross += (1000 + i * 7L % 9000) * 10 + 5;
      income += (i * 3L % 700) * 10;
    }
    String total = "Total,\"" + thousands(gross / 10) + "." + gross % 10 + "\",\"-" + thousands(income / 10)
        + ".0\",\"" + thousands((gross - income) / 10) + "." + (gross - income) % 10 + "\"";
    String text = table(LINES, LargeBudgetTest::plain, total) + "\n\n";
    Optional<ReadResult<Document>> read = onePass(text);
    assertThat(read).isPresent();
    assertSame(read.get(), whole(text));
    BudgetProfile p = read.get().sections(BudgetProfile.class).get(0);
    assertThat(p.lineCount()).isEqualTo(LINES + 1);
    assertThat(p.total()).isPresent();
    assertThat(read.get().validate().errors()).isEmpty();
  }

  @Test
  void aTableSeparatedBySemicolonsIsReadInOnePassAsTheWholeReadingReadsIt() throws IOException {
    // As a spreadsheet saves it with semicolons: the figures' thousands separators need no quotes.
    String text = table(LINES, i -> plain(i).replace(",\"", ";").replace("\",", ";").replace(".0,", ".0;")
        .replace("\"", ""), null).replace("Service,Gross", "Service;Gross").replace("£'000,", "£'000;");
    assertThat(text).contains("Service 1;1,007.5;-3.0;1,004.5\n");
    assertThat(TableFormat.detect(text)).isEqualTo(TableFormat.SEMICOLON);
    Optional<ReadResult<Document>> read = onePass(text.getBytes(StandardCharsets.UTF_8), TableFormat.SEMICOLON);
    assertThat(read).isPresent();
    assertSame(read.get(), whole(text));
    assertThat(read.get().sections(BudgetProfile.class).get(0).lineCount()).isEqualTo(LINES);
    assertThat(read.get().validate().errors()).isEmpty();
  }

  @Test
  void aPublishedErrorFarBelowTheHeadIsFoundAtItsLine() throws IOException {
    String text = table(LINES, i -> i == LINES - 7 ? "Service " + i + ",100.0,-10.0,95.0" : plain(i), null);
    Optional<ReadResult<Document>> read = onePass(text);
    assertThat(read).isPresent();
    assertSame(read.get(), whole(text));
    assertThat(read.get().validate().errors()).singleElement()
        .satisfies(f -> assertThat(f.location().path()).contains("Service " + (LINES - 7)));
  }

  @Test
  void quotedNamesDashesAndBlankRowsAreReadAsTheWholeReadingReadsThem() throws IOException {
    String text = table(LINES, i -> i % 97 == 0 ? "\"Children, \"\"young\"\" people " + i + "\",50.0,-,50.0"
        : i % 89 == 0 ? ",,," : i % 83 == 0 ? "Café " + i + ",1.0,,1.0" : plain(i), null);
    Optional<ReadResult<Document>> read = onePass(text);
    assertThat(read).isPresent();
    assertSame(read.get(), whole(text));
    assertThat(read.get().sections(BudgetProfile.class).get(0).line("Children, \"young\" people 97")).isPresent();
    assertThat(read.get().sections(BudgetProfile.class).get(0).line("Café 83")).isPresent();
  }

  @Test
  void theIncomeSignNoteCountsEveryFigureOfTheTable() throws IOException {
    String text = table(LINES, LargeBudgetTest::plain, null);
    ReadResult<Document> read = onePass(text).orElseThrow();
    assertSame(read, whole(text));
    assertThat(read.notes().withCode(CsvRules.INCOME_SIGN_DETECTED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("of the " + (LINES - LINES / 700) + " income figures"));
  }

  @Test
  void rowsThatAreNotPlainLinesLeaveTheTableToTheWholeReading() throws IOException {
    int far = LINES - 100;
    String[] rows = {
        "Subtotal," + "1.0,-1.0,0.0",                  // a subtotal makes a group of the lines above
        "Service x,£1.0,-1.0,0.0",                     // a figure with its own unit
        "Service x,1.05,-1.0,0.05",                    // finer than the precision decided
        "Service x,1.0,-1.0,see note",                 // words where a figure stands
        "Service x,1.0,-1.0,0.0,extra",                // a cell beyond the headings
        ",1.0,-1.0,0.0",                               // figures without a name
        "Older people,,,",                             // a group's heading
        "Service x,1.0,-1.0",                          // a row that ends early
        "\"Service\nx\",1.0,-1.0,0.0",                 // a quoted cell over two lines
        "Service x,1.0,-1.0,0.0"                       // fine: the control
    };
    for (int k = 0; k < rows.length; k++) {
      String row = rows[k];
      String text = table(LINES, i -> i == far ? row : plain(i), null);
      Optional<ReadResult<Document>> read = onePass(text);
      if (k == rows.length - 1) {
        assertThat(read).as(row).isPresent();
        assertSame(read.get(), whole(text));
      } else {
        assertThat(read).as(row).isEmpty();
      }
    }
  }

  @Test
  void aFigureThatWouldChangeADecisionMadeFromTheHeadGivesUp() throws IOException {
    // Income positive in the head, negative in most of the rest: the majority decides the sign.
    String flip = table(LINES, i -> i <= HEAD ? "Service " + i + ",10.0,2.0,8.0" : "Service " + i + ",10.0,-2.0,8.0",
        null);
    assertThat(onePass(flip)).isEmpty();
    // Whole figures in the head, one decimal later: the column's precision is the finer one.
    String finer = table(LINES, i -> i <= HEAD ? "Service " + i + ",10,-2,8" : plain(i), null);
    assertThat(onePass(finer)).isEmpty();
    // Thousands only in the head: read to the nearest £1,000 until a figure says otherwise.
    String thousands = table(LINES, i -> i <= HEAD + 5 ? "Service " + i + ",\"10,000\",\"-2,000\",\"8,000\""
        : "Service " + i + ",\"10,001\",\"-2,000\",\"8,001\"", null).replace(" £'000", "");
    assertThat(onePass(thousands)).isEmpty();
  }

  @Test
  void textThatIsNotUtf8IsLeftToTheWholeReading() throws IOException {
    byte[] text = table(LINES, i -> i == LINES - 3 ? "Caf\u00e9,1.0,-1.0,0.0" : plain(i), null)
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(onePass(text)).isEmpty();
    assertThat(whole(text).notes().withCode(CsvRules.FILE_ENCODING)).hasSize(1);
  }

  @Test
  void aSmallTableIsReadWholeSoThatItsCellsAreNamed() throws IOException {
    assertThat(onePass(table(BudgetTables.LOCATED - 10, LargeBudgetTest::plain, null))).isEmpty();
  }

  @Test
  void aFileOfMoreThanAMebibyteIsReadInOnePassThroughTheReader() throws IOException {
    String text = table(30_000, LargeBudgetTest::plain, null);
    Path file = dir.resolve("big.csv");
    Files.writeString(file, text);
    file.toFile().deleteOnExit();
    assertThat(Files.size(file)).isGreaterThan(TableReader.STREAMED);
    ReadResult<Document> read = READER.read(file);
    assertThat(read.sections(BudgetProfile.class)).hasSize(1);
    assertSame(read, READER.read(file.toString(), text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The law: for a generated large table in any of several layouts (column order, quoting, income
   * sign, precision, a total or not, published errors, one row of any kind anywhere), the one-pass
   * reading either gives up or gives exactly what the whole reading gives; and it does not give up
   * on a table of plain lines.
   */
  @Property(tries = 25)
  void theOnePassReadingGivesWhatTheWholeReadingGives(@ForAll long seed, @ForAll @IntRange(min = 0, max = 9) int odd)
      throws IOException {
    Random r = new Random(seed);
    int decimals = r.nextInt(3);
    boolean quoted = r.nextBoolean();
    boolean brackets = r.nextBoolean();
    boolean netFirst = r.nextBoolean();
    int oddRow = odd == 0 ? -1 : 1 + r.nextInt(LINES);
    String[] odds = {"Total services,1,-1,0", "Of which grants,1,-1,0", "Service y,\"1,2\",-1,0",
        "Service y,–,-1,0", "Service y,1.123,-1,0", "  ,  ,  ,  ", "Service y,1,(1),0", "Service y,0.0,-0.0,0",
        "Net cost of services,1,-1,0"};
    String oddText = odd == 0 ? null : odds[odd - 1];
    StringBuilder sb = new StringBuilder("Budget 2023/24\n" + (netFirst ? "Service,Net £m,Gross £m,Income £m\n"
        : "Service,Gross £m,Income £m,Net £m\n"));
    long step = (long) Math.pow(10, decimals);
    long sumGross = 0;
    long sumIncome = 0;
    boolean plainLines = true;
    for (int i = 1; i <= LINES; i++) {
      if (i == oddRow) {
        sb.append(oddText).append('\n');
        plainLines = false;
        continue;
      }
      long gross = r.nextInt(1_000_000);
      long income = r.nextInt((int) Math.max(1, gross));
      long net = gross - income + (r.nextInt(400) == 0 ? step : 0);
      sumGross += gross;
      sumIncome += income;
      String g = figure(gross, decimals, quoted);
      String in = brackets ? "(" + figure(income, decimals, false).replace("\"", "") + ")" : "-" + figure(income,
          decimals, false).replace("\"", "");
      if (quoted) {
        in = "\"" + in + "\"";
      }
      String n = figure(net, decimals, quoted);
      sb.append("Line ").append(i).append(',').append(netFirst ? n + "," + g + "," + in : g + "," + in + "," + n)
          .append('\n');
    }
    if (r.nextBoolean()) {
      String g = figure(sumGross, decimals, true);
      String in = "\"-" + figure(sumIncome, decimals, false) + "\"";
      String n = figure(sumGross - sumIncome, decimals, true);
      sb.append("Total,").append(netFirst ? n + "," + g + "," + in : g + "," + in + "," + n).append('\n');
    }
    String text = sb.toString();
    Optional<ReadResult<Document>> read = onePass(text);
    if (plainLines) {
      assertThat(read).isPresent();
    }
    if (read.isPresent()) {
      assertSame(read.get(), whole(text));
      assertThat(read.get().problems().findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }
  }

  private static String figure(long scaled, int decimals, boolean quoted) {
    String s = new java.math.BigDecimal(scaled).movePointLeft(decimals).toPlainString();
    String whole = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
    String rest = s.contains(".") ? s.substring(s.indexOf('.')) : "";
    String grouped = thousands(Long.parseLong(whole)) + rest;
    return quoted ? "\"" + grouped + "\"" : grouped.replace(",", "");
  }

  @Test
  void aLargeTableTheGenericSchemaMisreadsIsReadAsPrintedAsASmallOneIs() {
    // A budget book's columns: net cost = gross + income + grants, and more beside it. Only the
    // generic gross-income-net schema fits, which would hold every net cost against gross + income
    // alone. A small table is judged both ways; one of 6,000 lines was once kept on the generic
    // reading, with a false error on every line.
    StringBuilder text = new StringBuilder("Revenue budget 2024-25\nService,Staffing £'000,Non staffing £'000,"
        + "Gross expenditure £'000,Income £'000,Grants £'000,Net cost £'000,Net cost last year £'000,Change £'000,FTE\n");
    for (int i = 1; i <= 6000; i++) {
      int staffing = 100 + i % 97;
      int other = 200 + i % 89;
      int income = i % 53;
      int grants = i % 31;
      int net = staffing + other - income - grants;
      int last = 250 + i % 41;
      text.append("Service ").append(i).append(',').append(staffing).append(".0,").append(other).append(".0,")
          .append(staffing + other).append(".0,-").append(income).append(".0,-").append(grants).append(".0,")
          .append(net).append(".0,").append(last).append(".0,").append(net - last).append(".0,").append(i % 50)
          .append(".25\n");
    }
    ReadResult<Document> read = TableReader.standard().read("budget-book.csv", text.toString());

    assertThat(read.validate().errors()).isEmpty();
    assertThat(read.notes().withCode(CsvRules.LAYOUT_DISCOVERED)).first().extracting(f -> f.message()).asString()
        .contains("as the generic gross-income-net reading leaves").contains("of its first 2000 rows");
  }
}
