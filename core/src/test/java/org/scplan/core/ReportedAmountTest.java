package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scplan.core.AmountUnit.MILLIONS;
import static org.scplan.core.AmountUnit.POUNDS;
import static org.scplan.core.AmountUnit.THOUSANDS;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedAmountTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static ReportedAmount inThousands(String text) {
    return ReportedAmount.parse(text, THOUSANDS);
  }

  @Nested
  class Parsing {
    /**
     * The forms of issue 2, as the seeds print them: seed 000 section 2 (£'000 table and
     * "£42.336m"), seed 001 ("£414m", Table 5's 417,018.0, "£4.3m"), seed 002 ("£172.233m"),
     * seed 003 ("£130,000", "£132k").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      // text     | unmarked  | printed  | unit      | decimals | lower        | upper
      "42,336.3   | THOUSANDS | 42336.3  | THOUSANDS | 1        | 42336250     | 42336350",
      "-8,214.8   | THOUSANDS | -8214.8  | THOUSANDS | 1        | -8214850     | -8214750",
      "(8,214.8)  | THOUSANDS | -8214.8  | THOUSANDS | 1        | -8214850     | -8214750",
      "7,911.7    | THOUSANDS | 7911.7   | THOUSANDS | 1        | 7911650      | 7911750",
      "417,018.0  | THOUSANDS | 417018.0 | THOUSANDS | 1        | 417017950    | 417018050",
      "0.0        | THOUSANDS | 0.0      | THOUSANDS | 1        | -50          | 50",
      "0.0        | POUNDS    | 0.0      | POUNDS    | 1        | -0.05        | 0.05",
      "42,336.3   | POUNDS    | 42336.3  | POUNDS    | 1        | 42336.25     | 42336.35",
      "£42.336m   | POUNDS    | 42.336   | MILLIONS  | 3        | 42335500     | 42336500",
      "£172.233m  | THOUSANDS | 172.233  | MILLIONS  | 3        | 172232500    | 172233500",
      "£4.3m      | POUNDS    | 4.3      | MILLIONS  | 1        | 4250000      | 4350000",
      "£414m      | POUNDS    | 414      | MILLIONS  | 0        | 413500000    | 414500000",
      "£130,000   | POUNDS    | 130000   | POUNDS    | 0        | 129999.5     | 130000.5",
      // Without a k or m, even a figure with a £ sign is in the unit it is read in.
      "£130,000   | THOUSANDS | 130000   | THOUSANDS | 0        | 129999500    | 130000500",
      "£132k      | POUNDS    | 132      | THOUSANDS | 0        | 131500       | 132500",
      "£51k       | POUNDS    | 51       | THOUSANDS | 0        | 50500        | 51500",
      "£1.2bn     | POUNDS    | 1200     | MILLIONS  | -2       | 1150000000   | 1250000000",
      "-£8,214.8k | POUNDS    | -8214.8  | THOUSANDS | 1        | -8214850     | -8214750",
      "(£4.3m)    | POUNDS    | -4.3     | MILLIONS  | 1        | -4350000     | -4250000",
      "GBP 130,000 | POUNDS   | 130000   | POUNDS    | 0        | 129999.5     | 130000.5",
      // Seed 001, section B: "Reported variances ... were +£7m, £1.5m and £0.1m".
      "+£7m       | POUNDS    | 7        | MILLIONS  | 0        | 6500000      | 7500000",
      "+ 1,234.5  | THOUSANDS | 1234.5   | THOUSANDS | 1        | 1234450      | 1234550",
    })
    void readsThePublishedForms(String text, AmountUnit unmarked, String printed, AmountUnit unit,
        int decimals, String lower, String upper) {
      ReportedAmount a = ReportedAmount.parse(text, unmarked);
      assertThat(a.printed()).isEqualByComparingTo(printed);
      assertThat(a.unit()).isEqualTo(unit);
      assertThat(a.decimals()).isEqualTo(decimals);
      assertThat(a.interval()).isEqualTo(Interval.closed(d(lower), d(upper)));
    }

    @Test
    void anUnmarkedFigureIsInPoundsUnlessToldOtherwise() {
      assertThat(ReportedAmount.parse("42,336.3")).isEqualTo(ReportedAmount.parse("42,336.3", POUNDS));
      assertThat(ReportedAmount.parse("42,336.3").unit()).isEqualTo(POUNDS);
    }

    @Test
    void theNearestNoteSetsACoarserPrecision() {
      ReportedAmount a = ReportedAmount.parse("£130,000 (nearest £1,000)");
      assertThat(a.printed()).isEqualByComparingTo("130000");
      assertThat(a.unit()).isEqualTo(POUNDS);
      assertThat(a.decimals()).isEqualTo(-3);
      assertThat(a.interval()).isEqualTo(Interval.closed(d("129500"), d("130500")));
      assertThat(a).hasToString("£130,000 (nearest £1,000)");

      assertThat(ReportedAmount.parse("130,000 (Nearest 1,000)")).isEqualTo(a);
      assertThat(ReportedAmount.parse("£130k (nearest £10k)").interval())
          .isEqualTo(Interval.closed(d("125000"), d("135000")));
      assertThat(ReportedAmount.parse("£400m (nearest £100m)").interval())
          .isEqualTo(Interval.closed(d("350000000"), d("450000000")));
      assertThat(ReportedAmount.parse("£2,000m (nearest £1bn)").decimals()).isEqualTo(-3);
      assertThat(ReportedAmount.parse("£132,000 (nearest £1k)").decimals()).isEqualTo(-3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "TBC                  | a figure, but the text is a placeholder (to be confirmed)",
      "tbc                  | a figure, but the text is a placeholder (to be confirmed)",
      "N/A                  | a figure, but the text says \"not applicable\"",
      "Placeholder          | a figure, but the text is a placeholder with no figure yet",
      "-                    | a figure, but the text is a dash (nil or not available)",
      "''                   | a figure, but the text is blank",
      "12,34x               | three digits after a thousands separator at position 6",
      "1,2345               | three digits after a thousands separator at position 6",
      "0,123                | a first group of digits that does not start with 0 at position 1",
      "£7.8m (£4.1m adults) | a single figure, but a bracketed qualifier follows it; record the figure and"
          + " keep the qualifier as a note at position 7",
      "£7.8 m               | the end of the figure at position 6",
      "+-£7m                | a single sign at position 2",
      "+(£7m)               | a single sign at position 2",
      "++7                  | a single sign at position 2",
      "-+7                  | a digit at position 2",
      "£130,500 (nearest £1,000) | a figure whose digits fit its precision note",
      "£130,000 (nearest £1,500) | a precision note naming a power of ten of at least 10, such as (nearest 1,000)",
      "£130,000 (nearest £0.10)  | a precision note naming a power of ten of at least 10, such as (nearest 1,000)",
      "£1bn (nearest £10m)       | a precision note coarser than the printed digits",
      "£130.5k (nearest £1)      | a precision note naming a power of ten of at least 10, such as (nearest 1,000)",
      "£130,000 (nearest TBC)    | a precision note naming a power of ten of at least 10, such as (nearest 1,000)",
    })
    void refusesWithAMessageThatSaysWhy(String text, String expected) {
      assertThatThrownBy(() -> ReportedAmount.parse(text))
          .isInstanceOf(ValueParseException.class)
          .hasMessageEndingWith(": expected " + expected);
    }

    @Test
    void aQualifiedFigureIsRefusedNamingTheQualifier() {
      // Seed 001, key decisions: "£7.8m (£4.1m adults)". A value is one figure; the decision is
      // to record £7.8m and keep "(£4.1m adults)" as a note beside it.
      ValueParseException e = org.junit.jupiter.api.Assertions.assertThrows(ValueParseException.class,
          () -> ReportedAmount.parse("£7.8m (£4.1m adults)"));
      assertThat(e.getMessage()).startsWith("Cannot read \"£7.8m (£4.1m adults)\" as an amount:");
      assertThat(e.errorIndex()).isEqualTo(6);
      assertThat(ReportedAmount.parse(e.text().substring(0, e.errorIndex()))).hasToString("£7.8m");
    }

    @Test
    void aFigureTooCoarseForTheLimitsIsRefused() {
      assertThatThrownBy(() -> ReportedAmount.parse("£0 (nearest £10,000,000,000,000)"))
          .isInstanceOf(ValueParseException.class)
          .hasMessageEndingWith("expected a precision from a trillionth of a pound to the nearest trillion pounds");
    }
  }

  @Nested
  class Golden {
    @Test
    void seed001HeadlineNetBudgetDisagreesWithTable5() {
      // Seed 001: "a total net budget of £414m for 2018-19"; Table 5 totals 417,018.0 (£'000).
      ReportedAmount headline = ReportedAmount.parse("£414m");
      ReportedAmount table = inThousands("417,018.0");
      assertThat(headline.interval()).hasToString("[413,500,000, 414,500,000]");
      assertThat(table.interval()).hasToString("[417,017,950, 417,018,050]");
      assertThat(headline.interval().overlaps(table.interval())).isFalse();
      assertThat(headline.interval().gapTo(table.interval())).isEqualByComparingTo("2517950");
    }

    @Test
    void seed000HeadlineGrossAgreesWithItsTable() {
      // Seed 000: "The gross expenditure ... is £42.336m"; section 2 TOTALS gross 42,336.3 (£'000).
      ReportedAmount headline = ReportedAmount.parse("£42.336m");
      ReportedAmount table = inThousands("42,336.3");
      assertThat(headline.interval()).hasToString("[42,335,500, 42,336,500]");
      assertThat(table.interval()).hasToString("[42,336,250, 42,336,350]");
      assertThat(headline.interval().overlaps(table.interval())).isTrue();
    }

    @Test
    void seed000NursingCareAddsUpWithinRounding() {
      // Seed 000, section 2, Nursing Care: gross 7,911.7 + external income -8,214.8 = -303.1.
      Interval sum = inThousands("7,911.7").interval().plus(inThousands("-8,214.8").interval());
      assertThat(sum).isEqualTo(Interval.closed(d("-303200"), d("-303000")));
      assertThat(sum.overlaps(inThousands("-303.1").interval())).isTrue();
      assertThat(sum.overlaps(inThousands("-303.3").interval())).isFalse();
    }
  }

  @Nested
  class Values {
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"'7,911.7', THOUSANDS, 50", "£414m, MILLIONS, 500000",
        "'1,644.21', POUNDS, 0.005", "'(983)', THOUSANDS, 500", "'12,000 (nearest 1,000)', POUNDS, 500"})
    void theHalfWidthIsTheIntervalsAndSharedByFiguresPrintedAlike(String text, AmountUnit unit, String half) {
      ReportedAmount a = ReportedAmount.parse(text, unit);
      Interval i = a.interval();

      assertThat(a.halfWidth()).isEqualByComparingTo(half);
      assertThat(i.upper().subtract(i.lower())).isEqualByComparingTo(a.halfWidth().multiply(BigDecimal.valueOf(2)));
      assertThat(ReportedAmount.parse(text, unit).halfWidth()).isSameAs(a.halfWidth());
      ReportedNumber n = ReportedNumber.parse("2,319.2");
      assertThat(n.halfWidth()).isEqualByComparingTo("0.05").isSameAs(ReportedNumber.parse("7.5").halfWidth());
    }

    @Test
    void valueIsInPoundsExactlyAsPrinted() {
      assertThat(inThousands("7,911.7").value()).isEqualByComparingTo("7911700");
      assertThat(ReportedAmount.parse("£42.336m").value()).isEqualByComparingTo("42336000");
      assertThat(ReportedAmount.parse("£130,000").value()).isEqualByComparingTo("130000");
    }

    @Test
    void ofTakesThePrecisionFromTheDigits() {
      ReportedAmount a = ReportedAmount.of(d("7911.7"), THOUSANDS);
      assertThat(a).isEqualTo(inThousands("7,911.7"));
      assertThat(ReportedAmount.of(d("7911.70"), THOUSANDS).decimals()).isEqualTo(2);
      assertThat(ReportedAmount.of(d("4.14E+8"), POUNDS).decimals()).isEqualTo(-6);
    }

    @Test
    void ofWithAStatedPrecision() {
      ReportedAmount a = ReportedAmount.of(d("130000"), POUNDS, -3);
      assertThat(a.printed()).hasToString("130000");
      assertThat(a.interval()).isEqualTo(Interval.closed(d("129500"), d("130500")));
      assertThat(ReportedAmount.of(d("7911.7"), THOUSANDS, 3).printed()).hasToString("7911.700");
    }

    @Test
    void ofRefusesDigitsFinerThanThePrecision() {
      assertThatThrownBy(() -> ReportedAmount.of(d("7911.75"), THOUSANDS, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Figure 7911.75 has digits finer than its precision of 1 decimal places");
      assertThatThrownBy(() -> ReportedAmount.of(d("130500"), POUNDS, -3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Figure 130500 has digits finer than its precision of -3 decimal places");
    }

    @Test
    void thePrecisionRangeIsAboutPounds() {
      // From a trillionth of a pound to the nearest trillion pounds, whatever the unit.
      assertThat(ReportedAmount.of(d("1"), POUNDS, 12).interval().width()).isEqualByComparingTo("1E-12");
      assertThat(ReportedAmount.of(d("1"), MILLIONS, 18).interval().width()).isEqualByComparingTo("1E-12");
      assertThat(ReportedAmount.of(BigDecimal.ZERO, POUNDS, -12).interval().width()).isEqualByComparingTo("1E+12");
      assertThat(ReportedAmount.of(BigDecimal.ZERO, MILLIONS, -6).interval().width()).isEqualByComparingTo("1E+12");
      assertThatThrownBy(() -> ReportedAmount.of(d("1"), POUNDS, 13))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid precision for an amount in £ (valid decimals -12 to 12): 13");
      assertThatThrownBy(() -> ReportedAmount.of(d("1"), MILLIONS, 19))
          .hasMessage("Invalid precision for an amount in £m (valid decimals -6 to 18): 19");
      assertThatThrownBy(() -> ReportedAmount.of(BigDecimal.ZERO, THOUSANDS, -10))
          .hasMessage("Invalid precision for an amount in £'000 (valid decimals -9 to 15): -10");
    }

    @Test
    void aFigureOfMoreThanThirtyDigitsIsRefused() {
      BigDecimal thirty = d("9".repeat(28) + ".9");
      assertThat(ReportedAmount.of(thirty.setScale(2), POUNDS).printed()).isEqualByComparingTo(thirty);
      assertThat(ReportedAmount.of(d("0E+40"), POUNDS, 0)).hasToString("£0");
      assertThatThrownBy(() -> ReportedAmount.of(d("1E+40"), POUNDS, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Figure \"1E+40\" has more than 30 digits");
      assertThatThrownBy(() -> ReportedAmount.of(d("9".repeat(31)), POUNDS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("more than 30 digits");
      assertThatThrownBy(() -> ReportedAmount.of(d("0." + "0".repeat(10) + "1"), MILLIONS, 30))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ReportedAmount.parse("£" + "9".repeat(28) + "bn"))
          .isInstanceOf(ValueParseException.class)
          .hasMessageEndingWith("expected a figure of at most 30 digits");
    }

    @Test
    void ofMoneyIsExactToThePenny() {
      ReportedAmount a = ReportedAmount.of(Money.parse("£1,234.56"));
      assertThat(a.unit()).isEqualTo(POUNDS);
      assertThat(a.decimals()).isEqualTo(2);
      assertThat(a.interval()).isEqualTo(Interval.closed(d("1234.555"), d("1234.565")));
      assertThat(a.toMoney()).isEqualTo(Money.parse("£1,234.56"));
      assertThat(a).hasToString("£1,234.56");
    }

    @Test
    void toMoney() {
      assertThat(inThousands("7,911.7").toMoney()).isEqualTo(Money.ofPounds(7_911_700));
      assertThat(ReportedAmount.parse("£42.336m").toMoney()).isEqualTo(Money.ofPounds(42_336_000));
      ReportedAmount sub = ReportedAmount.parse("£0.005");
      assertThatThrownBy(sub::toMoney).isInstanceOf(ArithmeticException.class);
      assertThat(sub.toMoney(RoundingMode.HALF_UP)).isEqualTo(Money.ofPennies(1));
      assertThat(sub.toMoney(RoundingMode.DOWN)).isEqualTo(Money.ZERO);
    }

    @Test
    void negated() {
      ReportedAmount income = inThousands("8,214.8");
      assertThat(income.negated()).isEqualTo(inThousands("-8,214.8"));
      assertThat(income.negated().interval()).isEqualTo(income.interval().negated());
      assertThat(income.negated().negated()).isEqualTo(income);
    }
  }

  @Nested
  class Restating {
    @Test
    void inAnotherUnitKeepsTheInterval() {
      ReportedAmount a = inThousands("7,911.7");
      ReportedAmount m = a.in(MILLIONS);
      assertThat(m.printed()).isEqualByComparingTo("7.9117");
      assertThat(m.decimals()).isEqualTo(4);
      assertThat(m).hasToString("£7.9117m");
      assertThat(m.interval()).isEqualTo(a.interval());
      assertThat(m.in(THOUSANDS)).isEqualTo(a);
    }

    @Test
    void restatingInASmallerUnitKeepsTheCoarsePrecisionAsANote() {
      ReportedAmount headline = ReportedAmount.parse("£414m");
      ReportedAmount pounds = headline.in(POUNDS);
      assertThat(pounds.decimals()).isEqualTo(-6);
      assertThat(pounds).hasToString("£414,000,000 (nearest £1,000,000)");
      assertThat(pounds.interval()).isEqualTo(headline.interval());
      assertThat(ReportedAmount.parse(pounds.toString())).isEqualTo(pounds);
      assertThat(ReportedAmount.parse("£132k").in(POUNDS)).hasToString("£132,000 (nearest £1,000)");
    }

    @Test
    void theSameUnitReturnsTheSameFigure() {
      ReportedAmount a = inThousands("7,911.7");
      assertThat(a.in(THOUSANDS)).isSameAs(a);
    }

    @Test
    void theExtremePrecisionsCanBeRestated() {
      ReportedAmount fine = ReportedAmount.of(d("1"), POUNDS, 12);
      assertThat(fine.in(MILLIONS).decimals()).isEqualTo(18);
      ReportedAmount coarse = ReportedAmount.of(BigDecimal.ZERO, MILLIONS, -6);
      assertThat(coarse.in(POUNDS).decimals()).isEqualTo(-12);
      assertThat(coarse.in(POUNDS).interval()).isEqualTo(coarse.interval());
    }
  }

  @Nested
  class Text {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "7,911.7    | THOUSANDS | £7,911.7k",
      "-8,214.8   | THOUSANDS | -£8,214.8k",
      "(8,214.8)  | THOUSANDS | -£8,214.8k",
      "0.0        | THOUSANDS | £0.0k",
      "£414m      | POUNDS    | £414m",
      "£42.336m   | POUNDS    | £42.336m",
      "£130,000   | POUNDS    | £130,000",
      "£132k      | POUNDS    | £132k",
      "1234.5     | POUNDS    | £1,234.5",
      "£1.2bn     | POUNDS    | '£1,200m (nearest £100m)'",
    })
    void toStringIsCanonicalAndParsesBack(String text, AmountUnit unmarked, String canonical) {
      ReportedAmount a = ReportedAmount.parse(text, unmarked);
      assertThat(a).hasToString(canonical);
      assertThat(ReportedAmount.parse(canonical)).isEqualTo(a);
    }
  }

  @Test
  void equalityIsNumberUnitAndPrecision() {
    new EqualsTester()
        .addEqualityGroup(inThousands("7,911.7"), ReportedAmount.of(d("7911.7"), THOUSANDS),
            ReportedAmount.parse("£7,911.7k"))
        .addEqualityGroup(ReportedAmount.parse("£7.9117m"))
        .addEqualityGroup(ReportedAmount.of(d("7911.70"), THOUSANDS))
        .addEqualityGroup(ReportedAmount.of(d("7911.7"), POUNDS))
        .addEqualityGroup(inThousands("-8,214.8"), inThousands("(8,214.8)"))
        .addEqualityGroup(ReportedAmount.of(d("130000"), POUNDS, -3), ReportedAmount.of(d("1.3E+5"), POUNDS, -3),
            ReportedAmount.parse("£130,000 (nearest £1,000)"))
        .addEqualityGroup(ReportedAmount.parse("£130,000"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(ReportedAmount.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(inThousands("7,911.7"));
  }

  @Test
  void serialisesToAnEqualFigure() {
    SerializableTester.reserializeAndAssert(ReportedAmount.parse("£130,000 (nearest £1,000)"));
  }
}
