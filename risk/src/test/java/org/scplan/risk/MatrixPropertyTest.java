package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.constraints.IntRange;
import org.scplan.core.Finding;
import org.scplan.core.ValidationReport;

/** Laws of matrices: sound definitions load, broken ones do not, and ratings never fall as they rise. */
class MatrixPropertyTest {

  @Provide
  Arbitrary<MatrixSpec> sound() {
    return Arbitraries.oneOf(MatrixSpec.valid(), MatrixSpec.validGrid());
  }

  @Provide
  Arbitrary<MatrixSpec> banded() {
    return MatrixSpec.valid();
  }

  @Property(tries = 300)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void everyGeneratedValidMatrixPassesItsLoadCheck(@ForAll("sound") MatrixSpec spec) {
    Statistics.label("several levels").collect(spec.levels() > 1);
    Statistics.label("several levels").coverage(c -> c.check(true).percentage(p -> p > 30));
    Statistics.label("grid").collect(!spec.grid().isEmpty());
    Statistics.label("grid").coverage(c -> c.check(true).percentage(p -> p > 20));
    ValidationReport report = spec.builder().check();
    assertThat(report.findings()).as("%s", report).isEmpty();
    assertThat(spec.builder().build().ratings()).hasSize(spec.likelihood().size() * spec.impact().size());
  }

  @Property(tries = 300)
  void raisingLikelihoodOrImpactNeverLowersTheScoreOrLevel(@ForAll("sound") MatrixSpec spec) {
    RiskMatrix m = spec.builder().build();
    List<AxisLevel> ls = m.likelihood().levels();
    List<AxisLevel> is = m.impact().levels();
    for (int a = 0; a < ls.size(); a++) {
      for (int b = 0; b < is.size(); b++) {
        Rating r = Rating.of(ls.get(a).number(), is.get(b).number());
        if (a + 1 < ls.size()) {
          assertNotLower(m, r, r.withLikelihood(ls.get(a + 1).number()));
        }
        if (b + 1 < is.size()) {
          assertNotLower(m, r, r.withImpact(is.get(b + 1).number()));
        }
      }
    }
  }

  private static void assertNotLower(RiskMatrix m, Rating r, Rating raised) {
    assertThat(m.score(raised)).as("score of %s against %s", raised, r).isGreaterThanOrEqualTo(m.score(r));
    assertThat(m.severity(m.level(raised))).as("level of %s against %s", raised, r)
        .isGreaterThanOrEqualTo(m.severity(m.level(r)));
    assertThat(m.compare(raised, r)).isNotNegative();
  }

  @Property(tries = 300)
  void everyGeneratedGapFailsTheLoadCheck(@ForAll("banded") MatrixSpec spec, @ForAll @IntRange(max = 100) int at) {
    MatrixSpec broken = spec.withGap(at);
    int score = spec.scores().get(at % spec.scores().size());
    ValidationReport report = broken.builder().check();
    assertThat(report.isValid()).isFalse();
    if (broken.bands().isEmpty()) {
      // the gap took the only band: there is no rule left at all
      assertThat(report.codes()).containsExactly(RiskRules.MATRIX_RULE_MISSING);
      return;
    }
    assertThat(report.withCode(RiskRules.MATRIX_BAND_GAP)).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).startsWith("Score " + score + " "));
  }

  @Property(tries = 300)
  void everyGeneratedOverlapFailsTheLoadCheck(@ForAll("banded") MatrixSpec spec, @ForAll @IntRange(max = 100) int band,
      @ForAll @IntRange(max = 5) int stretch) {
    ValidationReport report = spec.withOverlap(band, stretch).builder().check();
    assertThat(report.withCode(RiskRules.MATRIX_BAND_OVERLAP)).isNotEmpty();
    assertThat(report.isValid()).isFalse();
  }

  @Provide
  Arbitrary<MatrixSpec> grids() {
    return MatrixSpec.validGrid();
  }

  @Property(tries = 200)
  void aGridMissingARowFailsTheLoadCheck(@ForAll("grids") MatrixSpec spec, @ForAll @IntRange(max = 100) int row) {
    int dropped = row % spec.grid().size();
    RiskMatrix sound = spec.builder().build();
    RiskMatrix.Builder without = RiskMatrix.builder().id("generated").likelihood(sound.likelihood())
        .impact(sound.impact()).formula(spec.formula()).levels(sound.levels());
    for (int r = 0; r < spec.grid().size(); r++) {
      if (r != dropped) {
        without.addGridRow(spec.likelihood().get(r), spec.grid().get(r));
      }
    }
    List<Finding> problems = without.check().findings();
    if (spec.grid().size() == 1) {
      assertThat(problems).extracting(Finding::code).containsExactly(RiskRules.MATRIX_RULE_MISSING);
      return;
    }
    assertThat(problems).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(RiskRules.MATRIX_GRID_SHAPE);
      assertThat(f.message()).contains("no row for likelihood " + spec.likelihood().get(dropped));
    });
  }
}
