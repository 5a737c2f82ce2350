package org.scplan.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scplan.core.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        + "dashboards and XmR charts, risk heat maps. No script, font or image is fetched from anywhere. Tables are read with the same options as table."},
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ScplanCommand.EXIT_OK, ScplanCommand.EXIT_ERRORS,
        ScplanCommand.EXIT_UNREADABLE, ScplanCommand.EXIT_INTERNAL},
    footerHeading = "%nExamples:%n", footer = {"  scplan report -o report.html examples/plans/*.json",
        "  scplan report -o stafford.html examples/tables/stafford-budget-requirement-2024-25.ods",
        "  scplan report -o budget.html --table --schema gross-income-net --unit \"£'000\" pasted-budget.txt"})
final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the HTML file to write (default: print it)")
  private Path output;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "the files to check")
  private List<String> files = new ArrayList<>();

  @Option(names = "--table", description = "read every FILE as a table (CSV or TSV), whatever its name says "
      + "(workbooks are still read as workbooks)")
  private boolean table;

  @Mixin
  private TableInputs inputs;

  /**
   * Checks the files and writes the report; a command-line mistake is a parameter error (status 2).
   *
   * @return the exit status
   */
  @Override
  public Integer call() {
    TableInputs.Readers readers;
    try {
      readers = inputs.readers();
    } catch (TableInputs.Mistake e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<Report.Entry> results = new ArrayList<>(readers.unreadable());
    if (results.isEmpty()) {
      for (String file : files) {
        results.add(TableInputs.check(Path.of(file), f -> readers.read(f, table)));
      }
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
      ScplanCommand.out(spec).println(org.scplan.core.Markup.visible("scplan report: " + output + " ("
          + results.size() + (results.size() == 1 ? " file" : " files") + "; " + report.totals().errors() + " errors)"));
    }
    return report.exitStatus();
  }
}
