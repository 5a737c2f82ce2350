package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way is better for an indicator: how RAG and direction of travel judge a change. */
class PolarityTest {

  @ParameterizedTest(name = "{0}: {1} against {2}")
  @CsvSource({
      // Delayed transfers of care: fewer is better.
      "LOWER_IS_BETTER, 9.5, 10.2, true, false",
      "LOWER_IS_BETTER, 10.2, 9.5, false, true",
      // Equal values are neither better nor worse, whatever the scale.
      "LOWER_IS_BETTER, 10.20, 10.2, false, false",
      // Older people still at home 91 days after discharge: more is better.
      "HIGHER_IS_BETTER, 82.7, 80.0, true, false",
      "HIGHER_IS_BETTER, 80.0, 82.7, false, true",
      "HIGHER_IS_BETTER, 80, 80.00, false, false",
      // Activity levels are not judged.
      "NONE, 120, 100, false, false",
      "NONE, 100, 120, false, false"})
  void aValueIsBetterOnlyStrictlyAndInThePolaritysDirection(Polarity p, BigDecimal a, BigDecimal b, boolean better,
      boolean worse) {
    assertThat(p.isBetter(a, b)).isEqualTo(better);
    assertThat(p.isBetter(b, a)).isEqualTo(worse);
    assertThat(Integer.signum(p.compare(a, b))).isEqualTo(better ? 1 : worse ? -1 : 0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "HIGHER_IS_BETTER, LOWER_IS_BETTER, higher is better, true",
      "LOWER_IS_BETTER, HIGHER_IS_BETTER, lower is better, true",
      "NONE, NONE, no polarity, false"})
  void eachPolarityHasItsOppositeItsWordsAndSaysWhetherItJudges(Polarity p, Polarity reversed, String label,
      boolean judged) {
    assertThat(p.reversed()).isEqualTo(reversed);
    assertThat(p.reversed().reversed()).isEqualTo(p);
    assertThat(p.label()).isEqualTo(label);
    assertThat(Polarity.parse(label)).isEqualTo(p);
    assertThat(p.isJudged()).isEqualTo(judged);
  }
}
