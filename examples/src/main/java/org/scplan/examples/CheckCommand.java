package org.scplan.examples;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.PlanSection;
import org.scplan.core.SectionView;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.core.ViewData;
import org.scplan.json.ScplanJson;

/** {@code scplan check}: reads and checks files, prints a report per file. Not API. */
final class CheckCommand {
  private CheckCommand() {}

  /** What checking one file gave. */
  record Checked(String file, ReadResult<?> result, ValidationReport report) {
    /**
     * The report of a file read by any reader: its problems if it could not be read, else the notes on
     * what reading decided and the document's own findings, each about a figure at its cell.
     */
    static Checked of(String file, ReadResult<?> result) {
      return new Checked(file, result, result.validate().relocated(l -> l.inFile(file)));
    }

    boolean read() {
      return result.isRead();
    }

    /** The document read; null for a file that could not be read or is no document. */
    Document document() {
      return result.value().filter(Document.class::isInstance).map(Document.class::cast).orElse(null);
    }
  }

  /**
   * Runs {@code check} with the arguments after the command name.
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
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--json" -> json = true;
        case "--severity" -> {
          if (i + 1 >= args.size()) {
            err.println("scplan check: --severity needs a level: error, warning or info");
            return ScplanCommand.UNREADABLE;
          }
          String level = args.get(++i);
          try {
            threshold = Severity.valueOf(level.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            err.println("scplan check: unknown severity \"" + level + "\"; expected error, warning or info");
            return ScplanCommand.UNREADABLE;
          }
        }
        default -> {
          if (a.startsWith("--")) {
            err.println("scplan check: unknown option \"" + a + "\" (see scplan --help)");
            return ScplanCommand.UNREADABLE;
          }
          files.add(a);
        }
      }
    }
    if (files.isEmpty()) {
      err.println("scplan check: no files given (see scplan --help)");
      return ScplanCommand.UNREADABLE;
    }
    List<Checked> results = new ArrayList<>();
    for (String file : files) {
      results.add(check(file));
    }
    return report(results, json, threshold, "file", out);
  }

  /**
   * Prints the results as text or JSON and returns the exit status; {@code scplan table} prints
   * its tables the same way.
   *
   * @param what what was checked, for the last line of text: {@code file} or {@code table}
   */
  static int report(List<Checked> results, boolean json, Severity threshold, String what, PrintStream out) {
    int status = status(results);
    if (json) {
      printJson(results, threshold, status, out);
    } else {
      printText(results, threshold, what, out);
    }
    return status;
  }

  static Checked check(String file) {
    return Checked.of(file, ScplanJson.standard().read(Path.of(file)));
  }

  static int status(List<Checked> results) {
    if (results.stream().anyMatch(r -> !r.read())) {
      return ScplanCommand.UNREADABLE;
    }
    if (results.stream().anyMatch(r -> !r.report().isValid())) {
      return ScplanCommand.ERRORS;
    }
    return ScplanCommand.OK;
  }

  private static List<Finding> shown(ValidationReport report, Severity threshold) {
    return report.filter(f -> f.severity().compareTo(threshold) <= 0).stream()
        .sorted((a, b) -> a.severity().compareTo(b.severity())).toList();
  }

  // -----------------------------------------------------------------------------------------
  // Text

  private static void printText(List<Checked> results, Severity threshold, String what, PrintStream out) {
    for (Checked r : results) {
      out.println(r.file());
      if (!r.read()) {
        int n = r.report().findings().size();
        out.println("  cannot read: " + n + " problem" + (n == 1 ? "" : "s"));
      } else {
        r.document().plan().ifPresent(p -> describe(p, out));
        if (r.document().plan().isEmpty()) {
          int n = r.document().sections().size();
          out.println(n == 1 ? "  a single section" : "  " + n + " sections");
        }
        for (PlanSection section : r.document().sections()) {
          out.println("  " + section.kind() + " \"" + section.id() + "\": " + section.title());
          for (String line : SectionView.of(section).lines()) {
            out.println("    " + line);
          }
        }
        List<Finding> decided = decisions(r.report());
        if (!decided.isEmpty() && threshold == Severity.INFO) {
          out.println("  read as:");
          for (Finding f : decided) {
            String at = f.location().pointer().map(p -> " (at " + p + ")").orElse("");
            out.println("    " + f.message() + at + " [" + f.code() + "]");
          }
        }
        out.println("  result: " + r.report().summary());
      }
      for (Finding f : shown(r.report(), threshold)) {
        if (r.read() && isDecision(f)) {
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
    long unreadable = results.stream().filter(r -> !r.read()).count();
    long withErrors = results.stream().filter(r -> r.read() && !r.report().isValid()).count();
    out.println(results.size() + " " + what + (results.size() == 1 ? "" : "s") + " checked: "
        + (results.size() - unreadable - withErrors) + " without errors, " + withErrors + " with errors, "
        + unreadable + " unreadable");
  }

  /** Notes on what reading decided, and from where: the text report opens with them, under "read as". */
  private static final List<String> DECISION_ORDER = List.of("csv.file.encoding", "csv.kind.detected",
      "csv.layout.discovered", "csv.schema.detected", "csv.layout.transposed", "csv.unit.assumed",
      "csv.precision.inferred", "csv.precision.mixed", "csv.income-sign.detected", "csv.polarity.assumed",
      "csv.column.not-figures", "csv.column.unknown", "csv.cell.words", "budget.relation.checked");

  /** The notes on what reading decided, in the order the report gives them. */
  static List<Finding> decisions(ValidationReport report) {
    return report.filter(CheckCommand::isDecision).stream()
        .sorted(java.util.Comparator.comparingInt(f -> DECISION_ORDER.indexOf(f.code()))).toList();
  }

  static boolean isDecision(Finding f) {
    return f.severity() == Severity.INFO && DECISION_ORDER.contains(f.code());
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

  // -----------------------------------------------------------------------------------------
  // JSON

  private static void printJson(List<Checked> results, Severity threshold, int status, PrintStream out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (Checked r : results) {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeBooleanField("read", r.read());
        if (r.read()) {
          ReadAs.write(r, decisions(r.report()), g);
          g.writeObjectFieldStart("document");
          if (r.document().plan().isPresent()) {
            BusinessPlan p = r.document().plan().get();
            g.writeStringField("kind", "plan");
            g.writeStringField("title", p.title());
            g.writeStringField("unit", p.unit().name());
            g.writeStringField("year", p.year().toString());
          } else if (r.document().section().isPresent()) {
            PlanSection s = r.document().section().get();
            g.writeStringField("kind", s.kind());
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
          } else {
            g.writeStringField("kind", "sections");
            g.writeNumberField("sections", r.document().sections().size());
          }
          g.writeEndObject();
          g.writeArrayFieldStart("sections");
          for (PlanSection section : r.document().sections()) {
            g.writeStartObject();
            g.writeStringField("kind", section.kind());
            g.writeStringField("id", section.id());
            g.writeStringField("title", section.title());
            g.writeFieldName("view");
            writeData(SectionView.of(section).data(), g);
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeObjectFieldStart("summary");
        g.writeNumberField("errors", r.report().count(Severity.ERROR));
        g.writeNumberField("warnings", r.report().count(Severity.WARNING));
        g.writeNumberField("infos", r.report().count(Severity.INFO));
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (Finding f : shown(r.report(), threshold)) {
          writeFinding(f, g);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("exitStatus", status);
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a section's view as a JSON object: texts, exact numbers, yes or no, nested views and lists. */
  static void writeData(ViewData data, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (java.util.Map.Entry<String, Object> e : data.fields().entrySet()) {
      g.writeFieldName(e.getKey());
      writeValue(e.getValue(), g);
    }
    g.writeEndObject();
  }

  private static void writeValue(Object v, JsonGenerator g) throws IOException {
    if (v instanceof ViewData d) {
      writeData(d, g);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object x : list) {
        writeValue(x, g);
      }
      g.writeEndArray();
    } else if (v instanceof java.math.BigDecimal d) {
      g.writeNumber(d.toPlainString());
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  static void writeFinding(Finding f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
    g.writeStringField("code", f.code());
    Location l = f.location();
    g.writeObjectFieldStart("location");
    if (l.source().isPresent()) {
      g.writeStringField("file", l.source().get());
    }
    if (l.pointer().isPresent()) {
      g.writeStringField("pointer", l.pointer().get());
    }
    if (l.line() > 0) {
      g.writeNumberField("line", l.line());
    }
    if (l.column() > 0) {
      g.writeNumberField("column", l.column());
    }
    if (!l.path().isEmpty()) {
      g.writeArrayFieldStart("path");
      for (String p : l.path()) {
        g.writeString(p);
      }
      g.writeEndArray();
    }
    if (l.field().isPresent()) {
      g.writeStringField("field", l.field().get());
    }
    g.writeStringField("text", l.toString());
    g.writeEndObject();
    g.writeStringField("message", f.message());
    if (f.expected().isPresent()) {
      g.writeStringField("expected", f.expected().get());
    }
    if (f.actual().isPresent()) {
      g.writeStringField("actual", f.actual().get());
    }
    g.writeEndObject();
  }
}
