package org.scplan.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.PublishedTable;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.Rag;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.Report;
import org.scplan.core.Severity;
import org.scplan.csv.IncomeSign;
import org.scplan.csv.TableFormat;
import org.scplan.csv.TableKind;
import org.scplan.csv.TableOptions;
import org.scplan.csv.TableReader;
import org.scplan.csv.TableSchema;
import org.scplan.csv.TableSchemas;
import org.scplan.csv.YearColumns;
import org.scplan.json.BudgetSchemaJson;
import org.scplan.core.ReadResult;
import org.scplan.json.RiskMatrixJson;
import org.scplan.performance.Polarity;
import org.scplan.performance.RagRule;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskMatrix;

/**
 * {@code scplan table}: reads tables as published (CSV or TSV) and checks them exactly as
 * {@code scplan check} checks the same sections in scplan JSON, printing the same report with the
 * same exit status. A schema or matrix of the user's own is read from JSON by io-json's
 * {@link BudgetSchemaJson} and {@link RiskMatrixJson}; one that cannot be read is reported as an
 * unreadable file (status 2). Not API.
 */
final class TableCommand {
  private TableCommand() {}

  /** A command-line mistake: the message is printed and the command exits with status 2. */
  private static final class Mistake extends Exception {
    private static final long serialVersionUID = 1L;

    Mistake(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Runs {@code table} with the arguments after the command name.
   *
   * @param args options and files
   * @param out where the report goes
   * @param err where command-line problems go
   * @return the exit status
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    boolean json = false;
    Severity threshold = Severity.INFO;
    List<String> files = new ArrayList<>();
    List<String> schemaFiles = new ArrayList<>();
    String saveSchema = null;
    List<String> matrixFiles = new ArrayList<>();
    TableOptions.Builder options = TableOptions.builder();
    try {
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (!a.startsWith("--")) {
          files.add(a);
          continue;
        }
        switch (a) {
          case "--json" -> json = true;
          case "--transposed" -> options.transposed(true);
          case "--strict" -> options.strict(true);
          case "--severity" -> threshold = severity(value(args, ++i, a, "error, warning or info"));
          case "--schema-file" -> schemaFiles.add(value(args, ++i, a, "a file"));
          case "--save-schema" -> saveSchema = value(args, ++i, a, "a file to write the schema to");
          case "--matrix-file" -> matrixFiles.add(value(args, ++i, a, "a file"));
          default -> option(options, a, value(args, ++i, a, "a value"));
        }
      }
      if (files.isEmpty()) {
        throw new Mistake("no files given (see scplan --help)");
      }
      if (schemaFiles.size() + matrixFiles.size() > 1 || !schemaFiles.isEmpty() && args.contains("--schema")
          || !matrixFiles.isEmpty() && args.contains("--matrix")) {
        throw new Mistake("give one schema (--schema or --schema-file) and one matrix (--matrix or --matrix-file)");
      }
      List<Report.Entry> unreadable = new ArrayList<>();
      for (String f : schemaFiles) {
        ReadResult<BudgetSchema> schema = BudgetSchemaJson.read(Path.of(f));
        schema.value().ifPresent(s -> options.schema(TableSchema.of(s)));
        if (!schema.isRead()) {
          unreadable.add(Report.check(Path.of(f), schema));
        }
      }
      for (String f : matrixFiles) {
        ReadResult<RiskMatrix> matrix = RiskMatrixJson.read(Path.of(f));
        matrix.value().ifPresent(options::matrix);
        if (!matrix.isRead()) {
          unreadable.add(Report.check(Path.of(f), matrix));
        }
      }
      if (!unreadable.isEmpty()) {
        return CheckCommand.report(Report.of(unreadable), json, threshold, "file", out);
      }
      TableReader reader = TableReader.of(options.build());
      List<Report.Entry> results = new ArrayList<>();
      for (String file : files) {
        results.add(read(reader, file));
      }
      if (saveSchema != null) {
        save(results, saveSchema, err);
      }
      return CheckCommand.report(Report.of(results), json, threshold, "table", out);
    } catch (Mistake e) {
      err.println("scplan table: " + e.getMessage());
      return ScplanCommand.UNREADABLE;
    }
  }

  /**
   * Writes the layout discovered in the first table read as printed, as a budget schema that
   * {@code --schema-file} reads back.
   */
  private static void save(List<Report.Entry> results, String file, PrintStream err) throws Mistake {
    PublishedTable table = results.stream().flatMap(r -> r.document().stream())
        .flatMap(d -> d.sections().stream())
        .filter(PublishedTable.class::isInstance)
        .map(PublishedTable.class::cast).findFirst()
        .orElseThrow(() -> new Mistake("--save-schema " + file + ": no table was read as printed, so there is no"
            + " discovered layout to save (a table a schema fits is read with that schema)"));
    TableSchema schema;
    try {
      schema = TableSchemas.discovered(table);
      BudgetSchemaJson.write(schema.schema(), Path.of(file));
    } catch (java.io.UncheckedIOException e) {
      throw new Mistake("--save-schema " + file + ": could not write the file (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw new Mistake("--save-schema " + file + ": the layout of " + table.title() + " is no schema: "
          + e.getMessage());
    }
    err.println("scplan table: the layout of " + table.title() + " is saved as schema " + schema.name() + " in "
        + file + "; read tables like it with --schema-file " + file);
  }

  /** Reads a table and checks what was read, as {@code check} checks a file. */
  static Report.Entry read(TableReader reader, String file) {
    return Report.check(Path.of(file), reader.read(Path.of(file)));
  }


  private static String value(List<String> args, int i, String option, String expected) throws Mistake {
    if (i >= args.size()) {
      throw new Mistake(option + " needs " + expected);
    }
    return args.get(i);
  }

  private static Severity severity(String level) throws Mistake {
    try {
      return Severity.valueOf(level.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Mistake("unknown severity \"" + level + "\"; expected error, warning or info");
    }
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
        default -> throw new Mistake("unknown option \"" + option + "\" (see scplan --help)");
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
