package org.scplan.json;

import org.scplan.equality.CharacteristicAssessment;
import org.scplan.equality.EqualityAction;
import org.scplan.equality.EqualityImpactAssessment;
import org.scplan.equality.ImpactLevel;

/**
 * Reads and writes an {@link EqualityImpactAssessment}, section kind {@code equality-impact}: the
 * screening, one row per characteristic as the assessment names it, and the action plan cell by
 * cell. Not API.
 */
final class EqualityImpactCodec implements SectionCodec<EqualityImpactAssessment> {

  static final JsonFields<CharacteristicAssessment.Builder> ASSESSMENT =
      JsonFields.<CharacteristicAssessment.Builder>of("a characteristic's assessment")
          .required("characteristic", (in, b) -> b.characteristic(in.nonBlank()))
          .optional("affectedDifferently", (in, b) -> b.affectedDifferently(in.bool()))
          .optional("promotesEqualOpportunity", (in, b) -> b.promotesEqualOpportunity(in.bool()))
          .optional("positiveImpact", (in, b) -> b.positiveImpact(in.enumValue(ImpactLevel.class)))
          .optional("negativeImpact", (in, b) -> b.negativeImpact(in.enumValue(ImpactLevel.class)))
          .optional("details", (in, b) -> b.details(in.nonBlank()))
          .build();

  static final JsonFields<EqualityAction.Builder> ACTION = JsonFields.<EqualityAction.Builder>of(
          "an action plan row")
      .required("characteristic", (in, b) -> b.characteristic(in.nonBlank()))
      .optional("issues", (in, b) -> b.issues(in.nonBlank()))
      .optional("action", (in, b) -> b.action(in.nonBlank()))
      .optional("expectedOutcomes", (in, b) -> b.expectedOutcomes(in.nonBlank()))
      .optional("owner", (in, b) -> b.owner(in.nonBlank()))
      .optional("timescale", (in, b) -> b.timescale(in.nonBlank()))
      .optional("costImplications", (in, b) -> b.costImplications(in.nonBlank()))
      .build();

  static final JsonFields<EqualityImpactAssessment.Builder> ASSESSMENTS =
      JsonFields.<EqualityImpactAssessment.Builder>of("an equality impact assessment")
          .required("id", (in, b) -> b.id(in.nonBlank()))
          .required("title", (in, b) -> b.title(in.nonBlank()))
          .optional("subject", (in, b) -> b.subject(in.nonBlank()))
          .optional("responsibleOwner", (in, b) -> b.responsibleOwner(PlanCodec.readPerson(in)))
          .optional("completedBy", (in, b) -> b.completedBy(PlanCodec.readPerson(in)))
          .optional("screeningDate", (in, b) -> b.screeningDate(in.planDate()))
          .optional("assessments", (in, b) -> b.addAllAssessments(in.list(
              () -> in.build(ASSESSMENT, CharacteristicAssessment.builder(), CharacteristicAssessment.Builder::build))))
          .optional("actions", (in, b) -> b.addAllActions(
              in.list(() -> in.build(ACTION, EqualityAction.builder(), EqualityAction.Builder::build))))
          .optional("note", (in, b) -> b.note(in.nonBlank()))
          .build();

  @Override
  public String kind() {
    return EqualityImpactAssessment.KIND;
  }

  @Override
  public Class<EqualityImpactAssessment> type() {
    return EqualityImpactAssessment.class;
  }

  @Override
  public EqualityImpactAssessment read(JsonIn in) {
    return in.build(ASSESSMENTS, EqualityImpactAssessment.builder(), EqualityImpactAssessment.Builder::build);
  }

  @Override
  public void write(EqualityImpactAssessment eia, JsonOut out) {
    out.field("id", eia.id());
    out.field("title", eia.title());
    out.field("subject", eia.subject());
    eia.responsibleOwner().ifPresent(p -> PlanCodec.writePerson(p, out.name("responsibleOwner")));
    eia.completedBy().ifPresent(p -> PlanCodec.writePerson(p, out.name("completedBy")));
    out.text("screeningDate", eia.screeningDate());
    out.array("assessments", eia.assessments(), (w, a) -> w.object(x -> {
      x.field("characteristic", a.characteristic());
      a.affectedDifferently().ifPresent(v -> x.field("affectedDifferently", v));
      a.promotesEqualOpportunity().ifPresent(v -> x.field("promotesEqualOpportunity", v));
      RiskRegisterCodec.enumField(x, "positiveImpact", a.positiveImpact());
      RiskRegisterCodec.enumField(x, "negativeImpact", a.negativeImpact());
      x.field("details", a.details());
    }));
    out.array("actions", eia.actions(), (w, a) -> w.object(x -> {
      x.field("characteristic", a.characteristic());
      x.field("issues", a.issues());
      x.field("action", a.action());
      x.field("expectedOutcomes", a.expectedOutcomes());
      x.field("owner", a.owner());
      x.field("timescale", a.timescale());
      x.field("costImplications", a.costImplications());
    }));
    out.field("note", eia.note());
  }
}
