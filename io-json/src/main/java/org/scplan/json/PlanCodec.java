package org.scplan.json;

import java.util.ArrayList;
import java.util.List;
import org.scplan.core.Action;
import org.scplan.core.BusinessPlan;
import org.scplan.core.HeadlineFigure;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.KeyDecision;
import org.scplan.core.Location;
import org.scplan.core.Milestone;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.Organisation;
import org.scplan.core.Person;
import org.scplan.core.PlanSection;
import org.scplan.core.Priority;
import org.scplan.core.ReportedFigure;

/** Reads and writes a {@link BusinessPlan} in the scplan JSON format, version 1. Not API. */
final class PlanCodec {
  private PlanCodec() {}

  /** Collects what a plan is read into before its organisation is checked as a whole. */
  static final class PlanParts {
    final BusinessPlan.Builder plan = BusinessPlan.builder();
    OrgUnit unit;
    Location unitAt;
    List<OrgUnit> organisation;
    List<Location> organisationAt;
    Location organisationStart;
  }

  static final JsonFields<OrgUnit.Builder> UNIT = JsonFields.<OrgUnit.Builder>of("an organisation unit")
      .required("id", (in, b) -> b.id(in.nonBlank()))
      .required("name", (in, b) -> b.name(in.nonBlank()))
      .required("level", (in, b) -> b.level(in.enumValue(OrgLevel.class)))
      .optional("parent", (in, b) -> b.parentId(in.nonBlank()))
      .build();

  static final JsonFields<Person.Builder> PERSON = JsonFields.<Person.Builder>of("a person")
      .required("name", (in, b) -> b.name(in.nonBlank()))
      .optional("title", (in, b) -> b.title(in.nonBlank()))
      .build();

  /** Collects a headline figure's members; the figure's type depends on the measure. */
  static final class HeadlineParts {
    HeadlineMeasure measure;
    String figure;
    Location figureAt;
    final HeadlineFigure.Builder builder = HeadlineFigure.builder();
  }

  static final JsonFields<HeadlineParts> HEADLINE = JsonFields.<HeadlineParts>of("a headline figure")
      .required("measure", (in, h) -> h.measure = in.enumValue(HeadlineMeasure.class))
      .required("figure", (in, h) -> {
        h.figureAt = in.here();
        h.figure = in.nonBlank();
      })
      .optional("asAt", (in, h) -> h.builder.asAt(in.nonBlank()))
      .optional("quote", (in, h) -> h.builder.quote(in.nonBlank()))
      .build();

  static final JsonFields<Milestone.Builder> MILESTONE = JsonFields.<Milestone.Builder>of("a milestone")
      .optional("letter", (in, b) -> b.letter(in.nonBlank()))
      .required("description", (in, b) -> b.description(in.nonBlank()))
      .optional("due", (in, b) -> b.due(in.planDate()))
      .build();

  static final JsonFields<KeyDecision.Builder> DECISION = JsonFields.<KeyDecision.Builder>of("a key decision")
      .optional("number", (in, b) -> b.number(in.nonBlank()))
      .required("description", (in, b) -> b.description(in.nonBlank()))
      .optional("inForwardPlan", (in, b) -> b.inForwardPlan(in.bool()))
      .build();

  static final JsonFields<Action.Builder> ACTION = JsonFields.<Action.Builder>of("an action")
      .optional("number", (in, b) -> b.number(in.nonBlank()))
      .required("description", (in, b) -> b.description(in.nonBlank()))
      .optional("accountableOfficers", (in, b) -> b.addAllAccountableOfficers(in.list(in::nonBlank)))
      .optional("start", (in, b) -> b.start(in.planDate()))
      .optional("end", (in, b) -> b.end(in.planDate()))
      .optional("deliverables", (in, b) -> b.deliverables(in.nonBlank()))
      .optional("links", (in, b) -> b.addAllLinks(in.list(in::nonBlank)))
      .optional("actions", (in, b) -> b.addAllActions(in.list(() -> readAction(in))))
      .build();

  static final JsonFields<Priority.Builder> PRIORITY = JsonFields.<Priority.Builder>of("a priority")
      .optional("number", (in, b) -> b.number(in.nonBlank()))
      .required("title", (in, b) -> b.title(in.nonBlank()))
      .optional("description", (in, b) -> b.description(in.nonBlank()))
      .optional("narrative", (in, b) -> b.narrative(in.nonBlank()))
      .optional("actions", (in, b) -> b.addAllActions(in.list(() -> readAction(in))))
      .optional("milestones", (in, b) -> b.addAllMilestones(
          in.list(() -> in.build(MILESTONE, Milestone.builder(), Milestone.Builder::build))))
      .optional("keyDecisions", (in, b) -> b.addAllKeyDecisions(
          in.list(() -> in.build(DECISION, KeyDecision.builder(), KeyDecision.Builder::build))))
      .build();

  static final JsonFields<PlanParts> PLAN = JsonFields.<PlanParts>of("a plan")
      .required("title", (in, p) -> p.plan.title(in.nonBlank()))
      .required("unit", (in, p) -> {
        p.unitAt = in.here();
        p.unit = readUnit(in);
      })
      .optional("organisation", (in, p) -> {
        p.organisationStart = in.here();
        List<Location> at = new ArrayList<>();
        p.organisation = in.list(() -> {
          at.add(in.here());
          return readUnit(in);
        });
        p.organisationAt = at;
      })
      .required("year", (in, p) -> p.plan.year(in.financialYear()))
      .optional("lastYear", (in, p) -> p.plan.lastYear(in.financialYear()))
      .optional("status", (in, p) -> p.plan.status(in.nonBlank()))
      .optional("source", (in, p) -> p.plan.source(in.nonBlank()))
      .optional("portfolioHolder", (in, p) -> p.plan.portfolioHolder(readPerson(in)))
      .optional("cabinetMembers", (in, p) -> p.plan.addAllCabinetMembers(in.list(() -> readPerson(in))))
      .optional("corporateDirectors", (in, p) -> p.plan.addAllCorporateDirectors(in.list(() -> readPerson(in))))
      .optional("directors", (in, p) -> p.plan.addAllDirectors(in.list(() -> readPerson(in))))
      .optional("headsOfService", (in, p) -> p.plan.addAllHeadsOfService(in.list(() -> readPerson(in))))
      .optional("accountableManagers", (in, p) -> p.plan.addAllAccountableManagers(in.list(() -> readPerson(in))))
      .optional("headlines", (in, p) -> p.plan.addAllHeadlines(in.list(() -> readHeadline(in))))
      .optional("priorities", (in, p) -> p.plan.addAllPriorities(
          in.list(() -> in.build(PRIORITY, Priority.builder(), Priority.Builder::build))))
      .optional("sections", (in, p) -> p.plan.addAllSections(in.list(in::section)))
      .build();

  /**
   * Reads a plan object.
   *
   * @param in the reader, on the plan's opening brace
   * @return the plan
   */
  public static BusinessPlan read(JsonIn in) {
    return in.build(PLAN, new PlanParts(), parts -> {
      parts.plan.unit(parts.unit);
      if (parts.organisation != null) {
        List<Organisation.Problem> problems = Organisation.problems(parts.organisation);
        for (Organisation.Problem problem : problems) {
          in.problemAt(parts.organisationAt.get(problem.index()), JsonRules.INVALID_VALUE,
              "invalid organisation: " + problem.message());
        }
        if (!problems.isEmpty()) {
          throw new IllegalArgumentException("the organisation is not a tree (see the problems above)");
        }
        OrgUnit listed = parts.organisation.stream().filter(u -> u.id().equals(parts.unit.id())).findFirst()
            .orElse(null);
        if (listed == null) {
          in.problemAt(parts.unitAt, JsonRules.INVALID_VALUE, "the plan's unit \"" + parts.unit.id()
              + "\" is not listed in its organisation");
          throw new IllegalArgumentException("the unit is not in the organisation");
        }
        if (!listed.equals(parts.unit)) {
          in.problemAt(parts.unitAt, JsonRules.INVALID_VALUE, "the plan's unit " + parts.unit
              + " differs from the organisation's unit with the same id, " + listed);
          throw new IllegalArgumentException("the unit differs from the organisation's");
        }
        parts.plan.organisation(Organisation.of(parts.organisation));
      }
      return parts.plan.build();
    });
  }

  static OrgUnit readUnit(JsonIn in) {
    return in.build(UNIT, OrgUnit.builder(), OrgUnit.Builder::build);
  }

  static Person readPerson(JsonIn in) {
    if (in.isString()) {
      return Person.of(in.nonBlank());
    }
    return in.build(PERSON, Person.builder(), Person.Builder::build);
  }

  private static Action readAction(JsonIn in) {
    return in.build(ACTION, Action.builder(), Action.Builder::build);
  }

  private static HeadlineFigure readHeadline(JsonIn in) {
    return in.build(HEADLINE, new HeadlineParts(), h -> {
      ReportedFigure figure;
      try {
        figure = h.measure.isMoney()
            ? org.scplan.core.ReportedAmount.parse(h.figure)
            : org.scplan.core.ReportedNumber.parse(h.figure);
      } catch (IllegalArgumentException e) {
        in.problemAt(h.figureAt.field("figure"), JsonRules.INVALID_VALUE,
            "expected " + (h.measure.isMoney() ? "a money figure such as £414m" : "a figure such as 2,319.2")
                + " for a " + JsonIn.jsonName(h.measure) + " headline: " + e.getMessage());
        throw e;
      }
      return h.builder.measure(h.measure).figure(figure).build();
    });
  }

  /**
   * Writes a plan object.
   *
   * @param plan the plan
   * @param out the writer
   * @param codecs the section codecs, by section type
   */
  public static void write(BusinessPlan plan, JsonOut out, SectionWriter codecs) {
    out.object(o -> {
      o.field("title", plan.title());
      o.object("unit", u -> writeUnit(plan.unit(), u));
      plan.organisation().ifPresent(org -> o.array("organisation", org.units(),
          (w, unit) -> w.object(u -> writeUnit(unit, u))));
      o.text("year", plan.year());
      o.text("lastYear", plan.lastYear());
      o.field("status", plan.status());
      o.field("source", plan.source());
      plan.portfolioHolder().ifPresent(p -> {
        o.name("portfolioHolder");
        writePerson(p, o);
      });
      o.array("cabinetMembers", plan.cabinetMembers(), (w, p) -> writePerson(p, w));
      o.array("corporateDirectors", plan.corporateDirectors(), (w, p) -> writePerson(p, w));
      o.array("directors", plan.directors(), (w, p) -> writePerson(p, w));
      o.array("headsOfService", plan.headsOfService(), (w, p) -> writePerson(p, w));
      o.array("accountableManagers", plan.accountableManagers(), (w, p) -> writePerson(p, w));
      o.array("headlines", plan.headlines(), (w, h) -> w.object(x -> {
        x.field("measure", h.measure());
        x.text("figure", h.figure());
        x.field("asAt", h.asAt());
        x.field("quote", h.quote());
      }));
      o.array("priorities", plan.priorities(), (w, p) -> w.object(x -> writePriority(p, x)));
      o.array("sections", plan.sections(), (w, s) -> codecs.write(s, w));
    });
  }

  static void writeUnit(OrgUnit unit, JsonOut u) {
    u.field("id", unit.id());
    u.field("name", unit.name());
    u.field("level", unit.level());
    u.field("parent", unit.parentId());
  }

  static void writePerson(Person p, JsonOut out) {
    if (p.title().isEmpty()) {
      out.value(p.name());
    } else {
      out.object(x -> {
        x.field("name", p.name());
        x.field("title", p.title());
      });
    }
  }

  private static void writePriority(Priority p, JsonOut x) {
    x.field("number", p.number());
    x.field("title", p.title());
    x.field("description", p.description());
    x.field("narrative", p.narrative());
    x.array("actions", p.actions(), (w, a) -> w.object(y -> writeAction(a, y)));
    x.array("milestones", p.milestones(), (w, m) -> w.object(y -> {
      y.field("letter", m.letter());
      y.field("description", m.description());
      y.text("due", m.due());
    }));
    x.array("keyDecisions", p.keyDecisions(), (w, d) -> w.object(y -> {
      y.field("number", d.number());
      y.field("description", d.description());
      d.inForwardPlan().ifPresent(b -> y.field("inForwardPlan", b));
    }));
  }

  private static void writeAction(Action a, JsonOut y) {
    y.field("number", a.number());
    y.field("description", a.description());
    y.strings("accountableOfficers", a.accountableOfficers());
    y.text("start", a.start());
    y.text("end", a.end());
    y.field("deliverables", a.deliverables());
    y.strings("links", a.links());
    y.array("actions", a.actions(), (w, sub) -> w.object(z -> writeAction(sub, z)));
  }

  /** Writes a section with the codec registered for its type. */
  @FunctionalInterface
  interface SectionWriter {
    /**
     * Writes a section as an array element.
     *
     * @param section the section
     * @param out the writer
     */
    void write(PlanSection section, JsonOut out);
  }

  /**
   * Writes a section object: {@code "kind"} first, then the codec's members.
   *
   * @param <T> the section type
   * @param codec the codec
   * @param section the section
   * @param out the writer
   */
  public static <T extends PlanSection> void writeSection(SectionCodec<T> codec, PlanSection section, JsonOut out) {
    out.object(o -> {
      o.field("kind", codec.kind());
      codec.write(codec.type().cast(section), o);
    });
  }
}
