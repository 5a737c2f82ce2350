package org.scplan.json;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.scplan.risk.Escalation;
import org.scplan.risk.PrintedRating;
import org.scplan.risk.RegisterLevel;
import org.scplan.risk.ReviewFrequency;
import org.scplan.risk.Risk;
import org.scplan.risk.RiskAction;
import org.scplan.risk.RiskActionStatus;
import org.scplan.risk.RiskRegister;
import org.scplan.risk.RiskStatus;
import org.scplan.risk.Treatment;

/**
 * Reads and writes a {@link RiskRegister}, section kind {@code risks}. Its members may come in any
 * order: ratings are read as numbers and judged against the matrix only when the register is
 * validated, so a rating off the matrix reads and is reported by {@code validate()}. Not API.
 */
final class RiskRegisterCodec implements SectionCodec<RiskRegister> {

  static final JsonFields<RiskAction.Builder> ACTION = JsonFields.<RiskAction.Builder>of("a further action")
      .required("description", (in, b) -> b.description(in.nonBlank()))
      .optional("owner", (in, b) -> b.owner(in.nonBlank()))
      .optional("due", (in, b) -> b.due(in.planDate()))
      .optional("status", (in, b) -> b.status(in.enumValue(RiskActionStatus.class)))
      .build();

  static final JsonFields<Escalation.Builder> ESCALATION = JsonFields.<Escalation.Builder>of("a move between registers")
      .required("date", (in, b) -> b.date(in.planDate()))
      .required("from", (in, b) -> b.fromRegister(in.enumValue(RegisterLevel.class)))
      .required("to", (in, b) -> b.toRegister(in.enumValue(RegisterLevel.class)))
      .optional("reason", (in, b) -> b.reason(in.nonBlank()))
      .build();

  /** What a printed rating's members hold while they are read. */
  private static final class Printed {
    Integer score;
    String level;
    Integer bandFrom;
    Integer bandTo;
    String printed;

    PrintedRating build() {
      PrintedRating p = PrintedRating.of(score == null ? OptionalInt.empty() : OptionalInt.of(score),
          Optional.ofNullable(level), printed);
      return bandFrom == null || bandTo == null ? p : p.withBand(bandFrom, bandTo);
    }
  }

  static final JsonFields<Printed> PRINTED = JsonFields.<Printed>of("a rating as printed")
      .required("printed", (in, p) -> p.printed = in.nonBlank())
      .optional("score", (in, p) -> p.score = in.integer())
      .optional("level", (in, p) -> p.level = in.nonBlank())
      .optional("bandFrom", (in, p) -> p.bandFrom = in.integer())
      .optional("bandTo", (in, p) -> p.bandTo = in.integer())
      .build();

  private static PrintedRating readPrinted(JsonIn in) {
    return in.build(PRINTED, new Printed(), p -> {
      if (p.score == null && p.level == null) {
        throw in.problem(JsonRules.INVALID_VALUE, "A rating as printed needs a score or a level: " + p.printed);
      }
      if (p.score != null && p.score < 1 || p.bandFrom != null && p.bandTo != null && p.bandFrom > p.bandTo) {
        throw in.problem(JsonRules.INVALID_VALUE, "A rating as printed needs a positive score and a band whose"
            + " lowest score is at most its highest: " + p.printed);
      }
      return p.build();
    });
  }

  private static void writePrinted(String name, Optional<PrintedRating> rating, JsonOut x) {
    rating.ifPresent(p -> x.object(name, y -> {
      y.field("printed", p.printed());
      if (p.score().isPresent()) {
        y.field("score", p.score().getAsInt());
      }
      y.field("level", p.level());
      if (p.bandFrom().isPresent()) {
        y.field("bandFrom", p.bandFrom().getAsInt());
        y.field("bandTo", p.bandTo().getAsInt());
      }
    }));
  }

  static final JsonFields<Risk.Builder> RISK = JsonFields.<Risk.Builder>of("a risk")
      .optional("reference", (in, b) -> b.reference(in.nonBlank()))
      .optional("title", (in, b) -> b.title(in.nonBlank()))
      .optional("description", (in, b) -> b.description(in.nonBlank()))
      .optional("cause", (in, b) -> b.cause(in.nonBlank()))
      .optional("event", (in, b) -> b.event(in.nonBlank()))
      .optional("consequence", (in, b) -> b.consequence(in.nonBlank()))
      .optional("owner", (in, b) -> b.owner(in.nonBlank()))
      .optional("category", (in, b) -> b.category(in.nonBlank()))
      .optional("inherent", (in, b) -> b.inherent(RiskMatrixCodec.readRating(in)))
      .optional("current", (in, b) -> b.current(RiskMatrixCodec.readRating(in)))
      .optional("target", (in, b) -> b.target(RiskMatrixCodec.readRating(in)))
      .optional("currentAsPrinted", (in, b) -> b.currentAsPrinted(readPrinted(in)))
      .optional("targetAsPrinted", (in, b) -> b.targetAsPrinted(readPrinted(in)))
      .optional("controls", (in, b) -> b.addAllControls(in.list(in::nonBlank)))
      .optional("actions", (in, b) -> b.addAllActions(
          in.list(() -> in.build(ACTION, RiskAction.builder(), RiskAction.Builder::build))))
      .optional("treatment", (in, b) -> b.treatment(in.enumValue(Treatment.class)))
      .optional("reviewFrequency", (in, b) -> b.reviewFrequency(in.enumValue(ReviewFrequency.class)))
      .optional("lastReviewed", (in, b) -> b.lastReviewed(in.planDate()))
      .optional("escalations", (in, b) -> b.addAllEscalations(
          in.list(() -> in.build(ESCALATION, Escalation.builder(), Escalation.Builder::build))))
      .optional("status", (in, b) -> b.status(in.enumValue(RiskStatus.class)))
      .build();

  static final JsonFields<RiskRegister.Builder> REGISTER = JsonFields.<RiskRegister.Builder>of("a risk register")
      .required("id", (in, b) -> b.id(in.nonBlank()))
      .required("title", (in, b) -> b.title(in.nonBlank()))
      .required("matrix", (in, b) -> b.matrix(RiskMatrixCodec.readMember(in)))
      .optional("level", (in, b) -> b.level(in.enumValue(RegisterLevel.class)))
      .optional("asAt", (in, b) -> {
        LocalDate asAt = in.parsed("a date such as 2018-09-30", LocalDate::parse);
        b.asAt(asAt);
      })
      .optional("reviewFrequency", (in, b) -> b.reviewFrequency(in.enumValue(ReviewFrequency.class)))
      .optional("risks", (in, b) -> b.addAllRisks(in.list(() -> in.build(RISK, Risk.builder(), Risk.Builder::build))))
      .build();

  @Override
  public String kind() {
    return RiskRegister.KIND;
  }

  @Override
  public Class<RiskRegister> type() {
    return RiskRegister.class;
  }

  @Override
  public RiskRegister read(JsonIn in) {
    return in.build(REGISTER, RiskRegister.builder(), RiskRegister.Builder::build);
  }

  @Override
  public void write(RiskRegister register, JsonOut out) {
    out.field("id", register.id());
    out.field("title", register.title());
    RiskMatrixCodec.writeMember(register.matrix(), out);
    enumField(out, "level", register.level());
    out.text("asAt", register.asAt());
    enumField(out, "reviewFrequency", register.reviewFrequency());
    out.array("risks", register.risks(), (w, r) -> w.object(x -> writeRisk(r, x)));
  }

  private static void writeRisk(Risk r, JsonOut x) {
    x.field("reference", r.reference());
    x.field("title", r.title());
    x.field("description", r.description());
    x.field("cause", r.cause());
    x.field("event", r.event());
    x.field("consequence", r.consequence());
    x.field("owner", r.owner());
    x.field("category", r.category());
    x.text("inherent", r.inherent());
    x.text("current", r.current());
    x.text("target", r.target());
    writePrinted("currentAsPrinted", r.currentAsPrinted(), x);
    writePrinted("targetAsPrinted", r.targetAsPrinted(), x);
    x.strings("controls", r.controls());
    x.array("actions", r.actions(), (w, a) -> w.object(y -> {
      y.field("description", a.description());
      y.field("owner", a.owner());
      y.text("due", a.due());
      if (a.status() != RiskActionStatus.PLANNED) {
        y.field("status", a.status());
      }
    }));
    enumField(x, "treatment", r.treatment());
    enumField(x, "reviewFrequency", r.reviewFrequency());
    x.text("lastReviewed", r.lastReviewed());
    x.array("escalations", r.escalations(), (w, e) -> w.object(y -> {
      y.text("date", e.date());
      y.field("from", e.fromRegister());
      y.field("to", e.toRegister());
      y.field("reason", e.reason());
    }));
    if (r.status() != RiskStatus.OPEN) {
      x.field("status", r.status());
    }
  }

  /** Writes an enum member if present. */
  static void enumField(JsonOut out, String name, Optional<? extends Enum<?>> value) {
    value.ifPresent(v -> out.field(name, v));
  }
}
