package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scplan.core.PlanDate;
import org.scplan.core.ViewData;
import org.scplan.equality.CharacteristicAssessment;
import org.scplan.equality.EqualityAction;
import org.scplan.equality.EqualityImpactAssessment;
import org.scplan.equality.ImpactLevel;

/** What a report shows of an equality impact assessment: what was assessed, what was not, and the actions. */
class EqualityViewTest {
  private static EqualityImpactAssessment.Builder eia() {
    return EqualityImpactAssessment.builder().id("eia").title("EIA");
  }

  @Test
  void theViewSaysWhatWasAssessedAndWhichCharacteristicsWereNot() {
    EqualityImpactAssessment a = eia().subject("Transformation").screeningDate(PlanDate.parse("23 January 2012"))
        .addAssessment(CharacteristicAssessment.of("Age", true, false, ImpactLevel.LOW, ImpactLevel.HIGH))
        .addAssessment(CharacteristicAssessment.builder().characteristic("Carers").build())
        .addAction(EqualityAction.builder().characteristic("Age").action("Consult older people").build())
        .build();

    assertThat(a.kind()).isEqualTo(EqualityImpactAssessment.KIND).isEqualTo("equality-impact");
    assertThat(a.view().lines().get(0)).isEqualTo("2 characteristics assessed, 1 action; not assessed: Disability,"
        + " Gender reassignment, Marriage and civil partnership, Pregnancy and maternity, Race, Religion or belief,"
        + " Sex, Sexual orientation");
    ViewData data = a.view().data();
    assertThat(data.fields()).containsEntry("subject", "Transformation").containsEntry("screened", "23 January 2012")
        .containsEntry("actions", 1L);
    assertThat(data.fields().get("characteristics")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).extracting(r -> ((ViewData) r).fields())
        .containsExactly(Map.of("characteristic", "Age", "affectedDifferently", "yes",
            "promotesEqualOpportunity", "no", "positiveImpact", ImpactLevel.LOW.toString(),
            "negativeImpact", ImpactLevel.HIGH.toString()), Map.of("characteristic", "Carers"));
    assertThat(a.view().lines()).hasSizeGreaterThan(1);
    assertThat(a.toString()).startsWith("EIA (equality-impact \"eia\", Transformation, screened 23 January 2012):"
        + " 2 characteristics, 1 action\n");
  }

  @Test
  void anEmptyAssessmentSaysSoInOneLine() {
    EqualityImpactAssessment a = eia().build();

    assertThat(a.view().lines()).singleElement().asString().startsWith("0 characteristics assessed, 0 actions; "
        + "not assessed: Age, Disability");
    assertThat(a.view().data().get("subject")).isEmpty();
    assertThat(a).hasToString("EIA (equality-impact \"eia\"): 0 characteristics, 0 actions");
    assertThat(a.notAssessed()).hasSize(9);
  }

  @Test
  void theIdAndTitleAreNotBlank() {
    assertThatThrownBy(() -> eia().id(" ").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("An equality impact assessment's id is blank");
    assertThatThrownBy(() -> eia().title(" ").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The title of equality impact assessment eia is blank");
  }
}
