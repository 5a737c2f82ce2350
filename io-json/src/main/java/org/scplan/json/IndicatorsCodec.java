package org.scplan.json;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.scplan.core.Location;
import org.scplan.core.Rag;
import org.scplan.core.ReportingPeriod;
import org.scplan.performance.Actual;
import org.scplan.performance.Basis;
import org.scplan.performance.Frequency;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorKind;
import org.scplan.performance.IndicatorSet;
import org.scplan.core.Polarity;
import org.scplan.performance.RagRule;
import org.scplan.performance.Target;
import org.scplan.performance.IndicatorUnit;

/**
 * Reads and writes an {@link IndicatorSet}, section kind {@code indicators}. Not API.
 *
 * <p>Every object is collected member by member and built at its end, so members may come in any
 * order. Targets and results are added to their indicator's builder one by one as they are read:
 * a long series is never held as a list of its own.
 */
final class IndicatorsCodec implements SectionCodec<IndicatorSet> {
  /** The codec. */
  static final IndicatorsCodec INSTANCE = new IndicatorsCodec();

  private static final String UNIT_EXPECTED =
      "a unit: %, count, count of <things>, per <n> [population], average <quantity>, £, £'000, £m or ratio";
  private static final String RULE_EXPECTED =
      "a RAG rule: kent-floor, tolerance-<percent> (such as tolerance-10) or margin-<amount> (such as margin-2.5)";

  private IndicatorsCodec() {}

  @Override
  public String kind() {
    return IndicatorSet.KIND;
  }

  @Override
  public Class<IndicatorSet> type() {
    return IndicatorSet.class;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * The periods read so far in one set, by their text: a series names the same months again and
   * again, and reading a period from text is far dearer than looking it up.
   */
  static final class Periods {
    private static final int MAX = 4096;
    private final Map<String, ReportingPeriod> byText = new HashMap<>();

    ReportingPeriod read(JsonIn in) {
      if (in.isString()) {
        ReportingPeriod known = byText.get(in.string());
        if (known != null) {
          return known;
        }
      }
      ReportingPeriod period = in.reportingPeriod();
      if (byText.size() < MAX) {
        byText.put(in.string(), period);
      }
      return period;
    }
  }

  /** What a set is read into. */
  static final class SetParts {
    final IndicatorSet.Builder set = IndicatorSet.builder();
    final Periods periods = new Periods();
  }

  /** What an indicator is read into. */
  static final class IndicatorParts {
    final Indicator.Builder indicator = Indicator.builder();
    final Periods periods;

    IndicatorParts(Periods periods) {
      this.periods = periods;
    }
  }

  /** A target's members, with where each was, checked together once all are read. */
  static final class TargetParts extends Parts {
    final Periods periods;
    ReportingPeriod period;
    Target.Kind kind = Target.Kind.TARGET;

    TargetParts(Periods periods, Location start) {
      super(start);
      this.periods = periods;
    }
  }

  /** A result's members, with where each was, checked together once all are read. */
  static final class ActualParts extends Parts {
    final Periods periods;
    ReportingPeriod period;
    Actual.Status status = Actual.Status.REPORTED;
    Rag publishedRag;

    ActualParts(Periods periods, Location start) {
      super(start);
      this.periods = periods;
    }
  }

  /**
   * The figures and note of a target or result, with where each figure that may not belong was, so
   * that a member that does not go with the others is reported where it is.
   */
  abstract static class Parts {
    final Location start;
    BigDecimal value;
    Location valueAt;
    BigDecimal floor;
    Location floorAt;
    BigDecimal lower;
    Location lowerAt;
    BigDecimal upper;
    Location upperAt;
    BigDecimal numerator;
    BigDecimal denominator;
    String note;
    boolean refused;

    Parts(Location start) {
      this.start = start;
    }

    /** Reports a member given where it does not belong. */
    void refuse(JsonIn in, String member, BigDecimal figure, Location at, String why) {
      if (figure != null) {
        in.problemAt(at, JsonRules.INVALID_VALUE, "unexpected member \"" + member + "\" (the number "
            + figure.toPlainString() + "): " + why);
        refused = true;
      }
    }

    /** Reports a member that must be given with the others. */
    void require(JsonIn in, Object value, String what, String member, String why) {
      if (value == null) {
        in.problemAt(start, JsonRules.MISSING_MEMBER, what + " needs the member \"" + member + "\": " + why);
        refused = true;
      }
    }
  }

  static final JsonFields<TargetParts> TARGET = JsonFields.<TargetParts>of("a target")
      .required("period", (in, t) -> t.period = t.periods.read(in))
      .optional("kind", (in, t) -> t.kind = in.enumValue(Target.Kind.class))
      .optional("value", (in, t) -> {
        t.valueAt = in.here();
        t.value = in.decimal();
      })
      .optional("floor", (in, t) -> {
        t.floorAt = in.here();
        t.floor = in.decimal();
      })
      .optional("lower", (in, t) -> {
        t.lowerAt = in.here();
        t.lower = in.decimal();
      })
      .optional("upper", (in, t) -> {
        t.upperAt = in.here();
        t.upper = in.decimal();
      })
      .optional("note", (in, t) -> t.note = in.nonBlank())
      .build();

  static final JsonFields<ActualParts> ACTUAL = JsonFields.<ActualParts>of("a result")
      .required("period", (in, a) -> a.period = a.periods.read(in))
      .optional("status", (in, a) -> a.status = in.enumValue(Actual.Status.class))
      .optional("value", (in, a) -> {
        a.valueAt = in.here();
        a.value = in.decimal();
      })
      .optional("numerator", (in, a) -> a.numerator = in.decimal())
      .optional("denominator", (in, a) -> a.denominator = in.decimal())
      .optional("publishedRag", (in, a) -> a.publishedRag = in.enumValue(Rag.class))
      .optional("note", (in, a) -> a.note = in.nonBlank())
      .build();

  static final JsonFields<IndicatorParts> INDICATOR = JsonFields.<IndicatorParts>of("an indicator")
      .optional("reference", (in, p) -> p.indicator.reference(in.nonBlank()))
      .required("title", (in, p) -> p.indicator.title(in.nonBlank()))
      .optional("group", (in, p) -> p.indicator.group(in.nonBlank()))
      .optional("kind", (in, p) -> p.indicator.kind(in.enumValue(IndicatorKind.class)))
      .required("unit", (in, p) -> p.indicator.unit(in.parsed(UNIT_EXPECTED, IndicatorUnit::parse)))
      .required("polarity", (in, p) -> p.indicator.polarity(in.enumValue(Polarity.class)))
      .optional("frequency", (in, p) -> p.indicator.frequency(in.enumValue(Frequency.class)))
      .optional("basis", (in, p) -> p.indicator.basis(in.enumValue(Basis.class)))
      .optional("accountableManager", (in, p) -> p.indicator.accountableManager(in.nonBlank()))
      .optional("priority", (in, p) -> p.indicator.priority(in.nonBlank()))
      .optional("source", (in, p) -> p.indicator.source(in.nonBlank()))
      .optional("floor", (in, p) -> p.indicator.floor(in.decimal()))
      .optional("benchmark", (in, p) -> p.indicator.benchmark(in.decimal()))
      .optional("partOf", (in, p) -> p.indicator.partOf(in.nonBlank()))
      .optional("notes", (in, p) -> p.indicator.notes(in.nonBlank()))
      .optional("targets", (in, p) -> in.array(() -> p.indicator.addTarget(readTarget(in, p.periods))))
      .optional("actuals", (in, p) -> in.array(() -> p.indicator.addActual(readActual(in, p.periods))))
      .build();

  static final JsonFields<SetParts> SET = JsonFields.<SetParts>of("an indicator set")
      .required("id", (in, s) -> s.set.id(in.nonBlank()))
      .required("title", (in, s) -> s.set.title(in.nonBlank()))
      .optional("rule", (in, s) -> s.set.rule(in.parsed(RULE_EXPECTED, RagRule::parse)))
      .optional("targetPeriods", (in, s) -> in.array(() -> s.set.addTargetPeriod(s.periods.read(in))))
      .optional("indicators", (in, s) -> in.array(() -> s.set.addIndicator(
          in.build(INDICATOR, new IndicatorParts(s.periods), p -> p.indicator.build()))))
      .build();

  @Override
  public IndicatorSet read(JsonIn in) {
    return in.build(SET, new SetParts(), s -> s.set.build());
  }

  /**
   * Reads a target entry: {@code "kind"} (target unless given) decides which figures it takes, and a
   * figure given where it does not belong is reported at its own member.
   */
  static Target readTarget(JsonIn in, Periods periods) {
    return in.build(TARGET, new TargetParts(periods, in.here()), t -> {
      String what = "a " + JsonIn.jsonName(t.kind);
      switch (t.kind) {
        case TARGET, BASELINE -> {
          t.require(in, t.value, what, "value", "the " + JsonIn.jsonName(t.kind) + " figure");
          t.refuse(in, "lower", t.lower, t.lowerAt, "only a range has thresholds");
          t.refuse(in, "upper", t.upper, t.upperAt, "only a range has thresholds");
        }
        case RANGE -> {
          t.require(in, t.lower, what, "lower", "the lower threshold");
          t.require(in, t.upper, what, "upper", "the upper threshold");
          t.refuse(in, "value", t.value, t.valueAt, "a range has a lower and an upper threshold instead");
        }
        case PLACEHOLDER -> {
          t.require(in, t.note, what, "note", "the reason there is no target yet, as published");
          t.refuse(in, "value", t.value, t.valueAt, "a placeholder has no figure");
          t.refuse(in, "lower", t.lower, t.lowerAt, "a placeholder has no figure");
          t.refuse(in, "upper", t.upper, t.upperAt, "a placeholder has no figure");
        }
      }
      if (t.kind != Target.Kind.TARGET) {
        t.refuse(in, "floor", t.floor, t.floorAt, "only a target has a floor, not " + what);
      }
      if (t.refused) {
        throw new IllegalArgumentException("the target's members do not go together (see above)");
      }
      Target.Builder b = Target.builder().period(t.period).kind(t.kind);
      if (t.value != null) {
        b.value(t.value);
      }
      if (t.floor != null) {
        b.floor(t.floor);
      }
      if (t.lower != null) {
        b.lower(t.lower).upper(t.upper);
      }
      if (t.note != null) {
        b.note(t.note);
      }
      return b.build();
    });
  }

  /**
   * Reads a result: {@code "status"} (reported unless given) decides whether it has a value or a
   * note saying why it is missing.
   */
  static Actual readActual(JsonIn in, Periods periods) {
    return in.build(ACTUAL, new ActualParts(periods, in.here()), a -> {
      if (a.status == Actual.Status.MISSING) {
        a.require(in, a.note, "a missing result", "note", "the reason there is no figure, as published");
        a.refuse(in, "value", a.value, a.valueAt, "a missing result has no value");
      } else {
        a.require(in, a.value, "a result", "value", "the figure (or give \"status\": \"missing\" and a note)");
      }
      if (a.numerator != null || a.denominator != null) {
        a.require(in, a.numerator, "a result with a denominator", "numerator", "give both or neither");
        a.require(in, a.denominator, "a result with a numerator", "denominator", "give both or neither");
      }
      if (a.refused) {
        throw new IllegalArgumentException("the result's members do not go together (see above)");
      }
      Actual.Builder b = Actual.builder().period(a.period).status(a.status);
      if (a.value != null) {
        b.value(a.value);
      }
      if (a.numerator != null) {
        b.numerator(a.numerator).denominator(a.denominator);
      }
      if (a.publishedRag != null) {
        b.publishedRag(a.publishedRag);
      }
      if (a.note != null) {
        b.note(a.note);
      }
      return b.build();
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  @Override
  public void write(IndicatorSet section, JsonOut out) {
    out.field("id", section.id());
    out.field("title", section.title());
    out.text("rule", section.rule());
    out.array("targetPeriods", section.targetPeriods(), (w, p) -> w.value(p.toString()));
    out.array("indicators", section.indicators(), (w, i) -> w.object(o -> writeIndicator(i, o)));
  }

  private static void writeIndicator(Indicator i, JsonOut o) {
    o.field("reference", i.reference());
    o.field("title", i.title());
    o.field("group", i.group());
    o.field("kind", i.kind());
    o.text("unit", i.unit());
    o.field("polarity", i.polarity());
    i.frequency().ifPresent(f -> o.field("frequency", f));
    o.field("basis", i.basis());
    o.field("accountableManager", i.accountableManager());
    o.field("priority", i.priority());
    o.field("source", i.source());
    o.number("floor", i.floor());
    o.number("benchmark", i.benchmark());
    o.field("partOf", i.partOf());
    o.field("notes", i.notes());
    o.array("targets", i.targets(), (w, t) -> w.object(x -> writeTarget(t, x)));
    o.array("actuals", i.actuals(), (w, a) -> w.object(x -> writeActual(a, x)));
  }

  /**
   * Writes a target entry's members; {@code "kind"} is left out for a target, the usual kind.
   *
   * @param t the target
   * @param o the writer, inside the entry's object
   */
  static void writeTarget(Target t, JsonOut o) {
    o.text("period", t.period());
    if (t.kind() != Target.Kind.TARGET) {
      o.field("kind", t.kind());
    }
    o.number("value", t.value());
    o.number("floor", t.floor());
    o.number("lower", t.lower());
    o.number("upper", t.upper());
    o.field("note", t.note());
  }

  /**
   * Writes a result's members; {@code "status"} is left out for a reported result, the usual one.
   *
   * @param a the result
   * @param o the writer, inside the result's object
   */
  static void writeActual(Actual a, JsonOut o) {
    o.text("period", a.period());
    if (a.status() != Actual.Status.REPORTED) {
      o.field("status", a.status());
    }
    o.number("value", a.value());
    o.number("numerator", a.numerator());
    o.number("denominator", a.denominator());
    a.publishedRag().ifPresent(r -> o.field("publishedRag", r));
    o.field("note", a.note());
  }
}
