package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scplan.core.ViewData;

/** A heat map as data for a report, its counts by level, and heat maps as values. */
class HeatMapDataTest {
  private static RiskRegister register(Risk... risks) {
    return RiskRegister.builder().id("dir").title("Directorate Risk Register").matrix(RiskMatrices.kent5x5())
        .addRisks(risks).build();
  }

  private static final Risk FUNDING = Risk.of("AH0005", "Financial pressures", "Funding").withCurrent(Rating.of(4, 5))
      .withTarget(Rating.of(3, 4));
  private static final Risk DEMAND = Risk.of("AH0007", "Managing demand", "Demand").withCurrent(Rating.of(4, 5));
  private static final Risk MODEL = Risk.of("AH0001", "Operating model", "New model");

  @Test
  void theDataListsOnlyTheCellsWithRisksAndTheRisksNotRated() {
    HeatMap map = register(FUNDING, DEMAND, MODEL).heatMap(RatingKind.CURRENT);
    ViewData data = map.data();

    assertThat(data.fields()).containsEntry("rating", RatingKind.CURRENT.toString()).containsEntry("matrix", "kent-5x5")
        .containsEntry("risks", 2L).containsEntry("notRated", List.of("AH0001: Operating model"))
        .containsEntry("offMatrix", List.of());
    assertThat(data.fields().get("cells")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).singleElement().satisfies(c -> assertThat(((ViewData) c).fields())
        .isEqualTo(Map.of("likelihood", 4L, "impact", 5L, "score", 20L, "level", "High",
            "risks", List.of("AH0005: Financial pressures", "AH0007: Managing demand"))));
  }

  @Test
  void everyLevelIsCountedWithTheRisksInAllItsCells() {
    Risk low = Risk.of("R1", "Low one", "d").withCurrent(Rating.of(1, 1));
    Risk otherLow = Risk.of("R2", "Low two", "d").withCurrent(Rating.of(2, 3));
    HeatMap map = register(FUNDING, DEMAND, low, otherLow, MODEL).heatMap(RatingKind.CURRENT);
    RiskMatrix m = RiskMatrices.kent5x5();

    assertThat(map.countsByLevel()).containsExactly(Map.entry(m.level("Low").orElseThrow(), 2),
        Map.entry(m.level("Medium").orElseThrow(), 0), Map.entry(m.level("High").orElseThrow(), 2));
  }

  @Test
  void heatMapsAreEqualWithTheSameRisksInTheSameCells() {
    new EqualsTester()
        .addEqualityGroup(register(FUNDING, DEMAND).heatMap(RatingKind.CURRENT),
            register(FUNDING, DEMAND).heatMap(RatingKind.CURRENT))
        .addEqualityGroup(register(FUNDING, DEMAND).heatMap(RatingKind.TARGET))
        .addEqualityGroup(register(FUNDING).heatMap(RatingKind.CURRENT))
        .addEqualityGroup(register(FUNDING, DEMAND, MODEL).heatMap(RatingKind.CURRENT))
        .addEqualityGroup(register(FUNDING, DEMAND, Risk.of("X", "Off", "d").withCurrent(Rating.of(6, 6)))
            .heatMap(RatingKind.CURRENT))
        .addEqualityGroup(RiskRegister.builder().from(register(FUNDING, DEMAND)).title("Corporate Risk Register")
            .build().heatMap(RatingKind.CURRENT))
        .addEqualityGroup(RiskRegister.builder().from(register(FUNDING, DEMAND)).matrix(RiskMatrices.named("npsa-5x5"))
            .build().heatMap(RatingKind.CURRENT))
        .testEquals();
  }
}
