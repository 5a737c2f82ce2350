package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  private static Money pounds(String pounds) {
    return Money.of(new BigDecimal(pounds));
  }

  @Nested
  class Construction {
    @Test
    void fromPenniesAndPounds() {
      assertThat(Money.ofPennies(123_456).toPounds()).isEqualByComparingTo("1234.56");
      assertThat(Money.ofPounds(130_000).toPennies()).isEqualTo(13_000_000L);
      assertThat(Money.ofPennies(0)).isSameAs(Money.ZERO);
    }

    @Test
    void toPoundsHasExactlyTwoDecimals() {
      assertThat(Money.ofPounds(5).toPounds()).hasToString("5.00");
      assertThat(Money.ofPennies(-5).toPounds()).hasToString("-0.05");
    }

    @Test
    void ofPoundsOverflowIsAnArithmeticException() {
      assertThatThrownBy(() -> Money.ofPounds(Long.MAX_VALUE / 100 + 1))
          .isInstanceOf(ArithmeticException.class);
      assertThat(Money.ofPounds(Long.MAX_VALUE / 100).toPennies()).isEqualTo(Long.MAX_VALUE / 100 * 100);
    }

    @Test
    void ofDecimalAcceptsTrailingZerosBeyondThePenny() {
      assertThat(pounds("1.230")).isEqualTo(Money.ofPennies(123));
      assertThat(pounds("1.2")).isEqualTo(Money.ofPennies(120));
      assertThat(pounds("4E+3")).isEqualTo(Money.ofPounds(4000));
    }

    @Test
    void ofDecimalRefusesAFractionOfAPenny() {
      assertThatThrownBy(() -> pounds("0.001"))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("fraction of a penny")
          .hasMessageContaining("0.001")
          .hasMessageContaining("RoundingMode");
      assertThatThrownBy(() -> pounds("42336.305")).hasMessageContaining("42336.305");
    }

    @Test
    void ofDecimalRefusesAnAmountOutOfRange() {
      assertThatThrownBy(() -> pounds("92233720368547758.08"))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("out of range")
          .hasMessageContaining("92233720368547758.08");
      assertThatThrownBy(() -> pounds("1E+30")).hasMessageContaining("out of range");
      assertThat(pounds("92233720368547758.07").toPennies()).isEqualTo(Long.MAX_VALUE);
      assertThat(pounds("-92233720368547758.08").toPennies()).isEqualTo(Long.MIN_VALUE);
    }

    @ParameterizedTest
    @CsvSource({
      "1.005, HALF_UP, 1.01",
      "1.005, HALF_EVEN, 1.00",
      "1.015, HALF_EVEN, 1.02",
      "1.005, DOWN, 1.00",
      "-1.005, HALF_UP, -1.01",
      "-1.001, FLOOR, -1.01",
      "-1.009, CEILING, -1.00",
      "2.5, UNNECESSARY, 2.50",
    })
    void ofDecimalRoundsOnlyWhenTold(String amount, RoundingMode rounding, String expected) {
      assertThat(Money.of(new BigDecimal(amount), rounding)).isEqualTo(pounds(expected));
    }

    @Test
    void roundingUnnecessaryRefusesAFractionOfAPenny() {
      assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"), RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void totalAddsExactly() {
      assertThat(Money.total(List.of(pounds("18365.0"), pounds("3794.0"), pounds("12453.9"),
          pounds("7723.4")))).isEqualTo(pounds("42336.3"));
      assertThat(Money.total(List.of())).isSameAs(Money.ZERO);
      assertThatThrownBy(() -> Money.total(List.of(Money.ofPennies(Long.MAX_VALUE), Money.ofPennies(1))))
          .isInstanceOf(ArithmeticException.class);
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void plusAndMinus() {
      // Seed 000, section 2, Nursing Care (£'000): gross 7,911.7 plus external income -8,214.8.
      assertThat(pounds("7911.7").plus(pounds("-8214.8"))).isEqualTo(pounds("-303.1"));
      // Seed 000, section 2, TOTALS (£'000): gross 42,336.3 less income 19,693.7 and 375.4.
      assertThat(pounds("42336.3").minus(pounds("19693.7")).minus(pounds("375.4")))
          .isEqualTo(pounds("22267.2"));
    }

    @Test
    void addingZeroReturnsTheSameInstance() {
      Money m = pounds("1.23");
      assertThat(m.plus(Money.ZERO)).isSameAs(m);
      assertThat(m.minus(Money.ZERO)).isSameAs(m);
      assertThat(m.multipliedBy(1)).isSameAs(m);
      assertThat(m.dividedBy(1, RoundingMode.UNNECESSARY)).isSameAs(m);
    }

    @Test
    void overflowIsAnArithmeticException() {
      Money max = Money.ofPennies(Long.MAX_VALUE);
      Money min = Money.ofPennies(Long.MIN_VALUE);
      assertThatThrownBy(() -> max.plus(Money.ofPennies(1))).isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> min.minus(Money.ofPennies(1))).isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(min::negated).isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(min::abs).isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> max.multipliedBy(new BigDecimal("1.5"), RoundingMode.HALF_UP))
          .isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> min.dividedBy(-1, RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class);
      assertThatThrownBy(() -> max.dividedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void negatedAndAbs() {
      assertThat(pounds("8214.8").negated()).isEqualTo(pounds("-8214.8"));
      assertThat(pounds("-8214.8").abs()).isEqualTo(pounds("8214.8"));
      assertThat(Money.ZERO.negated()).isSameAs(Money.ZERO);
      assertThat(Money.ofPennies(Long.MAX_VALUE).negated().toPennies()).isEqualTo(-Long.MAX_VALUE);
    }

    @Test
    void multipliedByAWholeNumberIsExact() {
      assertThat(pounds("33.33").multipliedBy(3)).isEqualTo(pounds("99.99"));
      assertThat(pounds("33.33").multipliedBy(-2)).isEqualTo(pounds("-66.66"));
      assertThat(pounds("33.33").multipliedBy(0)).isSameAs(Money.ZERO);
    }

    @Test
    void multipliedByADecimalRoundsAsTold() {
      // A 2.5% uplift on £1,000.01 is £1,025.01025.
      Money base = pounds("1000.01");
      BigDecimal uplift = new BigDecimal("1.025");
      assertThat(base.multipliedBy(uplift, RoundingMode.HALF_UP)).isEqualTo(pounds("1025.01"));
      assertThat(base.multipliedBy(uplift, RoundingMode.UP)).isEqualTo(pounds("1025.02"));
      assertThatThrownBy(() -> base.multipliedBy(uplift, RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @CsvSource({
      "100.00, 3, HALF_UP, 33.33",
      "100.00, 3, UP, 33.34",
      "-100.00, 3, UP, -33.34",
      "-100.00, 3, FLOOR, -33.34",
      "-100.00, 3, CEILING, -33.33",
      "0.05, 2, HALF_EVEN, 0.02",
      "0.07, 2, HALF_EVEN, 0.04",
      "0.05, 2, HALF_UP, 0.03",
      "99.99, -3, UNNECESSARY, -33.33",
    })
    void dividedByAWholeNumberRoundsAsTold(String amount, long divisor, RoundingMode rounding,
        String expected) {
      assertThat(pounds(amount).dividedBy(divisor, rounding)).isEqualTo(pounds(expected));
    }

    @Test
    void dividedByADecimalRoundsAsTold() {
      assertThat(pounds("100.00").dividedBy(new BigDecimal("1.5"), RoundingMode.HALF_UP))
          .isEqualTo(pounds("66.67"));
      assertThat(pounds("100.00").dividedBy(new BigDecimal("0.25"), RoundingMode.UNNECESSARY))
          .isEqualTo(pounds("400.00"));
      assertThatThrownBy(() -> pounds("100.00").dividedBy(new BigDecimal("3"), RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void dividingByZeroIsAnArithmeticExceptionNamingTheAmount() {
      assertThatThrownBy(() -> pounds("12.34").dividedBy(0, RoundingMode.HALF_UP))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("£12.34");
      assertThatThrownBy(() -> pounds("12.34").dividedBy(new BigDecimal("0.00"), RoundingMode.HALF_UP))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("£12.34");
    }
  }

  @Nested
  class Allocation {
    @Test
    void theJavadocExample() {
      assertThat(pounds("100.00").allocate(1, 1, 1))
          .containsExactly(pounds("33.34"), pounds("33.33"), pounds("33.33"));
    }

    @Test
    void proportionalSharesThatNeedNoRounding() {
      // Seed 000, section 2, TOTALS (£'000): 42,336.3 gross split by its spend columns.
      assertThat(pounds("42336.30").allocate(183650, 37940, 124539, 77234))
          .containsExactly(pounds("18365.00"), pounds("3794.00"), pounds("12453.90"), pounds("7723.40"));
    }

    @Test
    void leftOverPenniesGoToTheLargestRemainders() {
      // Exact shares of 10p by 1:2:7 are 1p, 2p and 7p: nothing is left over.
      assertThat(Money.ofPennies(10).allocate(1, 2, 7))
          .containsExactly(Money.ofPennies(1), Money.ofPennies(2), Money.ofPennies(7));
      // 1p by 1:2 — exact shares 0.33p and 0.67p — the larger remainder is the second.
      assertThat(Money.ofPennies(1).allocate(1, 2)).containsExactly(Money.ZERO, Money.ofPennies(1));
      // 10p by 2:3:3 — exact shares 2.5p, 3.75p, 3.75p — remainders .5, .75, .75: the two 3.75s win.
      assertThat(Money.ofPennies(10).allocate(2, 3, 3))
          .containsExactly(Money.ofPennies(2), Money.ofPennies(4), Money.ofPennies(4));
    }

    @Test
    void equalRemaindersAreServedFirstWeightFirst() {
      assertThat(Money.ofPennies(2).allocate(1, 1, 1))
          .containsExactly(Money.ofPennies(1), Money.ofPennies(1), Money.ZERO);
      assertThat(Money.ofPennies(1).allocate(5, 5))
          .containsExactly(Money.ofPennies(1), Money.ZERO);
    }

    @Test
    void aNegativeAmountIsSplitAsItsMirrorImage() {
      assertThat(pounds("-100.00").allocate(1, 1, 1))
          .containsExactly(pounds("-33.34"), pounds("-33.33"), pounds("-33.33"));
      assertThat(Money.ofPennies(-1).allocate(1, 2)).containsExactly(Money.ZERO, Money.ofPennies(-1));
    }

    @Test
    void aZeroWeightGetsNothing() {
      assertThat(Money.ofPennies(5).allocate(0, 1, 1, 0))
          .containsExactly(Money.ZERO, Money.ofPennies(3), Money.ofPennies(2), Money.ZERO);
      assertThat(pounds("100.00").allocate(0, 7)).containsExactly(Money.ZERO, pounds("100.00"));
    }

    @Test
    void zeroIsSplitIntoZeros() {
      assertThat(Money.ZERO.allocate(1, 2, 3)).containsOnly(Money.ZERO).hasSize(3);
    }

    @Test
    void hugeWeightsDoNotOverflow() {
      assertThat(pounds("1.00").allocate(Long.MAX_VALUE, Long.MAX_VALUE))
          .containsExactly(pounds("0.50"), pounds("0.50"));
      assertThat(Money.ofPennies(Long.MAX_VALUE).allocate(Long.MAX_VALUE, 1).get(1))
          .isEqualTo(Money.ofPennies(1));
    }

    @Test
    void theExtremeAmountsCanBeAllocated() {
      Money min = Money.ofPennies(Long.MIN_VALUE);
      assertThat(min.allocate(1)).containsExactly(min);
      assertThat(min.allocate(1, 1))
          .containsExactly(Money.ofPennies(Long.MIN_VALUE / 2), Money.ofPennies(Long.MIN_VALUE / 2));
      Money max = Money.ofPennies(Long.MAX_VALUE);
      assertThat(max.allocate(1, 1))
          .containsExactly(Money.ofPennies(Long.MAX_VALUE / 2 + 1), Money.ofPennies(Long.MAX_VALUE / 2));
    }

    @Test
    void equalPartsGiveTheOddPenniesToTheFirstParts() {
      assertThat(pounds("1.00").allocate(3))
          .containsExactly(pounds("0.34"), pounds("0.33"), pounds("0.33"));
      assertThat(pounds("0.05").allocate(4))
          .containsExactly(pounds("0.02"), pounds("0.01"), pounds("0.01"), pounds("0.01"));
    }

    @Test
    void thePartsCannotBeChanged() {
      List<Money> parts = pounds("1.00").allocate(1, 1);
      assertThatThrownBy(() -> parts.set(0, Money.ZERO)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void misuseIsAnIllegalArgument() {
      Money m = pounds("10.00");
      assertThatThrownBy(() -> m.allocate(new long[0]))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weights");
      assertThatThrownBy(() -> m.allocate(1, -1, 2))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Weight 1 is negative: -1");
      assertThatThrownBy(() -> m.allocate(0, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every weight is zero");
      assertThatThrownBy(() -> m.allocate(0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 parts");
      assertThatThrownBy(() -> m.allocate(-2))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2 parts");
    }
  }

  @Nested
  class Comparison {
    @Test
    void ordersByValue() {
      Money small = pounds("-8214.8");
      Money large = pounds("7911.7");
      assertThat(small).isLessThan(large);
      assertThat(small.isLessThan(large)).isTrue();
      assertThat(large.isGreaterThan(small)).isTrue();
      assertThat(large.isGreaterThan(large)).isFalse();
      assertThat(large.isLessThan(large)).isFalse();
      assertThat(large.compareTo(pounds("7911.70"))).isZero();
    }

    @Test
    void signs() {
      assertThat(Money.ZERO.isZero()).isTrue();
      assertThat(Money.ZERO.isPositive()).isFalse();
      assertThat(Money.ZERO.isNegative()).isFalse();
      assertThat(Money.ofPennies(1).isPositive()).isTrue();
      assertThat(Money.ofPennies(-1).isNegative()).isTrue();
      assertThat(Money.ofPennies(-1).isZero()).isFalse();
    }

    @Test
    void equalsAndHashCode() {
      new EqualsTester()
          .addEqualityGroup(Money.ofPennies(123), pounds("1.23"), pounds("1.230"), Money.parse("£1.23"))
          .addEqualityGroup(Money.ZERO, Money.ofPennies(0), pounds("0.00"), Money.parse("-£0.00"))
          .addEqualityGroup(Money.ofPennies(-123), Money.parse("(£1.23)"))
          .addEqualityGroup(Money.ofPounds(123))
          .testEquals();
    }
  }

  @Nested
  class Text {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "0         | £0.00",
      "5         | £0.05",
      "-5        | -£0.05",
      "123456    | £1,234.56",
      "-821480000 | -£8,214,800.00",
      "13000000  | £130,000.00",
      "100000000 | £1,000,000.00",
      "9223372036854775807 | £92,233,720,368,547,758.07",
      "-9223372036854775808 | -£92,233,720,368,547,758.08",
    })
    void toStringIsCanonicalAndParsesBack(long pennies, String text) {
      Money m = Money.ofPennies(pennies);
      assertThat(m).hasToString(text);
      assertThat(Money.parse(text)).isEqualTo(m);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "£1234.56       | 123456",
      "£130,000       | 13000000",
      "£4.5           | 450",
      "GBP 25.00      | 2500",
      "gbp25          | 2500",
      "(£1,234.56)    | -123456",
      "( £ 1,234.56 ) | -123456",
      "1,234.56       | 123456",
      "-8,214.8       | -821480",
      "£-8,214.8      | -821480",
      "\u2212£5       | -500",
      "'  £7.00  '    | 700",
      "£ 0            | 0",
      "+£7,000,000    | 700000000",
    })
    void parseAcceptsTheUsualVariants(String text, long pennies) {
      assertThat(Money.parse(text)).isEqualTo(Money.ofPennies(pennies));
    }

    @Test
    void parseRefusesAFractionOfAPenny() {
      assertThatThrownBy(() -> Money.parse("£1.234"))
          .isInstanceOf(ValueParseException.class)
          .hasMessage("Cannot read \"£1.234\" as an amount of money: expected no more than two decimal"
              + " places (pence)");
    }

    @Test
    void parseRefusesAMagnitudeSuffixAndSaysWhatToUse() {
      assertThatThrownBy(() -> Money.parse("£4.3m"))
          .isInstanceOf(ValueParseException.class)
          .hasMessageContaining("\"£4.3m\"")
          .hasMessageContaining("ReportedAmount.parse");
      assertThatThrownBy(() -> Money.parse("£132k")).hasMessageContaining("k/m/bn suffix");
    }

    @Test
    void parseRefusesAnAmountOutOfRange() {
      assertThatThrownBy(() -> Money.parse("£92,233,720,368,547,758.08"))
          .isInstanceOf(ValueParseException.class)
          .hasMessageContaining("±£92 trillion");
      assertThatThrownBy(() -> Money.parse("-£92,233,720,368,547,758.09"))
          .isInstanceOf(ValueParseException.class);
    }

    @Test
    void parseSaysWhereItStopped() {
      ValueParseException e = org.junit.jupiter.api.Assertions.assertThrows(ValueParseException.class,
          () -> Money.parse("£12,34x"));
      assertThat(e).hasMessage("Cannot read \"£12,34x\" as an amount of money: expected three digits"
          + " after a thousands separator at position 7");
      assertThat(e.errorIndex()).isEqualTo(6);
      assertThat(e.text()).isEqualTo("£12,34x");
      assertThat(e.expected()).isEqualTo("three digits after a thousands separator");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "TBC          | placeholder (to be confirmed)",
      "''           | blank",
      "'   '        | blank",
      "£            | a digit",
      "£1.          | a digit after the decimal point",
      "£1,2345      | three digits after a thousands separator",
      "£1234,567    | a thousands separator after at most three digits",
      "0,123        | a first group of digits that does not start with 0",
      "£01,234      | a first group of digits that does not start with 0",
      "£12 34       | the end of the figure",
      "(£12         | a closing bracket",
      "-(£12)       | either a minus sign or brackets",
      "--12         | a single sign",
      "+-12         | a single sign",
      "£+12         | a digit",
      "£7.8 (adults) | bracketed qualifier",
      "1e5          | the end of the figure",
    })
    void parseRefusesWhatIsNotAnAmount(String text, String because) {
      assertThatThrownBy(() -> Money.parse(text))
          .isInstanceOf(ValueParseException.class)
          .hasMessageContaining("as an amount of money")
          .hasMessageContaining(because);
    }

    @Test
    void parseRefusesAbsurdlyLongInput() {
      String digits = "9".repeat(70);
      assertThatThrownBy(() -> Money.parse(digits))
          .isInstanceOf(ValueParseException.class)
          .hasMessageContaining("at most 30 digits (found 70)")
          .hasMessageContaining("(70 characters)");
    }
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(Money.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(pounds("1.23"));
  }

  @Test
  void serialisesToAnEqualAmount() {
    SerializableTester.reserializeAndAssert(pounds("-8214.80"));
  }
}
