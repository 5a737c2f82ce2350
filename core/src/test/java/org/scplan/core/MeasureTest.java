package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures a finding carries: a value, the interval it stands for, and its unit. */
class MeasureTest {

  @Test
  void aPrintedAmountIsMeasuredInPoundsWithTheIntervalItsRoundingAllows() {
    // £12.3m printed to one decimal of millions stands for anything from £12.25m to £12.35m.
    Measure m = Measure.of(ReportedAmount.of(new BigDecimal("12.3"), AmountUnit.MILLIONS));

    assertThat(m.value()).isEqualByComparingTo("12300000");
    assertThat(m.low()).isEqualByComparingTo("12250000");
    assertThat(m.high()).isEqualByComparingTo("12350000");
    assertThat(m.unitCode()).contains("GBP");
  }

  @Test
  void aPrintedNumberHasNoUnit() {
    Measure m = Measure.of(ReportedNumber.of("82.7"));

    assertThat(m.low()).isEqualByComparingTo("82.65");
    assertThat(m.high()).isEqualByComparingTo("82.75");
    assertThat(m.unitCode()).isEmpty();
  }

  @Test
  void poundsAndNumbersKeepTheIntervalGiven() {
    Interval i = Interval.closed(new BigDecimal("99.5"), new BigDecimal("100.5"));

    assertThat(Measure.pounds(new BigDecimal("100"), i))
        .isEqualTo(new Measure(new BigDecimal("100"), new BigDecimal("99.5"), new BigDecimal("100.5"), "GBP"));
    assertThat(Measure.number(new BigDecimal("100"), i))
        .isEqualTo(new Measure(new BigDecimal("100"), new BigDecimal("99.5"), new BigDecimal("100.5"), null));
  }

  @ParameterizedTest(name = "[{1}, {2}] holds {0}: {3}")
  @CsvSource({
      "10, 10, 10, true",
      "10, 9, 11, true",
      "10, 10, 11, true",
      "10, 9, 10, true",
      "10, 10.01, 11, false",
      "10, 9, 9.99, false"})
  void theIntervalMustHoldTheValueEndsIncluded(BigDecimal value, BigDecimal low, BigDecimal high, boolean holds) {
    if (holds) {
      assertThat(new Measure(value, low, high, null).value()).isEqualTo(value);
    } else {
      assertThatThrownBy(() -> new Measure(value, low, high, null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("[" + low + ", " + high + "] must hold its value " + value);
    }
  }
}
