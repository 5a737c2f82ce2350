package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.scplan.core.Finding;

/**
 * Golden tests of Kent's 5 × 5 matrix as the design documents state it: likelihood 1–5 × impact
 * 1–5, Low 1–6, Medium 8–15, High 16–25, and only 1–6, 8, 9, 10, 12, 15, 16, 20, 25 can occur.
 */
class KentMatrixTest {
  private final RiskMatrix kent = RiskMatrices.kent5x5();

  @Test
  void producesExactlyTheScoresKentLists() {
    assertThat(kent.scores()).containsExactly(1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25);
  }

  @Test
  void bandsAreLow1to6Medium8to15High16to25() {
    assertThat(kent.bands()).extracting(ScoreBand::toString).containsExactly("Low 1–6", "Medium 8–15", "High 16–25");
    assertThat(kent.levels()).extracting(RiskLevel::name).containsExactly("Low", "Medium", "High");
    assertThat(kent.formula()).isEqualTo(ScoreFormula.PRODUCT);
    assertThat(kent.likelihood().range()).isEqualTo("1–5");
    assertThat(kent.impact().range()).isEqualTo("1–5");
  }

  @Test
  void levelsAtTheBandEdges() {
    assertThat(describe(1, 1)).isEqualTo("1 Low (L1 × I1)");
    assertThat(describe(2, 3)).isEqualTo("6 Low (L2 × I3)");
    assertThat(describe(3, 2)).isEqualTo("6 Low (L3 × I2)");
    assertThat(describe(2, 4)).isEqualTo("8 Medium (L2 × I4)");
    assertThat(describe(3, 5)).isEqualTo("15 Medium (L3 × I5)");
    assertThat(describe(4, 4)).isEqualTo("16 High (L4 × I4)");
    assertThat(describe(4, 5)).isEqualTo("20 High (L4 × I5)");
    assertThat(describe(5, 5)).isEqualTo("25 High (L5 × I5)");
  }

  @Test
  void twelveLowNineMediumFourHighCells() {
    Map<String, Integer> cells = new TreeMap<>();
    for (Rating r : kent.ratings()) {
      cells.merge(kent.level(r).name(), 1, Integer::sum);
    }
    assertThat(cells).containsExactlyInAnyOrderEntriesOf(Map.of("Low", 12, "Medium", 9, "High", 4));
    assertThat(kent.ratings(kent.level("High").orElseThrow()))
        .containsExactly(Rating.of(4, 4), Rating.of(4, 5), Rating.of(5, 4), Rating.of(5, 5));
  }

  @Test
  void comparesByLevelThenScore() {
    assertThat(kent.isWorse(Rating.of(4, 4), Rating.of(3, 5))).isTrue();
    assertThat(kent.compare(Rating.of(2, 3), Rating.of(3, 2))).isZero();
    assertThat(kent.isWorse(Rating.of(3, 4), Rating.of(2, 5))).isTrue();
  }

  @Test
  void offMatrixRatingsAreRefused() {
    assertThat(kent.contains(Rating.of(6, 1))).isFalse();
    assertThat(kent.describe(Rating.of(6, 1))).isEqualTo("L6 × I1 (off matrix kent-5x5)");
    assertThatThrownBy(() -> kent.level(Rating.of(6, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rating L6 × I1 is not on matrix kent-5x5 (likelihood 1–5, impact 1–5)");
  }

  @Test
  void printsAsAGridMostLikelyAtTheTop() {
    assertThat(kent.toString()).isEqualTo(String.join("\n",
        "Risk matrix kent-5x5 — Kent County Council risk matrix",
        "Likelihood × Impact, score likelihood × impact, levels by score band",
        "     I1    I2    I3    I4    I5",
        "L5  5 L  10 M  15 M  20 H  25 H",
        "L4  4 L   8 M  12 M  16 H  20 H",
        "L3  3 L   6 L   9 M  12 M  15 M",
        "L2  2 L   4 L   6 L   8 M  10 M",
        "L1  1 L   2 L   3 L   4 L   5 L",
        "Likelihood: 1 Very unlikely, 2 Unlikely, 3 Possible, 4 Likely, 5 Very likely",
        "Impact: 1 Minor, 2 Moderate, 3 Significant, 4 Serious, 5 Major",
        "Levels: L = Low (green) 1–6; M = Medium (amber) 8–15; H = High (red) 16–25"));
  }

  @Test
  void sevenMayFallBetweenTheBandsBecauseNoCellProducesIt() {
    assertThat(kent.toBuilder().check().isEmpty()).isTrue();
    RiskMatrix covering7 = kent.toBuilder().id("kent-7").bands(List.of(ScoreBand.of("Low", 1, 7),
        ScoreBand.of("Medium", 8, 15), ScoreBand.of("High", 16, 25))).build();
    assertThat(covering7.level(Rating.of(2, 3)).name()).isEqualTo("Low");
  }

  @Test
  void aMediumBandStartingAt9LeavesScore8Uncovered() {
    List<Finding> findings = kent.toBuilder().bands(List.of(ScoreBand.of("Low", 1, 6), ScoreBand.of("Medium", 9, 15),
        ScoreBand.of("High", 16, 25))).check().findings();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(RiskRules.MATRIX_BAND_GAP);
      assertThat(f.message()).isEqualTo("Score 8 can occur (L2 × I4, likelihood × impact) but no band covers it"
          + " (it lies between band Low 1–6 and band Medium 9–15)");
      assertThat(f.location().pointer()).contains("/bands");
    });
  }

  @Test
  void aHighBandStartingAt15OverlapsMedium() {
    List<Finding> findings = kent.toBuilder().bands(List.of(ScoreBand.of("Low", 1, 6), ScoreBand.of("Medium", 8, 15),
        ScoreBand.of("High", 15, 25))).check().findings();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(RiskRules.MATRIX_BAND_OVERLAP);
      assertThat(f.message()).isEqualTo("Band High 15–25 overlaps band Medium 8–15 at score 15, so a rating there"
          + " would have two levels");
      assertThat(f.location().path()).containsExactly("Risk matrix kent-5x5", "Band High 15–25");
      assertThat(f.location().pointer()).contains("/bands/2");
    });
  }

  private String describe(int likelihood, int impact) {
    return kent.describe(Rating.of(likelihood, impact));
  }
}
