package org.scplan.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.Measure;
import org.scplan.core.Report;
import org.scplan.core.SectionView;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.core.ViewData;
import org.scplan.performance.Assessment;
import org.scplan.performance.spc.AssuranceVerdict;
import org.scplan.performance.Dashboard;
import org.scplan.performance.Indicator;
import org.scplan.performance.RangePosition;
import org.scplan.performance.spc.SpcOptions;
import org.scplan.performance.spc.VariationVerdict;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrLimits;
import org.scplan.performance.spc.XmrPoint;
import org.scplan.performance.spc.XmrSegment;
import org.scplan.performance.spc.XmrSeries;

/**
 * Writes what scplan works out as JSON reports for other programs (a web dashboard, a charting
 * library): a {@link Dashboard} with every assessment and its counts, and an {@link XmrChart} with
 * its values, limits and flags per point, its verdicts and findings.
 *
 * <pre>{@code
 * String dashboard = ReportJson.write(kpis.evaluate(FinancialYear.parse("2009/10")));
 * String chart = ReportJson.write(XmrChart.of(series));
 * }</pre>
 *
 * <p>A report is output, not a scplan document: it has no {@code "format"} marker and is never
 * read back. Its first member, {@code "report"}, says what it is ({@code "dashboard"} or
 * {@code "xmr-chart"}). It follows the scplan format's conventions otherwise: absent rather than
 * null, camelCase names, enumerated values in lower case with hyphens, and numbers as exact
 * decimals, never through {@code double} and never in exponent form. Targets and results have the
 * shape they have in an {@code indicators} section. The shapes are documented in
 * {@code io-json/README.md}.
 *
 * <p>This class is thread-safe.
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new TerminalEscapes());

  /**
   * JSON escapes, beyond the control characters JSON requires escaped, for every character that
   * must not reach a terminal raw (DEL, C1 controls, bidi overrides and marks, invisible characters;
   * core's {@code Text.isUnsafeForTerminal}): a report printed to a terminal shows a right-to-left
   * override as the six characters <code>&#92;u202e</code>, and a JSON reader reads back the same
   * text.
   */
  private static final class TerminalEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    TerminalEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
      if (ch <= 0xffff && org.scplan.core.internal.Text.isUnsafeForTerminal((char) ch)) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }

  private ReportJson() {}

  /**
   * Writes a dashboard: its title, period, rule and comparison, the counts (green, amber, red, not
   * rated, and activity below, within and above its range), and each assessment with its result,
   * target, rating or reason for none, range position, direction of travel and explanation.
   *
   * @param dashboard the dashboard
   * @return the JSON text, pretty-printed, ending with a newline
   */
  public static String write(Dashboard dashboard) {
    requireNonNull(dashboard, "dashboard");
    return render(o -> {
      header(o, "dashboard");
      o.field("title", dashboard.title());
      o.text("period", dashboard.period());
      o.text("rule", dashboard.rule());
      o.field("comparedWith", dashboard.comparedWith());
      o.object("counts", c -> {
        c.field("indicators", dashboard.assessments().size());
        c.field("green", dashboard.green());
        c.field("amber", dashboard.amber());
        c.field("red", dashboard.red());
        c.field("notRated", dashboard.notRated());
        c.field("belowRange", dashboard.count(RangePosition.BELOW));
        c.field("withinRange", dashboard.count(RangePosition.WITHIN));
        c.field("aboveRange", dashboard.count(RangePosition.ABOVE));
      });
      o.field("summary", dashboard.summary());
      o.array("assessments", dashboard.assessments(), (w, a) -> w.object(x -> writeAssessment(a, x)));
    });
  }

  private static void writeAssessment(Assessment a, JsonOut o) {
    Indicator i = a.indicator();
    o.field("indicator", i.label());
    o.field("reference", i.reference());
    o.field("title", i.title());
    o.text("unit", i.unit());
    o.field("polarity", i.polarity());
    a.actual().ifPresent(r -> o.object("result", x -> IndicatorsCodec.writeActual(r, x)));
    a.target().ifPresent(t -> o.object("target", x -> IndicatorsCodec.writeTarget(t, x)));
    o.number("floor", a.floor());
    a.rag().ifPresent(r -> o.field("rag", r));
    o.field("notRated", a.status().reason());
    a.position().ifPresent(p -> o.field("position", p));
    a.direction().ifPresent(d -> o.field("direction", d));
    a.earlier().ifPresent(e -> o.object("earlier", x -> IndicatorsCodec.writeActual(e, x)));
    o.field("explanation", a.explanation());
  }

  /**
   * Writes an XmR chart: the series (name, direction, target), the options it was drawn with, each
   * segment with its limits, each point with its value (or why it is missing), moving range,
   * limits, side of the mean, the special-cause rules that flag it and its classification, the
   * variation and assurance verdicts, and the findings about the series.
   *
   * <p>Limits are exact decimals (as {@link XmrLimits} holds them, to 20 decimal places) with
   * trailing zeros dropped; each point repeats its segment's limits so that a chart can be drawn
   * from the points alone.
   *
   * @param chart the chart
   * @return the JSON text, pretty-printed, ending with a newline
   */
  public static String write(XmrChart chart) {
    requireNonNull(chart, "chart");
    XmrSeries series = chart.series();
    return render(o -> {
      header(o, "xmr-chart");
      if (!series.name().isEmpty()) {
        o.field("name", series.name());
      }
      o.field("direction", series.direction());
      o.number("target", series.target());
      o.object("options", x -> writeOptions(chart.options(), x));
      o.field("summary", chart.summary());
      o.object("variation", x -> writeVariation(chart.variation(), x));
      o.object("assurance", x -> writeAssurance(chart.assurance(), x));
      o.array("segments", chart.segments(), (w, s) -> w.object(x -> writeSegment(s, x)));
      o.array("points", chart.points(), (w, p) -> w.object(x -> writePoint(p, x)));
      writeFindings(chart.findings(), o);
    });
  }

  private static void writeOptions(SpcOptions options, JsonOut o) {
    o.field("screening", options.screening());
    options.fixedAfter().ifPresent(n -> o.field("fixedAfter", n));
    o.strings("rebaseAt", options.rebaseAt());
    o.field("trendLength", options.trendLength());
    o.field("shiftLength", options.shiftLength());
    o.field("minimumPoints", options.minimumPoints());
  }

  private static void writeVariation(VariationVerdict v, JsonOut o) {
    v.variation().ifPresent(x -> o.field("verdict", x));
    o.field("point", v.point());
    v.signal().ifPresent(s -> o.field("signal", s));
    o.field("explanation", v.explanation());
  }

  private static void writeAssurance(AssuranceVerdict v, JsonOut o) {
    v.assurance().ifPresent(x -> o.field("verdict", x));
    o.number("target", v.target());
    o.field("explanation", v.explanation());
  }

  private static void writeSegment(XmrSegment s, JsonOut o) {
    o.field("index", s.index());
    o.field("firstPoint", s.firstPoint());
    o.field("lastPoint", s.lastPoint());
    o.field("first", s.firstLabel());
    o.field("last", s.lastLabel());
    o.field("values", s.values());
    o.field("baselineValues", s.baselineValues());
    o.field("movingRanges", s.movingRanges());
    o.field("screenedMovingRanges", s.screenedMovingRanges());
    s.limits().ifPresent(l -> {
      writeLimits(l, o);
      o.field("averageMovingRange", exact(l.averageMovingRange()));
    });
  }

  private static void writeLimits(XmrLimits l, JsonOut o) {
    o.field("mean", exact(l.mean()));
    o.field("lower", exact(l.lower()));
    o.field("upper", exact(l.upper()));
    o.field("lowerNear", exact(l.lowerNear()));
    o.field("upperNear", exact(l.upperNear()));
  }

  private static void writePoint(XmrPoint p, JsonOut o) {
    o.field("index", p.index());
    o.field("label", p.label());
    o.text("period", p.period());
    o.number("value", p.value());
    o.field("missing", p.missingReason());
    o.number("movingRange", p.movingRange());
    if (p.isMovingRangeScreened()) {
      o.field("movingRangeScreened", true);
    }
    o.field("segment", p.segment().index());
    o.field("baseline", p.isBaseline());
    p.limits().ifPresent(l -> writeLimits(l, o));
    if (p.value().isPresent() && p.limits().isPresent()) {
      o.field("sideOfMean", p.sideOfMean());
      o.field("beyondNearLimit", p.isBeyondNearLimit());
    }
    o.array("rules", p.rules(), (w, r) -> w.value(JsonIn.jsonName(r)));
    p.variation().ifPresent(v -> o.field("variation", v));
  }

  private static void writeFindings(ValidationReport report, JsonOut o) {
    o.array("findings", report.findings(), (w, f) -> w.object(x -> writeFinding(f, x)));
  }

  /**
   * Writes a finding in the one shape every report gives it: severity, code, message, the location
   * as its parts (file; JSON pointer, or table cell; line and column; path of names and field) and
   * as text, and the expected and actual values as text and, where the rule compares figures, as
   * numbers with their intervals and unit.
   */
  static void writeFinding(Finding f, JsonOut o) {
    o.field("severity", f.severity());
    o.field("code", f.code());
    o.field("message", f.message());
    o.object("location", x -> writeLocation(f.location(), x));
    if (f.expected().isPresent() || f.expectedMeasure().isPresent()) {
      o.object("expected", x -> writeValue(f.expected(), f.expectedMeasure(), x));
    }
    if (f.actual().isPresent() || f.actualMeasure().isPresent()) {
      o.object("actual", x -> writeValue(f.actual(), f.actualMeasure(), x));
    }
  }

  private static void writeLocation(Location l, JsonOut o) {
    o.field("file", l.source());
    if (l.cell().isPresent()) {
      Location.Cell c = l.cell().get();
      o.name("cell").inlineObject(x -> {
        x.field("reference", Optional.ofNullable(c.reference()));
        x.field("row", c.row());
        if (c.column() > 0) {
          x.field("column", c.column());
        }
        x.field("heading", Optional.ofNullable(c.heading()));
      });
    } else {
      o.field("pointer", l.pointer());
    }
    if (l.line() > 0) {
      o.field("line", l.line());
    }
    if (l.column() > 0) {
      o.field("column", l.column());
    }
    if (!l.path().isEmpty()) {
      o.stringsOnOneLine("path", l.path());
    }
    o.field("field", l.field());
    o.field("text", l.toString());
  }

  private static void writeValue(Optional<String> text, Optional<Measure> measure, JsonOut o) {
    o.field("text", text);
    measure.ifPresent(m -> {
      o.field("value", exact(m.value()));
      o.field("low", exact(m.low()));
      o.field("high", exact(m.high()));
      o.field("unit", Optional.ofNullable(m.unit()));
    });
  }

  /** The name of the report format that {@link #write(Report, Severity)} and the others write. */
  public static final String FORMAT = "scplan-report";

  /** The version of the report format. */
  public static final int VERSION = 1;

  /**
   * Writes what checking files gave, as {@code scplan check --json} and {@code scplan table --json}
   * print it: the format and version, then for each file its name, size and SHA-256, whether it was
   * read, what reading decided ({@code readAs}), the document and each section's own view as data,
   * the counts and the findings at or above the threshold; then the run's totals and exit status.
   * The format is documented in io-json's README and published as a JSON Schema
   * ({@code scplan-report-v1.schema.json}).
   *
   * @param report the report
   * @param threshold the least severity of the findings listed (the counts count them all)
   * @return the JSON text, pretty-printed, ending with a newline
   */
  public static String write(Report report, Severity threshold) {
    requireNonNull(report, "report");
    requireNonNull(threshold, "threshold");
    return render(o -> {
      header(o, "check");
      o.field("valid", report.exitStatus() == Report.OK);
      o.array("files", report.files(), (w, e) -> w.object(x -> writeEntry(e, threshold, x)));
      Report.Totals t = report.totals();
      o.object("totals", x -> {
        x.field("files", t.files());
        x.field("read", t.read());
        x.field("unreadable", t.unreadable());
        x.field("withErrors", t.withErrors());
        x.field("errors", t.errors());
        x.field("warnings", t.warnings());
        x.field("infos", t.infos());
      });
      o.field("exitStatus", report.exitStatus());
    });
  }

  private static void header(JsonOut o, String report) {
    o.field("format", FORMAT);
    o.field("version", VERSION);
    o.field("report", report);
  }

  private static void writeEntry(Report.Entry e, Severity threshold, JsonOut o) {
    o.field("file", e.file());
    if (e.size() >= 0) {
      o.field("size", e.size());
      o.field("sha256", e.sha256());
    }
    o.field("read", e.isRead());
    o.field("valid", e.isRead() && e.findings().isValid());
    e.document().ifPresent(d -> {
      o.object("readAs", x -> x.array("decisions", e.result().notes().infos(), (w, f) -> w.object(n -> {
        n.field("code", f.code());
        n.field("message", f.message());
      })));
      o.object("document", x -> {
        if (d.plan().isPresent()) {
          x.field("kind", "plan");
          x.field("title", d.plan().get().title());
          x.field("unit", d.plan().get().unit().name());
          x.text("year", d.plan().get().year());
        } else {
          x.field("kind", d.sections().size() == 1 ? "section" : "sections");
        }
      });
      o.array("sections", d.sections(), (w, s) -> w.object(x -> {
        x.field("kind", s.kind());
        x.field("id", s.id());
        x.field("title", s.title());
        x.name("view");
        writeData(SectionView.of(s).data(), x);
      }));
    });
    o.object("summary", x -> {
      x.field("errors", e.findings().count(Severity.ERROR));
      x.field("warnings", e.findings().count(Severity.WARNING));
      x.field("infos", e.findings().count(Severity.INFO));
    });
    o.array("findings", e.findings().filter(f -> f.severity().compareTo(threshold) <= 0).stream()
        .sorted((a, b) -> a.severity().compareTo(b.severity())).toList(), (w, f) -> w.object(x -> writeFinding(f, x)));
  }

  /** Writes a section's view: texts, exact numbers, yes or no, nested views and lists. */
  private static void writeData(ViewData data, JsonOut o) {
    o.object(x -> data.fields().forEach((k, v) -> {
      x.name(k);
      writeDataValue(v, x);
    }));
  }

  private static void writeDataValue(Object v, JsonOut o) {
    JsonGenerator g = o.generator();
    try {
      if (v instanceof ViewData d) {
        writeData(d, o);
      } else if (v instanceof List<?> list) {
        g.writeStartArray();
        for (Object item : list) {
          writeDataValue(item, o);
        }
        g.writeEndArray();
      } else if (v instanceof BigDecimal d) {
        g.writeNumber(d);
      } else if (v instanceof Long n) {
        g.writeNumber(n);
      } else if (v instanceof Boolean b) {
        g.writeBoolean(b);
      } else {
        g.writeString(String.valueOf(v));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An exact figure without trailing zeros: {@code 0.89090000000000000000} is {@code 0.8909}. */
  private static BigDecimal exact(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  private static String render(Consumer<JsonOut> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      g.setPrettyPrinter(new JsonOut.ScplanPrettyPrinter());
      new JsonOut(g).object(body);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
