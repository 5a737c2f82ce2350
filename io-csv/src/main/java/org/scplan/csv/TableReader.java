package org.scplan.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.scplan.core.Document;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.core.internal.Text;
import org.scplan.csv.internal.Labels;

/**
 * Reads tables as councils publish them, pasted or saved as CSV or TSV, into plan sections: a budget
 * table into {@link org.scplan.budget.BudgetProfile}s, an indicator table into an
 * {@link org.scplan.performance.IndicatorSet}, a risk table into a
 * {@link org.scplan.risk.RiskRegister}.
 *
 * <pre>{@code
 * ReadResult<Document> r = TableReader.of(TableOptions.builder().year(FinancialYear.of(2018)).build())
 *     .read(Path.of("table5.tsv"));
 * r.validate()   // reconciled exactly as the same profile read from a scplan JSON file
 * }</pre>
 *
 * <p>Reading never throws for a fault in the file: a cell that cannot be read, a heading that
 * matches nothing, a ragged row or a file that cannot be opened is an ERROR finding in
 * {@link ReadResult#problems()} that names the file, the row and the column. What reading infers
 * (the schema, the unit, a precision of £1,000, how income is printed, a transposed layout) is an
 * INFO finding in {@link ReadResult#notes()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableReader {
  /** The largest file read by default, in bytes ({@link TableLimits#maxBytes()} sets another). */
  public static final long MAX_BYTES = 256L * 1024 * 1024;

  private static final TableReader STANDARD = new TableReader(TableOptions.defaults());

  private final TableOptions options;
  /** How many first rows of a large table decide how it is read (LargeBudget's head); tests make it small. */
  private final int headRows;

  private TableReader(TableOptions options) {
    this(options, LargeBudget.HEAD_ROWS);
  }

  private TableReader(TableOptions options, int headRows) {
    this.options = options;
    this.headRows = headRows;
  }

  /** The same reader deciding a large table by its first {@code rows} rows. Not API: for tests. */
  TableReader withHeadRows(int rows) {
    return new TableReader(options, rows);
  }

  /**
   * Obtains a reader that detects everything.
   *
   * @return the reader
   */
  public static TableReader standard() {
    return STANDARD;
  }

  /**
   * Obtains a reader with options.
   *
   * @param options the options
   * @return the reader
   */
  public static TableReader of(TableOptions options) {
    return new TableReader(requireNonNull(options, "options"));
  }

  /**
   * Returns the options.
   *
   * @return the options
   */
  public TableOptions options() {
    return options;
  }

  /**
   * Reads a table from a file.
   *
   * @param file the file
   * @return what was read; never throws for a fault in the file
   */
  public ReadResult<Document> read(Path file) {
    return worded(readFile(file));
  }

  private ReadResult<Document> readFile(Path file) {
    requireNonNull(file, "file");
    String source = file.toString();
    Problems problems = new Problems(source);
    byte[] bytes;
    try {
      long size = Files.size(file);
      long maxBytes = options.limits().maxBytes();
      if (size > maxBytes) {
        problems.problem(CsvRules.FILE_UNREADABLE, problems.file(), "The file is " + grouped(size) + " bytes, larger"
            + " than the " + grouped(maxBytes) + " bytes" + (maxBytes >= 1 << 20 ? " (" + maxBytes / (1024 * 1024) + " MiB)"
            : "") + " a table may have");
        return result(source, List.of(), problems);
      }
      String binary = binary(file);
      if (binary != null) {
        problems.problem(CsvRules.FILE_UNREADABLE, problems.file(), binary);
        return result(source, List.of(), problems);
      }
      if (size > STREAMED) {
        return streamed(file, source, size, problems);
      }
      if (size * MEMORY_PER_BYTE > available()) {
        tooLarge(problems, size);
        return result(source, List.of(), problems);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      problems.problem(CsvRules.FILE_UNREADABLE, problems.file(), "Could not open the file: no such file");
      return result(source, List.of(), problems);
    } catch (IOException e) {
      problems.problem(CsvRules.FILE_UNREADABLE, problems.file(), "Could not read the file: " + e.getMessage());
      return result(source, List.of(), problems);
    }
    return read(source, bytes, baseName(source), problems);
  }

  /**
   * Reads a table from bytes, decoding UTF-8 (with or without a byte order mark), UTF-16 with a
   * byte order mark, or, failing UTF-8, Windows-1252 as spreadsheets save it (with a note).
   *
   * @param source the name of the source, for findings
   * @param bytes the file's bytes
   * @return what was read
   */
  public ReadResult<Document> read(String source, byte[] bytes) {
    requireNonNull(source, "source");
    requireNonNull(bytes, "bytes");
    return worded(read(source, bytes, baseName(source), new Problems(source)));
  }

  /**
   * Reads a table from text.
   *
   * @param source the name of the source, for findings
   * @param text the table's text
   * @return what was read
   */
  public ReadResult<Document> read(String source, String text) {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    try {
      return worded(readText(source, text, baseName(source), new Problems(source)));
    } catch (OutOfMemoryError e) {
      Problems refused = new Problems(source);
      tooLarge(refused, text.length());
      return result(source, List.of(), refused);
    }
  }

  private ReadResult<Document> read(String source, byte[] bytes, String title, Problems problems) {
    try {
      String text = decode(bytes, problems);
      if (text == null) {
        return result(source, List.of(), problems);
      }
      return readText(source, text, title, problems);
    } catch (OutOfMemoryError e) {
      // Everything read so far is garbage once this frame is left; say so plainly instead of failing.
      Problems refused = new Problems(source);
      tooLarge(refused, bytes.length);
      return result(source, List.of(), refused);
    }
  }

  private static String grouped(long n) {
    return org.scplan.core.internal.Text.grouped(n);
  }

  /**
   * Says what a file is when its first bytes show it is no text at all: a workbook (a zip package,
   * or an OLE2 file: an encrypted workbook or an Excel 97-2003 .xls) named as a table; null for a
   * file that may be text (one with control bytes is read, and they are reported escaped).
   */
  private static String binary(Path file) throws IOException {
    byte[] head;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return "The file is a zip package (a workbook saved as .xlsx or .ods?), not a CSV or TSV table: name it .xlsx"
          + " or .ods, or save the sheet as CSV";
    }
    if (head.length >= 4 && (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf && head[2] == 0x11
        && (head[3] & 0xff) == 0xe0) {
      return "The file is an encrypted workbook or an Excel 97-2003 (.xls) workbook, not a CSV or TSV table: save"
          + " it unencrypted as .xlsx or .ods, or save the sheet as CSV";
    }
    return null;
  }

  /**
   * About how many bytes of heap reading and checking a table takes for each byte of its file:
   * measured on a 1,000,000-row budget table (BENCHMARKS.md), with room to spare; the system
   * property {@code scplan.table.memoryPerByte} sets another (0 reads whatever the size).
   */
  static final long MEMORY_PER_BYTE = Long.getLong("scplan.table.memoryPerByte", 10);

  private static long available() {
    Runtime rt = Runtime.getRuntime();
    return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
  }

  private static void tooLarge(Problems problems, long size) {
    long mib = 1024 * 1024;
    problems.problem(CsvRules.FILE_TOO_LARGE, problems.file(), "The table is too large for the memory this program"
        + " may use: its " + (size + mib - 1) / mib + " MiB need about " + (size * MEMORY_PER_BYTE + mib - 1) / mib
        + " MiB, and " + Math.max(0, available() / mib) + " MiB are free; give Java more (for scplan,"
        + " JDK_JAVA_OPTIONS=-Xmx" + Math.max(1, (size * MEMORY_PER_BYTE * 5 / 4) / (1024 * mib) + 1)
        + "g) or split the table");
  }

  /** Files larger than this are read as a stream, never held whole as bytes and again as text. */
  static final long STREAMED = 1L << 20;

  /**
   * Reads a large file without holding it whole: the first 64 KiB decide the encoding's byte order
   * mark and the format, then the file is decoded as it is parsed, strictly as UTF-8 (or the byte
   * order mark's charset); a file that proves not to be UTF-8 is read again as Windows-1252.
   */
  private ReadResult<Document> streamed(Path file, String source, long size, Problems problems) {
    try {
      byte[] head = new byte[(int) Math.min(size, 64 * 1024)];
      try (java.io.InputStream in = Files.newInputStream(file)) {
        int n = in.readNBytes(head, 0, head.length);
        head = java.util.Arrays.copyOf(head, n);
      }
      int skip = 0;
      Charset charset = StandardCharsets.UTF_8;
      if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
        skip = 3;
      } else if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
        skip = 2;
        charset = StandardCharsets.UTF_16LE;
      } else if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
        skip = 2;
        charset = StandardCharsets.UTF_16BE;
      }
      String start = new String(head, skip, head.length - skip, charset);
      TableFormat format = options.format().orElseGet(() -> TableFormat.detect(start));
      if (skip != 2 && size * LargeBudget.MEMORY_PER_BYTE <= available()) {
        Optional<ReadResult<Document>> large = LargeBudget.read(this, file, source, skip, format, headRows);
        if (large.isPresent()) {
          return large.get();
        }
      }
      if (size * MEMORY_PER_BYTE > available()) {
        tooLarge(problems, size);
        return result(source, List.of(), problems);
      }
      try {
        return readRaw(source, parse(file, skip, charset, format, problems), baseName(source), problems);
      } catch (Undecodable e) {
        if (charset != StandardCharsets.UTF_8) {
          problems.problem(CsvRules.FILE_UNREADABLE, problems.file(), "The file starts with a " + charset.name()
              + " byte order mark but is not " + charset.name() + " text");
          return result(source, List.of(), problems);
        }
        Problems again = new Problems(source);
        Charset windows = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252")
            : StandardCharsets.ISO_8859_1;
        again.note(CsvRules.FILE_ENCODING, Severity.INFO, again.file(), "The file is not UTF-8; it is read as "
            + windows.displayName(Locale.ROOT) + ", as spreadsheets save tables (£ is byte A3)");
        return readRaw(source, parse(file, 0, windows, format, again), baseName(source), again);
      }
    } catch (IOException e) {
      problems.problem(CsvRules.FILE_UNREADABLE, problems.file(), "Could not read the file: " + e.getMessage());
      return result(source, List.of(), problems);
    } catch (OutOfMemoryError e) {
      Problems refused = new Problems(source);
      tooLarge(refused, size);
      return result(source, List.of(), refused);
    }
  }

  /** A file whose bytes are not text in the charset it is read in. */
  private static final class Undecodable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Undecodable(Throwable cause) {
      super(cause);
    }
  }

  private RawTable parse(Path file, int skip, Charset charset, TableFormat format, Problems problems)
      throws IOException {
    java.nio.charset.CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (java.io.InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(skip);
      java.io.Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, decoder), 1 << 16);
      return RawTable.parse(reader, Files.size(file) - skip, format, options.limits(), problems);
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new Undecodable(e.getCause());
      }
      throw e;
    }
  }

  private ReadResult<Document> readText(String source, String text, String title, Problems problems) {
    TableFormat format = options.format().orElseGet(() -> TableFormat.detect(text));
    return readRaw(source, RawTable.parse(text, format, options.limits(), problems), title, problems);
  }

  /**
   * Reads the sheets of a workbook, each through the same pipeline as a CSV file: every sheet that
   * holds a table is read as one titled with the sheet's name, and each finding names its cell as
   * the workbook does ({@code Budget!D14}). A sheet in which no row has two cells filled (notes, a
   * cover) is left out with a note. The workbook readers of module io-sheets call this.
   *
   * <p>A sheet of more than 2,000 rows is decided by its first 2,000, as a large CSV table is: its
   * kind, headings and schema; when they make it a table read as printed, the rest of its rows are
   * read with them, each plain figure ({@link PrintedSheet#builder}) without printing it: the
   * counts, rows and relations are the whole sheet's, as reading it whole finds them. Any other
   * sheet is read whole.
   *
   * @param source the workbook's name, for findings
   * @param sheets the sheets, in the workbook's order
   * @return what was read: the sections of every sheet, or the problems that stopped reading
   */
  public ReadResult<Document> read(String source, List<PrintedSheet> sheets) {
    requireNonNull(source, "source");
    requireNonNull(sheets, "sheets");
    Problems problems = new Problems(source);
    List<PlanSection> sections = new ArrayList<>();
    for (PrintedSheet sheet : sheets) {
      List<PlanSection> large = largeSheet(sheet, problems);
      if (large != null) {
        sections.addAll(large);
        continue;
      }
      RawTable raw = RawTable.of(sheet.rows());
      if (!holdsATable(raw)) {
        problems.note(CsvRules.SHEET_SKIPPED, Severity.INFO, problems.file(), "Sheet " + sheet.name()
            + " holds no table (no row has two cells filled); it is not read");
        continue;
      }
      problems.sheet(sheet.name());
      sections.addAll(sections(raw, Labels.clean(sheet.name()).isEmpty() ? "sheet" : Labels.clean(sheet.name()),
          problems));
      problems.sheet(null);
    }
    return worded(result(source, sections, problems));
  }

  /**
   * Reads a sheet of more rows than decide how a large table is read ({@code headRows}) with its
   * table decided by those first rows, and the rest read with it without printing its plain figures
   * (a budget read as printed: {@link FigureTables}); null when the sheet is small, or its first rows
   * read as anything else (a budget profile, indicators, risks), when it is read whole.
   */
  List<PlanSection> largeSheet(PrintedSheet sheet, Problems problems) {
    int count = sheet.rowCount();
    if (count <= headRows) {
      return null;
    }
    RawTable head = RawTable.of(sheet.head(headRows));
    int width = 0;
    for (int i = 0; i < count; i++) {
      width = Math.max(width, sheet.line(i).size());
    }
    int headWidth = 0;
    for (int i = 0; i < headRows; i++) {
      headWidth = Math.max(headWidth, sheet.line(i).size());
    }
    if (width > headWidth) {
      return null; // the rest is wider than the first rows: every row is read in the sheet's width
    }
    int end = count;
    while (end > headRows && (sheet.line(end - 1).size() == 0
        || isNote(RawTable.sheetRow(end, sheet.line(end - 1).texts(), width)))) {
      end--;
    }
    if (end <= headRows || !holdsATable(head) || head.rows().stream().allMatch(RawTable.Row::isBlank)) {
      return null;
    }
    Problems.Mark mark = problems.mark();
    java.util.Map<org.scplan.core.Location, org.scplan.core.Location> cells = problems.saveCells();
    problems.sheet(sheet.name());
    try {
      for (int i = end; i < count; i++) {
        noteBelow(RawTable.sheetRow(i + 1, sheet.line(i).texts(), width), problems);
      }
      if (kind(head, problems) != TableKind.BUDGET) {
        throw SheetTail.GiveUp.INSTANCE;
      }
      String title = Labels.clean(sheet.name()).isEmpty() ? "sheet" : Labels.clean(sheet.name());
      List<PlanSection> read = new BudgetTables(options, problems, title, false, headRows,
          new SheetTail(sheet, headRows, end, width)).read(head);
      problems.sheet(null);
      return read;
    } catch (SheetTail.GiveUp e) {
      problems.reset(mark);
      problems.restoreCells(cells);
      problems.sheet(null);
      return null;
    }
  }

  /** Whether a sheet holds a table: a row with two cells filled (a cover or a page of notes has none). */
  private static boolean holdsATable(RawTable raw) {
    for (RawTable.Row row : raw.rows()) {
      if (row.nonBlank() >= 2) {
        return true;
      }
    }
    return false;
  }

  private ReadResult<Document> readRaw(String source, RawTable raw, String title, Problems problems) {
    if (raw == null) {
      return result(source, List.of(), problems);
    }
    return result(source, sections(raw, title, problems), problems);
  }

  private List<PlanSection> sections(RawTable raw, String title, Problems problems) {
    if (raw.rows().stream().allMatch(RawTable.Row::isBlank)) {
      problems.problem(CsvRules.TABLE_EMPTY, problems.file(), "The table is empty");
      return List.of();
    }
    raw = withoutNotesBelow(raw, problems);
    TableKind kind = kind(raw, problems);
    List<PlanSection> sections = new ArrayList<>();
    switch (kind) {
      case BUDGET -> sections.addAll(new BudgetTables(options, problems, title, false, headRows).read(raw));
      case INDICATORS -> new IndicatorTables(options, problems, title).read(raw).ifPresent(sections::add);
      case RISKS -> new RiskTables(options, problems, title).read(raw).ifPresent(sections::add);
      default -> throw new AssertionError(kind);
    }
    return sections;
  }

  /**
   * Leaves out the rows below a table that hold one cell of words and nothing else ("Note: figures
   * in £ million", "Source: the council's budget book"), with a note for each: a published page
   * puts its notes under the table, in whatever column they fall. A lone figure is kept (it may be
   * a total printed without its name), and so is everything above the last row of two cells.
   */
  private static RawTable withoutNotesBelow(RawTable raw, Problems problems) {
    List<RawTable.Row> rows = raw.rows();
    int end = rows.size();
    while (end > 0 && (rows.get(end - 1).isBlank() || isNote(rows.get(end - 1)))) {
      end--;
    }
    if (end == rows.size() || end == 0) {
      return raw;
    }
    for (RawTable.Row row : rows.subList(end, rows.size())) {
      noteBelow(row, problems);
    }
    return raw.head(end);
  }

  /** Notes a row below a table that holds a note about it; a blank row is passed over. */
  private static void noteBelow(RawTable.Row row, Problems problems) {
    if (!row.isBlank()) {
      String note = row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElseThrow().clean();
      problems.note(CsvRules.NOTE_BELOW, Severity.INFO, problems.atRow(row), "Row " + row.number()
          + " below the table is a note about it, not a row of it: " + Text.quote(note));
    }
  }

  /** Whether a row holds one cell, of words: a note (a figure alone, or a row of two cells, is not). */
  private static boolean isNote(RawTable.Row row) {
    if (row.nonBlank() != 1) {
      return false;
    }
    String text = row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElseThrow().clean();
    if (text.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    try {
      return !TableCell.parse(text).isFigure();
    } catch (RuntimeException e) {
      return true; // words that are no figure
    }
  }

  /**
   * Reads the first rows of a large table, as {@link LargeBudget} asks: the plan of a budget read as
   * one profile of plain lines, or null if the head is anything else.
   */
  BudgetTables.Plan readHead(RawTable raw, String title, Problems problems) {
    if (raw == null || raw.rows().stream().allMatch(RawTable.Row::isBlank) || kind(raw, problems) != TableKind.BUDGET) {
      return null;
    }
    BudgetTables tables = new BudgetTables(options, problems, title, true, headRows);
    List<PlanSection> sections = tables.read(raw);
    BudgetTables.Plan plan = tables.plan();
    return problems.hasProblems() || sections.size() != 1 || plan == null || plan.builder == null
        || !(sections.get(0) instanceof org.scplan.budget.BudgetProfile p) || p.lineCount() != plan.lines ? null : plan;
  }

  /**
   * The API's names for the command line's options, as findings give them to an API caller: a
   * message says "give TableOptions.incomeSign", not "give --income-sign".
   */
  private static final java.util.Map<String, String> API_NAMES = java.util.Map.ofEntries(
      java.util.Map.entry("--income-sign", "TableOptions.incomeSign"), java.util.Map.entry("--year", "TableOptions.year"),
      java.util.Map.entry("--unit", "TableOptions.unit"), java.util.Map.entry("--precision", "TableOptions.decimals"),
      java.util.Map.entry("--kind", "TableOptions.kind"), java.util.Map.entry("--column", "TableOptions.putColumn"),
      java.util.Map.entry("--schema-file", "TableSchema.of (a schema read with BudgetSchemaJson)"),
      java.util.Map.entry("--schema", "TableOptions.schema"), java.util.Map.entry("--polarity", "TableOptions.polarity"),
      java.util.Map.entry("--period", "TableOptions.period"), java.util.Map.entry("--status-map",
          "TableOptions.putStatusMap"), java.util.Map.entry("--strict", "TableOptions.strict"),
      java.util.Map.entry("--save-schema", "TableSchemas.discovered"), java.util.Map.entry("--total-row",
          "TableOptions.totalRow"), java.util.Map.entry("--transposed", "TableOptions.transposed"),
      java.util.Map.entry("--rule", "TableOptions.rule"), java.util.Map.entry("--matrix", "TableOptions.matrix"),
      java.util.Map.entry("--as-at", "TableOptions.asAt"), java.util.Map.entry("--line", "TableOptions.lineName"),
      java.util.Map.entry("--years", "TableOptions.yearColumns"));

  private static final java.util.regex.Pattern FLAG = java.util.regex.Pattern.compile("--[a-z][a-z-]*");

  /** The findings worded for the reader's audience: an API caller reads the API's names of options. */
  private ReadResult<Document> worded(ReadResult<Document> result) {
    if (options.commandLine()) {
      return result;
    }
    return result.mapFindings(f -> {
      String m = FLAG.matcher(f.message()).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(
          API_NAMES.getOrDefault(r.group(), r.group())));
      return m.equals(f.message()) ? f : f.withMessage(m);
    });
  }


  static ReadResult<Document> result(String source, List<PlanSection> sections, Problems problems) {
    if (!problems.hasProblems() && sections.isEmpty()) {
      problems.problem(CsvRules.TABLE_EMPTY, problems.file(), "The table holds nothing to check");
    }
    if (problems.hasProblems()) {
      return ReadResult.<Document>of(source, null, problems.problems()).withNotes(problems.notes());
    }
    return ReadResult.of(source, Document.of(sections), ValidationReport.empty()).withNotes(problems.notes())
        .withCells(problems.cells());
  }


  /**
   * What the table holds: as given by --kind; a budget if a schema is named; else what headings
   * that only indicator or risk tables have say; else what the other options imply (--year and
   * --unit are given for tables of every kind, so they decide only when the headings do not).
   */
  private TableKind kind(RawTable raw, Problems problems) {
    if (options.kind().isPresent()) {
      return options.kind().get();
    }
    if (options.schema().isPresent()) {
      return TableKind.BUDGET;
    }
    List<String> indicators = telling(raw, Vocabulary::isIndicatorHeading);
    List<String> risks = telling(raw, Vocabulary::isRiskHeading);
    boolean money = headings(raw).stream().anyMatch(t -> Vocabulary.MONEY_HEADING.matcher(Labels.words(t)).matches()
        || Labels.unit(t).isPresent()) || mostlyPounds(raw) || unitsUnderHeadings(raw);
    // A heading of money ("Actual spend", "Forecast spend") tells nothing of indicators; in a table of
    // money only a heading no budget has (Target, RAG, Status, Indicator) makes it an indicator table.
    indicators = indicators.stream().filter(t -> !Vocabulary.MONEY_HEADING.matcher(Labels.words(t)).matches())
        .toList();
    // A title ("Performance: 2011/12") may tell an indicator table, but in a table of money only a
    // heading over the columns does ("Table 1a: reporting measures" over figures in £ is no KPI table).
    boolean strong = indicators.size() > 1 || !titleTells(raw, Vocabulary::isIndicatorHeading);
    strong &= indicators.stream().anyMatch(t -> Labels.words(t).matches(
        "(.* )?(targets?|rag|status|polarity|indicators?|kpis?|measures?|floor)( .*)?"));
    TableKind byHeadings = risks.size() >= 2 && risks.size() > indicators.size() ? TableKind.RISKS
        : indicators.size() >= 2 && indicators.size() >= risks.size() && (!money || strong) ? TableKind.INDICATORS
        : indicators.size() == 1 && risks.isEmpty() && (!money || strong) ? TableKind.INDICATORS : null;
    if (byHeadings != null) {
      List<String> headings = byHeadings == TableKind.RISKS ? risks : indicators;
      problems.note(CsvRules.KIND_DETECTED, Severity.INFO, problems.file(), "The headings read as "
          + (byHeadings == TableKind.RISKS ? "a risk register" : "an indicator table") + " ("
          + headings.stream().map(Headings::quoted).collect(Collectors.joining(", ")) + "); give --kind to read it"
          + " otherwise");
      return byHeadings;
    }
    List<String> mapped = List.copyOf(options.columns().values());
    boolean indicatorFields = mapped.stream().anyMatch(k -> TableOptions.INDICATOR_FIELDS.contains(k)
        && !TableOptions.RISK_FIELDS.contains(k));
    boolean riskFields = mapped.stream().anyMatch(k -> TableOptions.RISK_FIELDS.contains(k)
        && !TableOptions.INDICATOR_FIELDS.contains(k));
    if (indicatorFields != riskFields) {
      return indicatorFields ? TableKind.INDICATORS : TableKind.RISKS;
    }
    TableOptions d = TableOptions.defaults();
    if (!options.rule().equals(d.rule()) || options.polarity().isPresent() || options.period().isPresent()
        || !options.statusMap().isEmpty()) {
      return TableKind.INDICATORS;
    }
    if (!options.matrix().equals(d.matrix()) || options.asAt().isPresent()) {
      return TableKind.RISKS;
    }
    return TableKind.BUDGET;
  }

  /** Whether a row of units under the headings ({@code £}, {@code £'000}) names money for any column. */
  private static boolean unitsUnderHeadings(RawTable raw) {
    return Headings.find(raw, t -> Labels.isYear(t) ? 0 : 1)
        .map(h -> java.util.Arrays.stream(h.unit).anyMatch(java.util.Objects::nonNull)).orElse(false);
  }

  /** Whether most figures of the table's first rows carry a £ sign: a table of money, whatever its headings. */
  private static boolean mostlyPounds(RawTable raw) {
    int figures = 0;
    int pounds = 0;
    for (int i = 0; i < raw.rows().size() && i < 200; i++) {
      RawTable.Row r = raw.rows().get(i);
      for (int c = 1; c < r.size(); c++) {
        String t = r.text(c);
        if (!t.isEmpty() && (Character.isDigit(t.charAt(t.length() - 1)) || t.endsWith("m") || t.endsWith("k"))
            && t.chars().anyMatch(Character::isDigit)) {
          figures++;
          pounds += t.contains("£") ? 1 : 0;
        }
      }
    }
    return figures > 0 && pounds * 2 > figures;
  }

  /** The headings of the row that names the most columns (any words count). */
  private static List<String> headings(RawTable raw) {
    return Headings.find(raw, t -> Labels.isYear(t) ? 0 : 1).map(h -> List.of(h.heading)).orElse(List.of());
  }

  /** Whether the row that tells what a table holds is a title: one cell, over the headings. */
  private static boolean titleTells(RawTable raw, Predicate<String> tells) {
    return Headings.find(raw, t -> tells.test(t) ? 1 : 0)
        .map(h -> java.util.Arrays.stream(h.heading).filter(x -> !x.isEmpty()).count() < 2).orElse(false);
  }

  /** The headings of the heading row that tell what a table holds. */
  private static List<String> telling(RawTable raw, Predicate<String> tells) {
    Optional<Headings> h = Headings.find(raw, t -> tells.test(t) ? 1 : 0);
    if (h.isEmpty()) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    for (String heading : h.get().heading) {
      if (!heading.isEmpty() && tells.test(heading)) {
        found.add(heading);
      }
    }
    return found;
  }

  private static String decode(byte[] bytes, Problems problems) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return strict(bytes, 3, StandardCharsets.UTF_8, problems);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, problems);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, problems);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      Charset windows = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252")
          : StandardCharsets.ISO_8859_1;
      problems.note(CsvRules.FILE_ENCODING, Severity.INFO, problems.file(),
          "The file is not UTF-8; it is read as " + windows.displayName(Locale.ROOT)
              + ", as spreadsheets save tables (£ is byte A3)");
      return new String(bytes, windows);
    }
  }

  private static String strict(byte[] bytes, int offset, Charset charset, Problems problems) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      problems.problem(CsvRules.FILE_UNREADABLE, problems.file(), "The file starts with a " + charset.name()
          + " byte order mark but is not " + charset.name() + " text");
      return null;
    }
  }

  static String baseName(String source) {
    String n = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    int dot = n.lastIndexOf('.');
    n = dot > 0 ? n.substring(0, dot) : n;
    return Labels.clean(n).isEmpty() ? "table" : Labels.clean(n);
  }

  /**
   * Returns the reader's options on one line.
   *
   * @return the reader as text
   */
  @Override
  public String toString() {
    return "TableReader " + options;
  }
}
