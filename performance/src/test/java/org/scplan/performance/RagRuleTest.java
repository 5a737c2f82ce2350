package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scplan.core.Polarity;
import org.scplan.core.Rag;
import org.scplan.core.ValueParseException;

class RagRuleTest {
  private static final Polarity HIGHER = Polarity.HIGHER_IS_BETTER;
  private static final Polarity LOWER = Polarity.LOWER_IS_BETTER;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Rag kent(Polarity p, String actual, String target, String floor) {
    return RagRule.kentFloor().rate(p, d(actual), d(target), floor == null ? null : d(floor));
  }

  @Test
  void kentFloorHigherIsBetterBoundaries() {
    assertThat(kent(HIGHER, "80.1", "80.0", "75.0")).isEqualTo(Rag.GREEN);
    assertThat(kent(HIGHER, "80.0", "80.0", "75.0")).as("equal to target").isEqualTo(Rag.GREEN);
    assertThat(kent(HIGHER, "80", "80.0", "75.0")).as("equal in value, other scale").isEqualTo(Rag.GREEN);
    assertThat(kent(HIGHER, "79.9", "80.0", "75.0")).isEqualTo(Rag.AMBER);
    assertThat(kent(HIGHER, "78.5", "80.0", "75.0")).isEqualTo(Rag.AMBER);
    assertThat(kent(HIGHER, "75.0", "80.0", "75.0")).as("equal to floor").isEqualTo(Rag.AMBER);
    assertThat(kent(HIGHER, "74.99", "80.0", "75.0")).isEqualTo(Rag.RED);
  }

  @Test
  void kentFloorLowerIsBetterBoundaries() {
    // Delayed transfers of care, seed 001 Table 7: lower is better, 2018-19 target 41,730.
    assertThat(kent(LOWER, "41729", "41730", "45000")).isEqualTo(Rag.GREEN);
    assertThat(kent(LOWER, "41730", "41730", "45000")).as("equal to target").isEqualTo(Rag.GREEN);
    assertThat(kent(LOWER, "41731", "41730", "45000")).isEqualTo(Rag.AMBER);
    assertThat(kent(LOWER, "45000", "41730", "45000")).as("equal to floor").isEqualTo(Rag.AMBER);
    assertThat(kent(LOWER, "45001", "41730", "45000")).isEqualTo(Rag.RED);
  }

  @Test
  void kentFloorWithoutFloorRatesEveryMissAmber() {
    assertThat(kent(HIGHER, "1", "80", null)).isEqualTo(Rag.AMBER);
    assertThat(kent(LOWER, "99999", "41730", null)).isEqualTo(Rag.AMBER);
  }

  @Test
  void floorOnTheWrongSideLeavesNoAmberBand() {
    assertThat(kent(HIGHER, "80", "80", "85")).isEqualTo(Rag.GREEN);
    assertThat(kent(HIGHER, "79.9", "80", "85")).isEqualTo(Rag.RED);
    assertThat(kent(LOWER, "41731", "41730", "40000")).isEqualTo(Rag.RED);
  }

  @Test
  void toleranceBoundaries() {
    RagRule ten = RagRule.tolerance(10);
    assertThat(ten.rate(HIGHER, d("80.0"), d("80.0"), null)).isEqualTo(Rag.GREEN);
    assertThat(ten.rate(HIGHER, d("72.0"), d("80.0"), null)).as("missed by exactly 10%").isEqualTo(Rag.AMBER);
    assertThat(ten.rate(HIGHER, d("71.99"), d("80.0"), null)).isEqualTo(Rag.RED);
    assertThat(ten.rate(LOWER, d("110"), d("100"), null)).as("missed by exactly 10%").isEqualTo(Rag.AMBER);
    assertThat(ten.rate(LOWER, d("110.01"), d("100"), null)).isEqualTo(Rag.RED);
    assertThat(ten.rate(HIGHER, d("-11"), d("-10"), null)).as("10% of |-10| is 1").isEqualTo(Rag.AMBER);
    assertThat(ten.rate(HIGHER, d("-11.1"), d("-10"), null)).isEqualTo(Rag.RED);
    assertThat(ten.rate(HIGHER, d("70"), d("80"), d("60"))).as("floors are not used").isEqualTo(Rag.RED);
  }

  @Test
  void marginBoundaries() {
    RagRule margin = RagRule.margin(d("2.5"));
    assertThat(margin.rate(HIGHER, d("77.5"), d("80.0"), null)).isEqualTo(Rag.AMBER);
    assertThat(margin.rate(HIGHER, d("77.4"), d("80.0"), null)).isEqualTo(Rag.RED);
    assertThat(margin.rate(LOWER, d("82.5"), d("80.0"), null)).isEqualTo(Rag.AMBER);
    assertThat(margin.rate(LOWER, d("82.6"), d("80.0"), null)).isEqualTo(Rag.RED);
  }

  @Test
  void amberLimits() {
    assertThat(RagRule.tolerance(10).amberLimit(HIGHER, d("80.0"), null)).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("72"));
    assertThat(RagRule.margin(d("2.5")).amberLimit(LOWER, d("80.0"), null)).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("82.5"));
    assertThat(RagRule.kentFloor().amberLimit(HIGHER, d("80.0"), d("75.0"))).contains(d("75.0"));
    assertThat(RagRule.kentFloor().amberLimit(HIGHER, d("80.0"), null)).isEmpty();
  }

  @Test
  void namesAreShortAndParseBack() {
    assertThat(RagRule.kentFloor()).hasToString("kent-floor");
    assertThat(RagRule.tolerance(10)).hasToString("tolerance-10");
    assertThat(RagRule.tolerance(d("10.0"))).hasToString("tolerance-10").isEqualTo(RagRule.tolerance(10));
    assertThat(RagRule.margin(d("2.50"))).hasToString("margin-2.5");
    assertThat(RagRule.parse("kent-floor")).isSameAs(RagRule.kentFloor());
    assertThat(RagRule.parse("Tolerance-10%")).isEqualTo(RagRule.tolerance(10));
    assertThat(RagRule.parse("margin-2.5")).isEqualTo(RagRule.margin(d("2.5")));
    assertThat(RagRule.of(RagRule.Kind.TOLERANCE, d("15"))).isEqualTo(RagRule.parse("tolerance-15"));
    assertThat(RagRule.tolerance(10).tolerancePercent()).contains(d("10"));
    assertThat(RagRule.tolerance(10).margin()).isEmpty();
    assertThat(RagRule.kentFloor().tolerancePercent()).isEmpty();
  }

  @Test
  void misuseIsRefused() {
    assertThatThrownBy(() -> RagRule.parse("tolerance")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("kent-floor, tolerance-<percent>");
    assertThatThrownBy(() -> RagRule.tolerance(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valid values 0 or more");
    assertThatThrownBy(() -> RagRule.of(RagRule.Kind.FLOOR, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RagRule.kentFloor().rate(Polarity.NONE, d("1"), d("2"), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no polarity");
  }
}
