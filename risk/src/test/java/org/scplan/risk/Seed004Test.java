package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.Finding;
import org.scplan.core.Severity;
import org.scplan.equality.CharacteristicAssessment;
import org.scplan.equality.EqualityAction;
import org.scplan.equality.EqualityImpactAssessment;
import org.scplan.equality.ImpactLevel;
import org.scplan.equality.ProtectedCharacteristic;

/**
 * Golden tests against seed 004 (Adult Social Care Transformation Programme Blueprint, 2012),
 * Appendix 4: the equality impact assessment's initial screening and its action plan.
 */
class Seed004Test {
  private final List<String> published = SeedText.lines("004-appendix-4-equality-impact-assessment.txt");
  private final EqualityImpactAssessment eia = SeedRegisters.seed004Appendix4();

  @Test
  void eightCharacteristicsAllYesYesHighHigh() {
    assertThat(eia.assessments()).extracting(CharacteristicAssessment::characteristic).containsExactly("Age",
        "Disability", "Gender", "Gender identity", "Race", "Religion or belief", "Sexual orientation",
        "Pregnancy and maternity");
    assertThat(eia.assessments()).allSatisfy(a -> {
      assertThat(a.affectedDifferently()).contains(true);
      assertThat(a.promotesEqualOpportunity()).contains(true);
      assertThat(a.positiveImpact()).contains(ImpactLevel.HIGH);
      assertThat(a.negativeImpact()).contains(ImpactLevel.HIGH);
      assertThat(published).contains(a.characteristic() + "\tYes\tYes\tHigh\tHigh\t" + a.details().orElse(""));
    });
    assertThat(eia.assessments().get(0).details().orElseThrow()).startsWith("Full assessment can not be made at this"
        + " time as the nature of change is yet to be determined.");
  }

  @Test
  void theSeedsNamesMapToTheCharacteristicsTheActProtects() {
    assertThat(eia.assessments()).extracting(a -> a.protectedCharacteristic().orElseThrow()).containsExactly(
        ProtectedCharacteristic.AGE, ProtectedCharacteristic.DISABILITY, ProtectedCharacteristic.SEX,
        ProtectedCharacteristic.GENDER_REASSIGNMENT, ProtectedCharacteristic.RACE,
        ProtectedCharacteristic.RELIGION_OR_BELIEF, ProtectedCharacteristic.SEXUAL_ORIENTATION,
        ProtectedCharacteristic.PREGNANCY_AND_MATERNITY);
    assertThat(eia.notAssessed()).containsExactly(ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP);
  }

  @Test
  void theActionPlanAsPublished() {
    assertThat(eia.actions()).hasSize(8);
    EqualityAction age = eia.actions().get(0);
    assertThat(age.characteristic()).isEqualTo("Age");
    assertThat(age.owner()).contains("Mark Lobban");
    assertThat(age.timescale()).contains("February 2012 – March 2015.");
    assertThat(age.issues()).contains("No issues have been identified at this time.");
    assertThat(age.expectedOutcomes()).contains("Better outcomes for service users.");
    assertThat(age.costImplications()).contains("None have been identified at this time.");
    assertThat(eia.actions().subList(1, 8)).allSatisfy(a -> {
      assertThat(a.owner()).isEmpty();
      assertThat(a.timescale()).isEmpty();
      assertThat(a.action()).isEmpty();
    });
    for (EqualityAction a : eia.actions()) {
      String row = String.join("\t", a.characteristic(), a.issues().orElse(""), a.action().orElse(""),
          a.expectedOutcomes().orElse(""), a.owner().orElse(""), a.timescale().orElse(""),
          a.costImplications().orElse(""));
      assertThat(published).contains(row);
    }
  }

  @Test
  void whoAndWhen() {
    assertThat(eia.responsibleOwner().orElseThrow().toString())
        .isEqualTo("Mark Lobban – Director of Strategic Commissioning, Families and Social Care");
    assertThat(eia.completedBy().orElseThrow().name()).isEqualTo("Samantha Sheppard");
    assertThat(eia.screeningDate().orElseThrow().earliest()).contains(java.time.LocalDate.of(2012, 1, 23));
    assertThat(published).contains("Date of Initial Screening: 23 January 2012",
        "Responsible Owner/ Senior Officer: Mark Lobban, Director of Strategic Commissioning, Families and Social Care",
        "Completed by: Samantha Sheppard (Efficiency Manager)",
        "Summary of Initial Screening - Adult Social Care Transformation Programme",
        "Note: " + eia.note().orElseThrow());
  }

  @Test
  void theOnlyFindingIsTheCharacteristicTheScreeningLeftOut() {
    assertThat(eia.validate().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(RiskRules.EQUALITY_NOT_ASSESSED);
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).isEqualTo("The assessment has no row for Marriage and civil partnership, a"
          + " characteristic the Equality Act 2010 protects");
    });
  }

  @Test
  void otherEqualityRules() {
    EqualityImpactAssessment odd = EqualityImpactAssessment.builder().id("eia").title("EIA")
        .addAssessment(CharacteristicAssessment.of("Age", true, true, ImpactLevel.LOW, ImpactLevel.HIGH))
        .addAssessment(CharacteristicAssessment.builder().characteristic("age").build())
        .addAssessment(CharacteristicAssessment.of("Carers", true, false, ImpactLevel.LOW, ImpactLevel.NONE))
        .addAction(EqualityAction.builder().characteristic("Disability").action("Consult the disability forum").build())
        .build();
    assertThat(odd.validate().findings()).extracting(Finding::code).containsExactly(
        RiskRules.EQUALITY_NEGATIVE_WITHOUT_ACTION, RiskRules.EQUALITY_DUPLICATE, RiskRules.EQUALITY_IMPACT_MISSING,
        RiskRules.EQUALITY_UNRECOGNISED,
        RiskRules.EQUALITY_NOT_ASSESSED, RiskRules.EQUALITY_NOT_ASSESSED, RiskRules.EQUALITY_NOT_ASSESSED,
        RiskRules.EQUALITY_NOT_ASSESSED, RiskRules.EQUALITY_NOT_ASSESSED, RiskRules.EQUALITY_NOT_ASSESSED,
        RiskRules.EQUALITY_NOT_ASSESSED, RiskRules.EQUALITY_NOT_ASSESSED,
        RiskRules.EQUALITY_ACTION_NO_OWNER);
  }

  @Test
  void printsAsATable() {
    assertThat(eia.toString().lines().limit(4)).containsExactly(
        "Appendix 4: Equalities Impact Assessment (equality-impact \"equality-impact-assessment\", Adult Social Care"
            + " Transformation Programme, screened 23 January 2012): 8 characteristics, 8 actions",
        "Responsible: Mark Lobban – Director of Strategic Commissioning, Families and Social Care",
        "CHARACTERISTIC           AFFECTED DIFFERENTLY  PROMOTES EQUALITY  POSITIVE  NEGATIVE",
        "Age                      Yes                   Yes                High      High");
  }
}
