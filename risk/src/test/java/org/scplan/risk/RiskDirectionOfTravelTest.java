package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Direction of travel between two dated versions of a register. */
class RiskDirectionOfTravelTest {
  private static final RiskRegister Q1 = RiskRegister.builder().id("dir").title("Directorate Risk Register")
      .matrix(RiskMatrices.kent5x5()).asAt(LocalDate.of(2018, 6, 30))
      .addRisk(Risk.of("AH0005", "Financial pressures", "Funding").withCurrent(Rating.of(4, 5)))
      .addRisk(Risk.of("AH0007", "Managing demand", "Demand").withCurrent(Rating.of(3, 4)))
      .addRisk(Risk.of("AH0008", "Social Market", "Providers").withCurrent(Rating.of(3, 3)))
      .addRisk(Risk.of("AH0010", "Information Governance", "GDPR").withCurrent(Rating.of(3, 3)))
      .addRisk(Risk.of("AH0011", "Business disruption", "Emergency").withCurrent(Rating.of(2, 5)))
      .addRisk(Risk.of("AH0012", "KMPT partnership", "Review"))
      .build();

  private static final RiskRegister Q2 = RiskRegister.builder().from(Q1).asAt(LocalDate.of(2018, 9, 30))
      .risks(java.util.List.of(
          Risk.of("AH0005", "Financial pressures", "Funding").withCurrent(Rating.of(4, 4)),
          Risk.of("AH0007", "Managing demand", "Demand").withCurrent(Rating.of(4, 4)),
          Risk.of("AH0008", "Social Market", "Providers").withCurrent(Rating.of(3, 3)),
          Risk.of("AH0010", "Information Governance", "GDPR").withCurrent(Rating.of(3, 3))
              .withStatus(RiskStatus.CLOSED),
          Risk.of("AH0012", "KMPT partnership", "Review").withCurrent(Rating.of(2, 2)),
          Risk.of("AH0016", "PREVENT", "Duty").withCurrent(Rating.of(2, 4))))
      .build();

  @Test
  void eachRiskMovesOneWay() {
    RiskDirectionOfTravel travel = Q2.directionOfTravelSince(Q1);
    assertThat(travel.travel("AH0005")).isEqualTo(Travel.IMPROVING);
    assertThat(travel.travel("AH0007")).isEqualTo(Travel.WORSENING);
    assertThat(travel.travel("AH0008")).isEqualTo(Travel.NO_CHANGE);
    assertThat(travel.travel("AH0010")).isEqualTo(Travel.CLOSED);
    assertThat(travel.travel("AH0012")).isEqualTo(Travel.NOT_RATED);
    assertThat(travel.travel("AH0016")).isEqualTo(Travel.NEW);
    assertThat(travel.travel("AH0011")).isEqualTo(Travel.REMOVED);
    assertThat(travel.movements()).extracting(RiskMovement::key)
        .containsExactly("AH0005", "AH0007", "AH0008", "AH0010", "AH0012", "AH0016", "AH0011");
    assertThat(travel.count(Travel.IMPROVING)).isEqualTo(1);
    assertThat(travel.movement("AH0005").orElseThrow().before()).contains(Rating.of(4, 5));
  }

  @Test
  void comparisonsAreValuesOfTheirDatesMatrixAndMovements() {
    RiskDirectionOfTravel travel = Q2.directionOfTravelSince(Q1);

    assertThat(travel.from()).isEqualTo(LocalDate.of(2018, 6, 30));
    assertThat(travel.to()).isEqualTo(LocalDate.of(2018, 9, 30));
    assertThat(travel.matrix()).isEqualTo(RiskMatrices.kent5x5());
    RiskRegister q3 = RiskRegister.builder().from(Q2).asAt(LocalDate.of(2018, 12, 31)).build();
    RiskRegister q2Moved = Q2.withRisk(Risk.of("AH0020", "Winter", "Pressures").withCurrent(Rating.of(3, 3)));
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(travel, RiskDirectionOfTravel.between(Q1, Q2))
        .addEqualityGroup(RiskDirectionOfTravel.between(Q1, q3))
        .addEqualityGroup(RiskDirectionOfTravel.between(Q1, q2Moved))
        .addEqualityGroup(RiskDirectionOfTravel.between(RiskRegister.builder().from(Q1)
            .asAt(LocalDate.of(2018, 3, 31)).build(), Q2))
        .testEquals();
  }

  @Test
  void printsAsATable() {
    assertThat(Q2.directionOfTravelSince(Q1).toString().lines().limit(4)).containsExactly(
        "Direction of travel 2018-06-30 to 2018-09-30 on kent-5x5",
        "RISK                            2018-06-30           2018-09-30          TRAVEL",
        "AH0005: Financial pressures     20 High (L4 × I5)    16 High (L4 × I4)   ↓ Improving",
        "AH0007: Managing demand         12 Medium (L3 × I4)  16 High (L4 × I4)   ↑ Worsening");
  }

  @Test
  void needsTwoDatedVersionsInOrderOnOneMatrix() {
    RiskRegister undated = RiskRegister.builder().from(Q1).asAt(java.util.Optional.empty()).build();
    assertThatThrownBy(() -> RiskDirectionOfTravel.between(undated, Q2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Direction of travel needs two dated versions of a register (as-at dates: none and 2018-09-30)");
    assertThatThrownBy(() -> RiskDirectionOfTravel.between(Q2, Q1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The earlier version (as at 2018-09-30) is dated after the later one (as at 2018-06-30)");
    RiskRegister npsa = RiskRegister.builder().from(Q2).matrix(RiskMatrices.named("npsa-5x5")).build();
    assertThatThrownBy(() -> RiskDirectionOfTravel.between(Q1, npsa)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different matrices (kent-5x5 and npsa-5x5)");
  }
}
