package org.scplan.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scplan.budget.BudgetSchema;
import org.scplan.core.AmountUnit;
import org.scplan.core.Document;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.core.Rag;
import org.scplan.core.ReadResult;
import org.scplan.core.Report;
import org.scplan.core.ReportingPeriod;
import org.scplan.csv.IncomeSign;
import org.scplan.csv.TableFormat;
import org.scplan.csv.TableKind;
import org.scplan.csv.TableOptions;
import org.scplan.csv.TableReader;
import org.scplan.csv.TableSchema;
import org.scplan.csv.TableSchemas;
import org.scplan.csv.YearColumns;
import org.scplan.json.BudgetSchemaJson;
import org.scplan.json.RiskMatrixJson;
import org.scplan.json.ScplanJson;
import org.scplan.performance.RagRule;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskMatrix;
import org.scplan.sheets.WorkbookReader;
import picocli.CommandLine.Option;

/**
 * How tables are read: the options {@code table} and {@code report} share, and the readers they
 * describe. A schema or matrix of the user's own is read from JSON by io-json's
 * {@link BudgetSchemaJson} and {@link RiskMatrixJson}. Not API.
 */
final class TableInputs {
  @Option(names = "--kind", paramLabel = "KIND", description = "budget, indicators or risks (default: from the headings)")
  private String kind;

  @Option(names = "--format", paramLabel = "FORMAT", description = "csv, tsv or semicolon (default: tsv if the first"
      + " lines hold a tab, semicolon if they hold semicolons more regularly than commas, else csv)")
  private String format;

  @Option(names = "--title", paramLabel = "TEXT", description = "the section's title (default: the title row, or the file name)")
  private String title;

  @Option(names = "--id", paramLabel = "ID", description = "the section's id (default: the title in lower case with hyphens)")
  private String id;

  @Option(names = "--column", paramLabel = "HEADING=FIELD", description = {"read a heading as a field (repeatable): a "
      + "budget schema's column key, or a field of an indicator table (${sys:scplan.indicatorFields}) or a risk "
      + "table (${sys:scplan.riskFields})"})
  private List<String> columns = new ArrayList<>();

  @Option(names = "--strict", description = "a heading or column the reader does not know is an error, not a note")
  private boolean strict;

  @Option(names = "--schema", paramLabel = "NAME", completionCandidates = Schemas.class,
      description = "a built-in budget schema: ${COMPLETION-CANDIDATES} (default: the one the headings match best)")
  private String schema;

  @Option(names = "--schema-file", paramLabel = "FILE", description = "a budget schema of your own, in JSON (see "
      + "io-json's README)")
  private List<String> schemaFiles = new ArrayList<>();

  @Option(names = "--unit", paramLabel = "UNIT", description = "£, £'000 or £m (default: from the headings, else £)")
  private String unit;

  @Option(names = "--precision", paramLabel = "N", description = "decimal places of every column, -3 for the nearest "
      + "1,000 (default: as printed; whole thousands of pounds read to £1,000)")
  private String precision;

  @Option(names = "--income-sign", paramLabel = "SIGN", description = "negative, positive or auto (default auto: as "
      + "most income figures)")
  private String incomeSign;

  @Option(names = "--year", paramLabel = "YEAR", description = "the budget's financial year, such as 2018-19 (default: "
      + "from the headings)")
  private String year;

  @Option(names = "--years", paramLabel = "HOW", description = "separate (a profile per year, default) or comparatives")
  private String years;

  @Option(names = "--total-row", paramLabel = "NAME", description = "the grand total's row (default: Total, Totals, "
      + "Grand total, ...)")
  private String totalRow;

  @Option(names = "--transposed", description = "the schema's columns down the side, years or lines across (default: "
      + "detected)")
  private boolean transposed;

  @Option(names = "--line", paramLabel = "NAME", description = "the line of a transposed table whose columns are years")
  private String line;

  @Option(names = "--rule", paramLabel = "RULE", description = "an indicator table's RAG rule: kent-floor (default), "
      + "tolerance-N (such as tolerance-10) or margin-N (such as margin-2.5)")
  private String rule;

  @Option(names = "--rule-file", paramLabel = "FILE", description = "a file holding a rule's name, as a plan's \"rule\" "
      + "member does")
  private String ruleFile;

  @Option(names = "--polarity", paramLabel = "P", description = "higher, lower or none, for indicators that print none "
      + "(default higher)")
  private String polarity;

  @Option(names = "--period", paramLabel = "PERIOD", description = "the period of columns whose headings name none: "
      + "2018-19, Q1 2018-19")
  private String period;

  @Option(names = "--status-map", paramLabel = "CODES", description = "a council's own status codes: "
      + "lg=green,la=amber,lr=red (repeatable)")
  private List<String> statusMaps = new ArrayList<>();

  @Option(names = "--status-map-file", paramLabel = "FILE", description = "the same, one CODE=STATUS a line or "
      + "separated by commas")
  private String statusMapFile;

  @Option(names = "--matrix", paramLabel = "NAME", completionCandidates = Matrices.class,
      description = "a built-in risk matrix: ${COMPLETION-CANDIDATES} (default kent-5x5)")
  private String matrix;

  @Option(names = "--matrix-file", paramLabel = "FILE", description = "a risk matrix of your own, in JSON (see "
      + "io-json's README)")
  private List<String> matrixFiles = new ArrayList<>();

  @Option(names = "--as-at", paramLabel = "DATE", description = "the date a register stands at, such as 2018-09-30")
  private String asAt;

  @Option(names = "--sheet", paramLabel = "NAME", description = "a workbook's sheet to read (repeatable; default: every "
      + "sheet that holds a table)")
  private List<String> sheets = new ArrayList<>();


  /** The built-in schemas' names, for help and shell completion. */
  static final class Schemas implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return TableSchemas.names().iterator();
    }
  }

  /** The built-in matrices' names, for help and shell completion. */
  static final class Matrices implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return RiskMatrices.names().iterator();
    }
  }

  /** A command-line mistake: the message is printed and the command exits with status 2. */
  static final class Mistake extends Exception {
    private static final long serialVersionUID = 1L;

    Mistake(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The readers the options describe.
   *
   * @param tables reads CSV and TSV tables
   * @param workbooks reads .xlsx and .ods workbooks, the sheets given or every sheet
   * @param unreadable the reports of schema and matrix files that could not be read; when there are
   *     any, nothing else should be read
   */
  record Readers(TableReader tables, WorkbookReader workbooks, List<Report.Entry> unreadable) {
    /** Reads a file as its name says: a workbook, a table, or (unless every file is a table) scplan JSON. */
    ReadResult<Document> read(Path file, boolean everyFileIsATable) {
      String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (WorkbookReader.isWorkbook(file) || name.endsWith(".xls")) {
        // An Excel 97-2003 .xls goes to the workbook reader, which names it as such.
        return workbooks.read(file);
      }
      if (everyFileIsATable || name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
        return tables.read(file);
      }
      return ScplanJson.standard().read(file);
    }
  }

  /**
   * Reads and checks a file as {@link Readers#read} does; a file that needs more memory than the
   * program may use (in reading, or in checking what was read) is an unreadable file that says so,
   * never an internal error.
   */
  static Report.Entry check(Path file, java.util.function.Function<Path, ReadResult<?>> reader) {
    try {
      return Report.check(file, reader.apply(file));
    } catch (OutOfMemoryError e) {
      String name = file.toString();
      String lower = name.toLowerCase(Locale.ROOT);
      String code = WorkbookReader.isWorkbook(file) ? org.scplan.sheets.SheetRules.WORKBOOK_TOO_LARGE
          : lower.endsWith(".json") ? org.scplan.json.JsonRules.TOO_LARGE : org.scplan.csv.CsvRules.FILE_TOO_LARGE;
      long mib = 1024 * 1024;
      long max = Runtime.getRuntime().maxMemory();
      return Report.check(file, ReadResult.of(name, null, org.scplan.core.ValidationReport.of(
          org.scplan.core.Finding.error(code, org.scplan.core.Location.document().inFile(name),
              "The file is too large for the memory this program may use (" + max / mib + " MiB) to read and"
                  + " check it; give Java more (for scplan, JDK_JAVA_OPTIONS=-Xmx" + (2 * max / (1024 * mib) + 1)
                  + "g)"))));
    }
  }

  /** Builds the readers the options describe; a mistake in an option is a {@link Mistake}. */
  Readers readers() throws Mistake {
    TableOptions.Builder options = TableOptions.builder().commandLine(true);
    String[][] given = {{"--kind", kind}, {"--format", format}, {"--title", title}, {"--id", id},
        {"--schema", schema}, {"--unit", unit}, {"--precision", precision}, {"--income-sign", incomeSign},
        {"--year", year}, {"--years", years}, {"--total-row", totalRow}, {"--line", line}, {"--rule", rule},
        {"--rule-file", ruleFile}, {"--polarity", polarity}, {"--period", period},
        {"--status-map-file", statusMapFile}, {"--matrix", matrix}, {"--as-at", asAt}};
    for (String[] o : given) {
      if (o[1] != null) {
        option(options, o[0], o[1]);
      }
    }
    for (String c : columns) {
      option(options, "--column", c);
    }
    for (String m : statusMaps) {
      option(options, "--status-map", m);
    }
    if (transposed) {
      options.transposed(true);
    }
    if (strict) {
      options.strict(true);
    }
    if (schemaFiles.size() + matrixFiles.size() > 1 || !schemaFiles.isEmpty() && schema != null
        || !matrixFiles.isEmpty() && matrix != null) {
      throw new Mistake("give one schema (--schema or --schema-file) and one matrix (--matrix or --matrix-file)");
    }
    List<Report.Entry> unreadable = new ArrayList<>();
    for (String f : schemaFiles) {
      ReadResult<BudgetSchema> read = BudgetSchemaJson.read(Path.of(f));
      read.value().ifPresent(s -> options.schema(TableSchema.of(s)));
      if (!read.isRead()) {
        unreadable.add(Report.check(Path.of(f), read));
      }
    }
    for (String f : matrixFiles) {
      ReadResult<RiskMatrix> read = RiskMatrixJson.read(Path.of(f));
      read.value().ifPresent(options::matrix);
      if (!read.isRead()) {
        unreadable.add(Report.check(Path.of(f), read));
      }
    }
    TableReader reader = TableReader.of(options.build());
    return new Readers(reader, WorkbookReader.of(reader).sheets(sheets.toArray(String[]::new)), List.copyOf(unreadable));
  }


  private static void option(TableOptions.Builder options, String option, String value) throws Mistake {
    try {
      switch (option) {
        case "--kind" -> options.kind(TableKind.parse(value));
        case "--format" -> options.format(TableFormat.parse(value));
        case "--schema" -> options.schema(TableSchemas.named(value));
        case "--column" -> {
          int eq = value.lastIndexOf('=');
          if (eq <= 0 || eq == value.length() - 1) {
            throw new Mistake("--column needs HEADING=FIELD, such as \"Spend 19/20=gross\" or \"Outturn=value\"; got \""
                + value + "\"");
          }
          options.putColumn(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
        }
        case "--status-map" -> statusMap(options, value, "--status-map");
        case "--status-map-file" ->
            statusMap(options, textFile(value, "--status-map-file"), "--status-map-file " + value);
        case "--unit" -> options.unit(AmountUnit.parse(value));
        case "--precision" -> options.decimals(decimals(value));
        case "--income-sign" -> options.incomeSign(IncomeSign.parse(value));
        case "--year" -> options.year(FinancialYear.parse(value));
        case "--years" -> options.yearColumns(YearColumns.parse(value));
        case "--total-row" -> options.totalRow(value);
        case "--line" -> options.lineName(value);
        case "--title" -> options.title(value);
        case "--id" -> options.id(value);
        case "--rule" -> options.rule(RagRule.parse(value));
        case "--rule-file" -> options.rule(RagRule.parse(ruleFile(value)));
        case "--polarity" -> options.polarity(Polarity.parse(value));
        case "--period" -> options.period(ReportingPeriod.parse(value));
        case "--matrix" -> options.matrix(RiskMatrices.named(value));
        case "--as-at" -> options.asAt(LocalDate.parse(value));
        default -> throw new Mistake("unknown option \"" + option + "\" (see scplan table --help)");
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new Mistake(option + ": " + e.getMessage());
    }
  }

  /**
   * Reads a council's status codes, {@code lg=green,la=amber,lr=red}, separated by commas or lines.
   */
  private static void statusMap(TableOptions.Builder options, String pairs, String what) throws Mistake {
    for (String pair : pairs.split("[,\\n]")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.lastIndexOf('=');
      if (eq <= 0 || eq == pair.strip().length() - 1 && pair.strip().endsWith("=")) {
        throw new Mistake(what + " needs CODE=STATUS pairs, such as lg=green,la=amber,lr=red; got \"" + pair.strip()
            + "\"");
      }
      try {
        options.putStatusMap(pair.substring(0, eq).strip(), Rag.parse(pair.substring(eq + 1).strip()));
      } catch (IllegalArgumentException e) {
        throw new Mistake(what + ": \"" + pair.strip() + "\": " + e.getMessage());
      }
    }
  }

  /** Reads a small text file named by an option. */
  private static String textFile(String file, String option) throws Mistake {
    try {
      String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
      if (text.length() > 100_000) {
        throw new Mistake(option + " " + file + ": the file is larger than 100,000 characters");
      }
      return text;
    } catch (IOException e) {
      throw new Mistake(option + " " + file + ": could not read the file (" + e.getMessage() + ")");
    }
  }

  /** A rule file holds the rule's name, as a scplan JSON file's {@code "rule"} does: {@code tolerance-10}. */
  private static String ruleFile(String file) throws Mistake {
    try {
      String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
      if (text.length() > 100 || text.isEmpty()) {
        throw new Mistake("--rule-file " + file + ": the file must hold a rule's name, such as tolerance-10");
      }
      return text;
    } catch (IOException e) {
      throw new Mistake("--rule-file " + file + ": could not read the file (" + e.getMessage() + ")");
    }
  }

  private static int decimals(String value) throws Mistake {
    try {
      int d = Integer.parseInt(value.strip());
      if (d < -12 || d > 12) {
        throw new Mistake("--precision needs decimal places from -12 to 12 (-3 for the nearest 1,000); got " + d);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new Mistake("--precision needs a whole number of decimal places (-3 for the nearest 1,000); got \""
          + value + "\"");
    }
  }
}
