package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scplan.core.ViewData;

/** What a report shows of a register: the heat maps of its ratings, and its one-line summary. */
class RiskRegisterViewTest {
  private static RiskRegister.Builder register() {
    return RiskRegister.builder().id("dir").title("Directorate Risk Register").matrix(RiskMatrices.kent5x5());
  }

  @Test
  void theViewHasTheTargetMapOnlyWhereSomeRiskHasATarget() {
    RiskRegister withTargets = register().asAt(LocalDate.of(2018, 9, 30))
        .addRisk(Risk.of("AH0005", "Financial pressures", "Funding").withCurrent(Rating.of(4, 5))
            .withTarget(Rating.of(3, 4)))
        .addRisk(Risk.of("AH0001", "Operating model", "New model")).build();
    RiskRegister currentOnly = register().addRisk(Risk.of("AH0005", "Financial pressures", "Funding")
        .withCurrent(Rating.of(4, 5))).build();

    ViewData both = withTargets.view().data();
    assertThat(both.fields()).containsEntry("matrix", "kent-5x5").containsEntry("asAt", "2018-09-30")
        .containsEntry("risks", 2L);
    assertThat(both.fields().get("heatMaps")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(
        withTargets.heatMap(RatingKind.CURRENT).data(), withTargets.heatMap(RatingKind.TARGET).data());
    assertThat(withTargets.view().lines()).containsSubsequence(withTargets.heatMap(RatingKind.CURRENT).lines())
        .containsSubsequence(withTargets.heatMap(RatingKind.TARGET).lines());
    assertThat(currentOnly.view().data().fields().get("heatMaps")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly(currentOnly.heatMap(RatingKind.CURRENT).data());
    assertThat(currentOnly.view().data().get("asAt")).isEmpty();
    assertThat(register().build().view().data().fields().get("heatMaps")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
  }

  @Test
  void itReadsAsItsTitleLevelMatrixDateAndCounts() {
    RiskRegister r = register().level(RegisterLevel.DIRECTORATE).asAt(LocalDate.of(2018, 9, 30))
        .addRisk(Risk.of("AH0005", "Financial pressures", "Funding").withCurrent(Rating.of(4, 5)))
        .addRisk(Risk.of("AH0010", "Information Governance", "GDPR").withStatus(RiskStatus.CLOSED)).build();

    assertThat(r.kind()).isEqualTo(RiskRegister.KIND).isEqualTo("risks");
    assertThat(r.toString().lines().findFirst()).contains("Directorate Risk Register (risks \"dir\", "
        + "Directorate register, matrix kent-5x5, as at 2018-09-30): 2 risks, 1 open, 1 rated");
    assertThat(r.toString()).contains("AH0005").contains("20 High (L4 × I5)");
    assertThat(register().addRisk(Risk.of("R1", "One", "d")).build().toString())
        .startsWith("Directorate Risk Register (risks \"dir\", matrix kent-5x5): 1 risk, 1 open, 0 rated");
    assertThat(register().build()).hasToString(
        "Directorate Risk Register (risks \"dir\", matrix kent-5x5): 0 risks, 0 open, 0 rated");
    assertThat(r.withRisk(Risk.of("R9", "Nine", "d")).risks()).hasSize(3);
  }

  @Test
  void theIdAndTitleAreNotBlank() {
    assertThatThrownBy(() -> register().id(" ").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A risk register's id is blank");
    assertThatThrownBy(() -> register().title(" ").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The title of risk register dir is blank");
  }
}
