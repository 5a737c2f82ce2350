package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntervalTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Interval closed(String lower, String upper) {
    return Interval.closed(d(lower), d(upper));
  }

  @Test
  void factories() {
    Interval i = closed("7911650", "7911750");
    assertThat(i.lower()).isEqualByComparingTo("7911650");
    assertThat(i.upper()).isEqualByComparingTo("7911750");
    assertThat(Interval.point(d("5.5"))).isEqualTo(closed("5.5", "5.5"));
    assertThat(Interval.around(d("7911700"), d("50"))).isEqualTo(i);
    assertThat(Interval.around(d("1"), BigDecimal.ZERO)).isEqualTo(Interval.point(d("1")));
  }

  @Test
  void boundsInTheWrongOrderAreRefused() {
    assertThatThrownBy(() -> closed("2", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid interval: lower bound 2 is above upper bound 1");
    assertThatThrownBy(() -> Interval.around(d("1"), d("-0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Half width is negative: -0.5");
  }

  @Test
  void widthAndMidpoint() {
    Interval i = closed("2319.15", "2319.25");
    assertThat(i.width()).isEqualByComparingTo("0.1");
    assertThat(i.midpoint()).isEqualByComparingTo("2319.2");
    assertThat(closed("1", "2").midpoint()).isEqualByComparingTo("1.5");
    assertThat(closed("-3", "-3").width()).isZero();
  }

  @Test
  void arithmeticOnIntervals() {
    // Seed 000, section 2, Nursing Care (£'000): 7,911.7 + (−8,214.8) = −303.1, each ± 0.05.
    Interval gross = closed("7911.65", "7911.75");
    Interval income = closed("-8214.85", "-8214.75");
    assertThat(gross.plus(income)).isEqualTo(closed("-303.2", "-303.0"));
    assertThat(gross.minus(income.negated())).isEqualTo(closed("-303.2", "-303.0"));
    assertThat(income.negated()).isEqualTo(closed("8214.75", "8214.85"));
    assertThat(closed("1", "2").minus(closed("10", "20"))).isEqualTo(closed("-19", "-8"));
  }

  @Test
  void containsIncludesTheBounds() {
    Interval i = closed("413500000", "414500000");
    assertThat(i.contains(d("413500000"))).isTrue();
    assertThat(i.contains(d("414500000.00"))).isTrue();
    assertThat(i.contains(d("414000000"))).isTrue();
    assertThat(i.contains(d("414500000.01"))).isFalse();
    assertThat(i.contains(d("413499999.99"))).isFalse();
  }

  @Test
  void overlapsAndGap() {
    Interval headline = closed("413500000", "414500000");
    Interval table = closed("417017950", "417018050");
    assertThat(headline.overlaps(table)).isFalse();
    assertThat(table.overlaps(headline)).isFalse();
    assertThat(headline.gapTo(table)).isEqualByComparingTo("2517950");
    assertThat(table.gapTo(headline)).isEqualByComparingTo("2517950");

    Interval touching = closed("414500000", "414600000");
    assertThat(headline.overlaps(touching)).isTrue();
    assertThat(headline.gapTo(touching)).isZero();
    assertThat(headline.overlaps(closed("414000000", "414000001"))).isTrue();
    assertThat(headline.gapTo(closed("414000000", "414000001"))).isZero();
  }

  @Test
  void equalityIsByValueNotScale() {
    new EqualsTester()
        .addEqualityGroup(closed("1", "2"), closed("1.0", "2.00"), closed("1.000", "2"))
        .addEqualityGroup(closed("0", "0"), Interval.point(d("0.00")), Interval.point(BigDecimal.ZERO))
        .addEqualityGroup(closed("1", "3"))
        .addEqualityGroup(closed("-2", "-1"))
        .testEquals();
  }

  @Test
  void toStringGroupsThousands() {
    assertThat(closed("7911650", "7911750")).hasToString("[7,911,650, 7,911,750]");
    assertThat(closed("-8214850", "-8214750")).hasToString("[-8,214,850, -8,214,750]");
    assertThat(closed("2319.15", "2319.25")).hasToString("[2,319.15, 2,319.25]");
    assertThat(closed("4.135E+8", "4.145E+8")).hasToString("[413,500,000, 414,500,000]");
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(Interval.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(closed("1", "2"));
  }

  @Test
  void serialisesToAnEqualInterval() {
    SerializableTester.reserializeAndAssert(closed("-8214.85", "-8214.75"));
  }
}
