package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.Finding;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;

/** The load check of a matrix: each rule, the band or cell it names, and where it points. */
class MatrixLoadCheckTest {

  private static RiskMatrix.Builder threeByThree() {
    return RiskMatrix.builder().id("three")
        .likelihood(Axis.numbered("Likelihood", "Low", "Medium", "High"))
        .impact(Axis.numbered("Impact", "Minor", "Moderate", "Major"))
        .addLevel("Green", "green").addLevel("Amber", "amber").addLevel("Red", "red");
  }

  private static RiskMatrix.Builder banded() {
    // products on 3 × 3: 1, 2, 3, 4, 6, 9
    return threeByThree().addBand("Green", 1, 2).addBand("Amber", 3, 4).addBand("Red", 6, 9);
  }

  private static Finding only(RiskMatrix.Builder b) {
    ValidationReport report = b.check();
    assertThat(report.findings()).as(report.toString()).hasSize(1);
    Finding f = report.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    return f;
  }

  @Test
  void aSoundMatrixHasNoProblemsAndBuilds() {
    assertThat(banded().check().isEmpty()).isTrue();
    assertThat(banded().build().level(Rating.of(2, 2)).name()).isEqualTo("Amber");
  }

  @Test
  void idMustBeAStableName() {
    Finding f = only(banded().id("Kent 5x5"));
    assertThat(f.code()).isEqualTo(RiskRules.MATRIX_ID_INVALID);
    assertThat(f.actual()).contains("Kent 5x5");
    Finding none = only(RiskMatrix.builder().likelihood(Axis.numbered("L", "a")).impact(Axis.numbered("I", "b"))
        .addLevel("Low", "green").addBand("Low", 1, 1));
    assertThat(none.code()).isEqualTo(RiskRules.MATRIX_ID_INVALID);
    assertThat(none.location().path()).containsExactly("Risk matrix (no id)");
  }

  @Test
  void anAxisNeedsOneToTenLevels() {
    ValidationReport report = RiskMatrix.builder().id("x").addLevel("Low", "green").addBand("Low", 1, 1).check();
    assertThat(report.withCode(RiskRules.MATRIX_AXIS_SIZE)).extracting(Finding::message).containsExactly(
        "The likelihood axis has 0 levels; an axis has 1 to 10", "The impact axis has 0 levels; an axis has 1 to 10");
    String[] eleven = new String[11];
    java.util.Arrays.fill(eleven, "x");
    Finding f = only(banded().impact(Axis.numbered("Impact", eleven)).bands(List.of(ScoreBand.of("Green", 1, 33))));
    assertThat(f.code()).isEqualTo(RiskRules.MATRIX_AXIS_SIZE);
    assertThat(f.location().pointer()).contains("/impact");
  }

  @Test
  void axisNumbersMustRiseStrictly() {
    Finding f = only(banded().likelihood(Axis.of("Likelihood", AxisLevel.of(1, "Rare"), AxisLevel.of(3, "Likely"),
        AxisLevel.of(2, "Possible"))));
    assertThat(f.code()).isEqualTo(RiskRules.MATRIX_AXIS_ORDER);
    assertThat(f.message()).isEqualTo("Likelihood level 2 Possible follows level 3 Likely: the numbers must rise"
        + " strictly, lowest first");
    assertThat(f.location().pointer()).contains("/likelihood/levels/2");
  }

  @Test
  void levelsMustBeDefinedOnceEach() {
    assertThat(only(RiskMatrix.builder().id("x").likelihood(Axis.numbered("L", "a")).impact(Axis.numbered("I", "b"))
        .addBand("Low", 1, 1)).code()).isEqualTo(RiskRules.MATRIX_NO_LEVELS);
    Finding f = only(banded().addLevel("red", "crimson"));
    assertThat(f.code()).isEqualTo(RiskRules.MATRIX_LEVEL_DUPLICATE);
    assertThat(f.location().pointer()).contains("/levels/3");
  }

  @Test
  void bandsOrAGridButNotBoth() {
    assertThat(only(threeByThree()).code()).isEqualTo(RiskRules.MATRIX_RULE_MISSING);
    assertThat(only(banded().addGridRow(1, "Green", "Green", "Green")).code())
        .isEqualTo(RiskRules.MATRIX_RULE_AMBIGUOUS);
  }

  @Test
  void aBandMustNameADefinedLevel() {
    Finding f = only(banded().bands(List.of(ScoreBand.of("Green", 1, 2), ScoreBand.of("Yellow", 3, 4),
        ScoreBand.of("Red", 6, 9))));
    assertThat(f.code()).isEqualTo(RiskRules.MATRIX_LEVEL_UNDEFINED);
    assertThat(f.message()).isEqualTo("Band Yellow 3–4 names level \"Yellow\", which the matrix does not define"
        + " (it defines Green, Amber, Red)");
    assertThat(f.location().path()).containsExactly("Risk matrix three", "Band Yellow 3–4");
    assertThat(f.location().field()).contains("level");
  }

  @Test
  void aBandMustNotRunBackwards() {
    ValidationReport report = banded().bands(List.of(ScoreBand.of("Green", 1, 2), ScoreBand.of("Amber", 4, 3),
        ScoreBand.of("Red", 6, 9))).check();
    assertThat(report.codes()).contains(RiskRules.MATRIX_BAND_INVERTED, RiskRules.MATRIX_BAND_GAP);
    assertThat(report.withCode(RiskRules.MATRIX_BAND_INVERTED).get(0).location().pointer()).contains("/bands/1");
  }

  @Test
  void everyProducibleScoreOutsideTheBandsIsAGap() {
    ValidationReport report = banded().bands(List.of(ScoreBand.of("Green", 2, 2), ScoreBand.of("Amber", 3, 4),
        ScoreBand.of("Red", 6, 6))).check();
    assertThat(report.withCode(RiskRules.MATRIX_BAND_GAP)).extracting(Finding::message).containsExactly(
        "Score 1 can occur (L1 × I1, likelihood × impact) but no band covers it (it lies below band Green 2)",
        "Score 9 can occur (L3 × I3, likelihood × impact) but no band covers it (it lies above band Red 6)");
  }

  @Test
  void aBandNoCellCanReachIsReported() {
    Finding f = only(banded().addBand("Red", 10, 12));
    assertThat(f.code()).isEqualTo(RiskRules.MATRIX_BAND_UNREACHABLE);
    assertThat(f.message()).isEqualTo("Band Red 10–12 covers no score the matrix can produce"
        + " (likelihood × impact gives 1 to 9), so it can never apply");
    assertThat(f.location().pointer()).contains("/bands/3");
  }

  @Test
  void aHigherBandMustNotNameALessSevereLevel() {
    Finding f = only(threeByThree().addBand("Green", 1, 2).addBand("Red", 3, 4).addBand("Amber", 6, 9));
    assertThat(f.code()).isEqualTo(RiskRules.MATRIX_NOT_MONOTONIC);
    assertThat(f.message()).startsWith("Band Amber 6–9 lies above band Red 3–4 but names a less severe level");
    assertThat(f.location().pointer()).contains("/bands/2");
  }

  @Test
  void aGridNeedsOneRowPerLikelihoodEachAsLongAsTheImpactAxis() {
    ValidationReport report = threeByThree()
        .addGridRow(1, "Green", "Green", "Amber")
        .addGridRow(1, "Green", "Green", "Amber")
        .addGridRow(3, "Amber", "Red")
        .addGridRow(4, "Red", "Red", "Red")
        .check();
    assertThat(report.withCode(RiskRules.MATRIX_GRID_SHAPE)).extracting(Finding::message).containsExactly(
        "The grid has two rows for likelihood 1",
        "The grid row for likelihood 3 has 2 cells, but the impact axis has 3 levels",
        "The grid has a row for likelihood 4, which the likelihood axis does not have (it has 1–3)",
        "The grid has no row for likelihood 2 Medium, so its cells have no level");
    assertThat(report.findings()).hasSize(4);
  }

  @Test
  void aGridCellMustNameADefinedLevel() {
    Finding f = only(threeByThree()
        .addGridRow(1, "Green", "Green", "Amber")
        .addGridRow(2, "Green", "Amber", "Red")
        .addGridRow(3, "Amber", "Red", "Purple"));
    assertThat(f.code()).isEqualTo(RiskRules.MATRIX_LEVEL_UNDEFINED);
    assertThat(f.message()).startsWith("Cell L3 × I3 names level \"Purple\"");
    assertThat(f.location().pointer()).contains("/grid/2/levels/2");
  }

  @Test
  void aGridCellMustNotFallAsLikelihoodOrImpactRises() {
    ValidationReport report = threeByThree()
        .addGridRow(1, "Green", "Amber", "Amber")
        .addGridRow(2, "Green", "Green", "Red")
        .addGridRow(3, "Amber", "Red", "Red")
        .check();
    assertThat(report.withCode(RiskRules.MATRIX_NOT_MONOTONIC)).extracting(Finding::message).containsExactly(
        "Cell L2 × I2 is Green but cell L1 × I2 is Amber: the level falls as likelihood rises");
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void buildThrowsNamingEveryProblem() {
    assertThatThrownBy(() -> banded().addBand("Red", 4, 5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid risk matrix three: Band Red 4–5 overlaps band Amber 3–4 at score 4, so a rating there"
            + " would have two levels");
  }

  @Test
  void aGridMatrixBuildsAndScoresWithItsFormula() {
    RiskMatrix m = threeByThree()
        .addGridRow(3, "Amber", "Red", "Red")
        .addGridRow(1, "Green", "Green", "Amber")
        .addGridRow(2, "Green", "Amber", "Red")
        .build();
    assertThat(m.isGrid()).isTrue();
    assertThat(m.grid().keySet()).containsExactly(1, 2, 3);
    assertThat(m.level(Rating.of(1, 3)).name()).isEqualTo("Amber");
    assertThat(m.score(Rating.of(3, 2))).isEqualTo(6);
    assertThat(m.toBuilder().build()).isEqualTo(m);
  }

  @Test
  void componentsRejectMisuse() {
    assertThatThrownBy(() -> AxisLevel.of(0, "None")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for an axis level's number (valid values 1 - 99): 0");
    assertThatThrownBy(() -> RiskLevel.of("High", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The colour of risk level High is blank");
    assertThatThrownBy(() -> ScoreBand.of("", 1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
