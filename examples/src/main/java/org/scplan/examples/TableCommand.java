package org.scplan.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.List;
import org.scplan.budget.PublishedTable;
import org.scplan.core.Report;
import org.scplan.csv.TableSchema;
import org.scplan.csv.TableSchemas;
import org.scplan.json.BudgetSchemaJson;
import org.scplan.json.RiskMatrixJson;
import org.scplan.examples.TableInputs.Mistake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scplan table}: reads tables as published (CSV or TSV) and checks them exactly as
 * {@code scplan check} checks the same sections in scplan JSON, printing the same report with the
 * same exit status. A schema or matrix of the user's own is read from JSON by io-json's
 * {@link BudgetSchemaJson} and {@link RiskMatrixJson}; one that cannot be read is reported as an
 * unreadable file (status 2). Not API.
 */
@Command(name = "table", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
    description = {"Read each table as published, pasted or saved as CSV or TSV (a budget table, an indicator "
        + "table or a risk register) and check it exactly as check checks the same section in scplan JSON. What "
        + "is not given is detected from the table, and the report says what was decided."},
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ScplanCommand.EXIT_OK, ScplanCommand.EXIT_ERRORS,
        ScplanCommand.EXIT_UNREADABLE, ScplanCommand.EXIT_INTERNAL},
    footerHeading = "%nExamples:%n", footer = {"  scplan table --year 2018-19 table5.tsv",
        "  scplan table --schema gross-income-net --unit \"£'000\" --income-sign positive budget.csv",
        "  scplan table --rule tolerance-10 --polarity lower kpis.csv",
        "  scplan table --matrix npsa-5x5 --as-at 2018-09-30 risks.csv"})
final class TableCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private ReportOptions report;

  @Mixin
  private TableInputs inputs;

  @Option(names = "--save-schema", paramLabel = "FILE", description = "write the layout discovered in a table read as "
      + "printed to FILE, as a schema that --schema-file reads back")
  private String saveSchema;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "the tables to check: CSV or TSV files, or workbooks"
      + " (.xlsx, .ods)")
  private List<String> files = new ArrayList<>();

  /**
   * Reads and checks the tables; a command-line mistake is a parameter error (status 2).
   *
   * @return the exit status
   */
  @Override
  public Integer call() {
    PrintStream out = ScplanCommand.out(spec);
    PrintStream err = ScplanCommand.err(spec);
    try {
      TableInputs.Readers readers = inputs.readers();
      if (!readers.unreadable().isEmpty()) {
        return CheckCommand.report(Report.of(readers.unreadable()), report.json, report.severity, "file", out);
      }
      List<Report.Entry> results = new ArrayList<>();
      for (String file : files) {
        results.add(TableInputs.check(Path.of(file), f -> readers.read(f, true)));
      }
      if (saveSchema != null) {
        save(results, saveSchema, err);
      }
      return CheckCommand.report(Report.of(results), report.json, report.severity, "table", out);
    } catch (Mistake e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
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
    err.println(org.scplan.core.Markup.visible("scplan table: the layout of " + table.title() + " is saved as schema "
        + schema.name() + " in " + file + "; read tables like it with --schema-file " + file));
  }


}
