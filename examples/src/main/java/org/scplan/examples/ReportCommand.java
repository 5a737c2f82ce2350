package org.scplan.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.core.Report;
import org.scplan.csv.TableOptions;
import org.scplan.csv.TableReader;
import org.scplan.json.ScplanJson;
import org.scplan.sheets.WorkbookReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scplan report}: checks files and writes one self-contained HTML report. Not API. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
    description = {"Check each file as scplan check (a JSON plan or section) or scplan table (a CSV or TSV table, or "
        + "a workbook: .xlsx, .ods) does, and write one self-contained HTML report a council officer can put in a "
        + "board pack: findings by severity, budget tables with the cells that do not add up marked, indicator "
        + "dashboards and XmR charts, risk heat maps. No script, font or image is fetched from anywhere."},
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ScplanCommand.EXIT_OK, ScplanCommand.EXIT_ERRORS,
        ScplanCommand.EXIT_UNREADABLE, ScplanCommand.EXIT_INTERNAL},
    footerHeading = "%nExamples:%n", footer = {"  scplan report -o report.html examples/plans/*.json",
        "  scplan report -o stafford.html examples/tables/stafford-budget-requirement-2024-25.ods"})
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the HTML file to write (default: print it)")
  private Path output;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "the files to check")
  private List<String> files = new ArrayList<>();

  /**
   * Checks the files and writes the report.
   *
   * @return the exit status
   */
  @Override
  public Integer call() {
    TableReader tables = TableReader.of(TableOptions.builder().commandLine(true).build());
    List<Report.Entry> results = new ArrayList<>();
    for (String file : files) {
      results.add(Report.check(Path.of(file), read(Path.of(file), tables)));
    }
    Report report = Report.of(results);
    String html = HtmlReport.write(report);
    if (output == null) {
      ScplanCommand.out(spec).print(html);
    } else {
      try {
        Files.writeString(output, html, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "--output " + output + ": could not write the file ("
            + e.getMessage() + ")");
      }
      ScplanCommand.out(spec).println("scplan report: " + output + " (" + results.size()
          + (results.size() == 1 ? " file" : " files") + "; " + report.totals().errors() + " errors)");
    }
    return report.exitStatus();
  }

  /** A file read as its name says: a workbook, a table, or scplan JSON. */
  static ReadResult<Document> read(Path file, TableReader tables) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (WorkbookReader.isWorkbook(file)) {
      return WorkbookReader.of(tables).read(file);
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
      return tables.read(file);
    }
    return ScplanJson.standard().read(file);
  }
}
