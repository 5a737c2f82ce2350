package org.scplan.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.Markup;
import org.scplan.core.PlanSection;
import org.scplan.core.Report;
import org.scplan.core.SectionView;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.json.ReportJson;
import org.scplan.json.ScplanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scplan check}: reads and checks files, prints a report per file. Not API. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
    description = {"Read each scplan JSON file (a whole plan or a single section) and check it: the plan's own "
        + "rules (dates, numbering, milestones) and every section's (budget arithmetic, indicator ratings, risk "
        + "registers)."},
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ScplanCommand.EXIT_OK, ScplanCommand.EXIT_ERRORS,
        ScplanCommand.EXIT_UNREADABLE, ScplanCommand.EXIT_INTERNAL},
    footerHeading = "%nExamples:%n", footer = {"  scplan check examples/plans/*.json",
        "  scplan check --json --severity warning examples/plans/kent-ldmh-2013-14.json"})
final class CheckCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private ReportOptions report;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "the scplan JSON files to check")
  private List<String> files = new ArrayList<>();

  /**
   * Reads and checks the files.
   *
   * @return the exit status
   */
  @Override
  public Integer call() {
    List<Report.Entry> results = new ArrayList<>();
    for (String file : files) {
      results.add(TableInputs.check(Path.of(file), ScplanJson.standard()::read));
    }
    return report(Report.of(results), report.json, report.severity, "file", ScplanCommand.out(spec));
  }

  /**
   * Prints the results as text or JSON and returns the exit status; {@code scplan table} prints
   * its tables the same way.
   *
   * @param what what was checked, for the last line of text: {@code file} or {@code table}
   */
  static int report(Report report, boolean json, Severity threshold, String what, PrintStream out) {
    if (json) {
      out.print(ReportJson.write(report, threshold));
    } else {
      printText(report, threshold, what, out);
    }
    return report.exitStatus();
  }

  private static List<Finding> shown(ValidationReport report, Severity threshold) {
    return report.filter(f -> f.severity().compareTo(threshold) <= 0).stream()
        .sorted((a, b) -> a.severity().compareTo(b.severity())).toList();
  }

  // -----------------------------------------------------------------------------------------
  // Text

  private static void printText(Report report, Severity threshold, String what, PrintStream terminal) {
    // Every line of the text report goes through here, and a document's text (a label, a cell, a
    // file name) may hold anything: each line is printed with its control, bidi and invisible
    // characters escaped (Markup.visible), so no byte of the input reaches the terminal raw.
    PrintStream out = visible(terminal);
    for (Report.Entry r : report.files()) {
      out.println(r.file());
      if (!r.isRead()) {
        int n = r.findings().findings().size();
        out.println("  cannot read: " + n + " problem" + (n == 1 ? "" : "s"));
      } else {
        Document document = r.document().orElseThrow();
        document.plan().ifPresent(p -> describe(p, out));
        if (document.plan().isEmpty()) {
          int n = document.sections().size();
          out.println(n == 1 ? "  a single section" : "  " + n + " sections");
        }
        for (PlanSection section : document.sections()) {
          out.println("  " + section.kind() + " \"" + section.id() + "\": " + section.title());
          for (String line : SectionView.of(section).lines()) {
            out.println("    " + line);
          }
        }
        List<Finding> readAs = decisions(r);
        if (!readAs.isEmpty() && threshold == Severity.INFO) {
          out.println("  read as:");
          for (Finding f : readAs) {
            String at = f.location().pointer().map(p -> " (at " + p + ")").orElse("");
            out.println("    " + f.message() + at + " [" + f.code() + "]");
          }
        }
        out.println("  result: " + r.findings().summary());
      }
      List<Finding> decided = r.isRead() ? decisions(r) : List.of();
      for (Finding f : shown(r.findings(), threshold)) {
        if (decided.contains(f)) {
          continue;
        }
        out.println("  " + pad(f.severity().name(), 8) + f.code());
        out.println("           at " + where(f.location(), r.file()));
        out.println("           " + f.message());
        if (f.expected().isPresent() || f.actual().isPresent()) {
          out.println("           expected " + f.expected().orElse("-") + "; actual " + f.actual().orElse("-"));
        }
      }
      out.println();
    }
    Report.Totals t = report.totals();
    out.println(t.files() + " " + what + (t.files() == 1 ? "" : "s") + " checked: " + (t.read() - t.withErrors())
        + " without errors, " + t.withErrors() + " with errors, " + t.unreadable() + " unreadable");
  }

  /** A stream whose lines (each {@code println(String)}) are shown with {@link Markup#visible}. */
  static PrintStream visible(PrintStream out) {
    return new PrintStream(out, true, StandardCharsets.UTF_8) {
      @Override
      public void println(String line) {
        super.println(Markup.visible(line));
      }
    };
  }

  /**
   * What reading decided, and from where: the INFO notes of the reading, placed in the file; the text
   * report opens with them under "read as", and the JSON report's {@code readAs} lists the same.
   */
  static List<Finding> decisions(Report.Entry entry) {
    List<Finding> notes = entry.result().notes().infos();
    return entry.findings().findings().stream().filter(f -> f.severity() == Severity.INFO
        && notes.stream().anyMatch(n -> n.code().equals(f.code()) && n.message().equals(f.message()))).toList();
  }

  private static void describe(BusinessPlan plan, PrintStream out) {
    String years = plan.lastYear().map(l -> plan.year() + " to " + l).orElse(plan.year().toString());
    out.println("  plan: " + plan.title() + " — " + plan.unit().name() + ", " + years);
    out.println("  " + count(plan.priorities().size(), "priority", "priorities") + ", "
        + count(plan.allActions().size(), "action", "actions") + ", "
        + count(plan.priorities().stream().mapToInt(p -> p.milestones().size()).sum(), "milestone", "milestones")
        + ", " + count(plan.sections().size(), "section", "sections"));
  }

  /** The location without the file name, which heads the file's block already. */
  private static String where(Location l, String file) {
    String s = l.toString();
    if (s.startsWith(file + " ")) {
      return s.substring(file.length() + 1);
    }
    return s.equals(file) ? "(document)" : s;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
