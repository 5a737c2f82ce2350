package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Heat maps as data and as a grid. */
class HeatMapTest {
  private final RiskRegister register = RiskRegister.builder().id("dir").title("Directorate Risk Register")
      .matrix(RiskMatrices.kent5x5())
      .addRisk(Risk.of("AH0005", "Financial pressures", "Funding").withCurrent(Rating.of(4, 5)).withTarget(Rating.of(3, 4)))
      .addRisk(Risk.of("AH0007", "Managing demand", "Demand").withCurrent(Rating.of(4, 5)).withTarget(Rating.of(3, 3)))
      .addRisk(Risk.of("AH0009", "ICT", "System replacement").withCurrent(Rating.of(3, 4)))
      .addRisk(Risk.of("AH0010", "Information Governance", "GDPR").withCurrent(Rating.of(2, 2))
          .withStatus(RiskStatus.CLOSED))
      .addRisk(Risk.of("AH0011", "Business disruption", "Emergency").withCurrent(Rating.of(6, 5)))
      .addRisk(Risk.of("AH0001", "New operating model", "Change"))
      .build();

  @Test
  void countsTheOpenRisksInEachCell() {
    HeatMap current = register.heatMap(RatingKind.CURRENT);
    assertThat(current.count(Rating.of(4, 5))).isEqualTo(2);
    assertThat(current.risks(Rating.of(4, 5))).containsExactly("AH0005: Financial pressures", "AH0007: Managing demand");
    assertThat(current.count(Rating.of(3, 4))).isEqualTo(1);
    assertThat(current.count(Rating.of(2, 2))).as("closed risks are left out").isZero();
    assertThat(current.total()).isEqualTo(3);
    assertThat(current.notRated()).containsExactly("AH0001: New operating model");
    assertThat(current.offMatrix()).containsExactly("AH0011: Business disruption");
    assertThat(current.cells()).hasSize(25).filteredOn(c -> c.count() > 0).extracting(c -> c.rating().toString())
        .containsExactly("L3 × I4", "L4 × I5");
    Map<RiskLevel, Integer> byLevel = current.countsByLevel();
    assertThat(byLevel.values()).containsExactly(0, 1, 2);
  }

  @Test
  void targetRatingsHaveTheirOwnMap() {
    HeatMap target = register.heatMap(RatingKind.TARGET);
    assertThat(target.kind()).isEqualTo(RatingKind.TARGET);
    assertThat(target.total()).isEqualTo(2);
    assertThat(target.count(Rating.of(3, 3))).isEqualTo(1);
    assertThat(target.notRated()).hasSize(3);
  }

  @Test
  void printsAsAGridForJShell() {
    assertThat(register.heatMap(RatingKind.CURRENT).toString()).isEqualTo(String.join("\n",
        "Current ratings of Directorate Risk Register on kent-5x5: 3 risks on the matrix, 1 not rated,"
            + " 1 off the matrix (AH0011: Business disruption)",
        "     I1   I2   I3   I4   I5",
        "L5  · L  · M  · M  · H  · H",
        "L4  · L  · M  · M  · H  2 H",
        "L3  · L  · L  · M  1 M  · M",
        "L2  · L  · L  · L  · M  · M",
        "L1  · L  · L  · L  · L  · L",
        "L = Low (0), M = Medium (1), H = High (2)"));
  }

  @Test
  void aCellOffTheMatrixIsMisuse() {
    assertThatThrownBy(() -> register.heatMap(RatingKind.CURRENT).count(Rating.of(6, 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Rating L6 × I5 is not on matrix kent-5x5");
  }
}
