package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

/** The built-in matrices: each loads cleanly, is found by name and says what it is. */
class RiskMatricesTest {

  @Test
  void everyBuiltInPassesItsOwnLoadCheck() {
    assertThat(RiskMatrices.all()).hasSize(4).allSatisfy(m -> assertThat(m.toBuilder().check().isEmpty()).isTrue());
    assertThat(RiskMatrices.names())
        .containsExactly("kent-5x5", "npsa-5x5", "example-4x4-additive", "example-5x5-grid");
  }

  @Test
  void foundByTheNameACommandLineGives() {
    assertThat(RiskMatrices.named("kent-5x5")).isSameAs(RiskMatrices.kent5x5());
    assertThat(RiskMatrices.find("nope")).isEmpty();
    assertThatThrownBy(() -> RiskMatrices.named("kent-4x4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No built-in risk matrix is named \"kent-4x4\""
            + " (built-in: kent-5x5, npsa-5x5, example-4x4-additive, example-5x5-grid)");
  }

  @Test
  void npsaBandsLowModerateHighExtreme() {
    RiskMatrix npsa = RiskMatrices.named("npsa-5x5");
    assertThat(npsa.impact().name()).isEqualTo("Consequence");
    assertThat(npsa.describe(Rating.of(1, 3))).isEqualTo("3 Low (L1 × I3)");
    assertThat(npsa.describe(Rating.of(2, 2))).isEqualTo("4 Moderate (L2 × I2)");
    assertThat(npsa.describe(Rating.of(4, 3))).isEqualTo("12 High (L4 × I3)");
    assertThat(npsa.describe(Rating.of(3, 5))).isEqualTo("15 Extreme (L3 × I5)");
  }

  @Test
  void theFourByFourAddsLikelihoodAndImpact() {
    RiskMatrix m = RiskMatrices.named("example-4x4-additive");
    assertThat(m.likelihood().size()).isEqualTo(4);
    assertThat(m.impact().size()).isEqualTo(4);
    assertThat(m.scores()).containsExactly(2, 3, 4, 5, 6, 7, 8);
    assertThat(m.describe(Rating.of(1, 3))).isEqualTo("4 Low (L1 × I3)");
    assertThat(m.describe(Rating.of(4, 3))).isEqualTo("7 High (L4 × I3)");
  }

  @Test
  void theGridWeighsImpactAboveLikelihood() {
    RiskMatrix m = RiskMatrices.named("example-5x5-grid");
    assertThat(m.isGrid()).isTrue();
    assertThat(m.bands()).isEmpty();
    assertThat(m.level(Rating.of(1, 5)).name()).isEqualTo("High");
    assertThat(m.level(Rating.of(5, 1)).name()).isEqualTo("Medium");
    assertThat(m.score(Rating.of(1, 5))).isEqualTo(m.score(Rating.of(5, 1)));
    assertThat(m.isWorse(Rating.of(1, 5), Rating.of(5, 1))).isTrue();
    assertThat(m.toString()).contains("levels cell by cell", "L5  5 M  10 M  15 H  20 H  25 H");
  }

  @Test
  void matricesAreValuesAndRejectNulls() {
    RiskMatrix kent = RiskMatrices.kent5x5();
    new EqualsTester()
        .addEqualityGroup(kent, kent.toBuilder().build())
        .addEqualityGroup(kent.toBuilder().title("Another title").build())
        .addEqualityGroup(RiskMatrices.named("npsa-5x5"))
        .testEquals();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Rating.class, Rating.of(1, 1))
        .setDefault(RiskLevel.class, kent.levels().get(0))
        .setDefault(Axis.class, kent.likelihood())
        .setDefault(ScoreBand.class, kent.bands().get(0));
    tester.testAllPublicInstanceMethods(kent);
    tester.testAllPublicStaticMethods(RiskMatrices.class);
    tester.testAllPublicInstanceMethods(RiskMatrix.builder());
  }
}
