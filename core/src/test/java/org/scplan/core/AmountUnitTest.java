package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountUnitTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "£          | POUNDS",
    "pounds     | POUNDS",
    "GBP        | POUNDS",
    "£s         | POUNDS",
    "£'000      | THOUSANDS",
    "£’000      | THOUSANDS",
    "£ '000     | THOUSANDS",
    "£000       | THOUSANDS",
    "£000s      | THOUSANDS",
    "£'000s     | THOUSANDS",
    "£k         | THOUSANDS",
    "k          | THOUSANDS",
    "Thousands  | THOUSANDS",
    "£m         | MILLIONS",
    "£M         | MILLIONS",
    "m          | MILLIONS",
    "millions   | MILLIONS",
    "£ millions | MILLIONS",
    "£million   | MILLIONS",
  })
  void parseReadsColumnHeadings(String text, AmountUnit unit) {
    assertThat(AmountUnit.parse(text)).isEqualTo(unit);
  }

  @Test
  void parseReadsItsOwnLabelsAndSuffixes() {
    for (AmountUnit unit : AmountUnit.values()) {
      assertThat(AmountUnit.parse(unit.label())).isEqualTo(unit);
      if (!unit.suffix().isEmpty()) {
        assertThat(AmountUnit.parse(unit.suffix())).isEqualTo(unit);
      }
    }
  }

  @Test
  void parseRefusesWhatNamesNoUnit() {
    assertThatThrownBy(() -> AmountUnit.parse("£bn"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("Cannot read \"£bn\" as a unit of money: expected £, £'000 (also £000, £000s, £k) or £m");
    assertThatThrownBy(() -> AmountUnit.parse("")).isInstanceOf(ValueParseException.class);
    assertThatThrownBy(() -> AmountUnit.parse("€'000")).isInstanceOf(ValueParseException.class);
  }

  @Test
  void labelsSuffixesAndExponents() {
    assertThat(AmountUnit.POUNDS.label()).isEqualTo("£");
    assertThat(AmountUnit.THOUSANDS.label()).isEqualTo("£'000");
    assertThat(AmountUnit.MILLIONS.label()).isEqualTo("£m");
    assertThat(AmountUnit.POUNDS.suffix()).isEmpty();
    assertThat(AmountUnit.THOUSANDS.suffix()).isEqualTo("k");
    assertThat(AmountUnit.MILLIONS.suffix()).isEqualTo("m");
    assertThat(AmountUnit.POUNDS.exponent()).isZero();
    assertThat(AmountUnit.THOUSANDS.exponent()).isEqualTo(3);
    assertThat(AmountUnit.MILLIONS.exponent()).isEqualTo(6);
  }

  @Test
  void conversionsAreExact() {
    // Seed 000, section 2: 42,336.3 in £'000 is £42,336,300.
    assertThat(AmountUnit.THOUSANDS.toPounds(new BigDecimal("42336.3"))).isEqualByComparingTo("42336300");
    assertThat(AmountUnit.MILLIONS.toPounds(new BigDecimal("42.336"))).isEqualByComparingTo("42336000");
    assertThat(AmountUnit.MILLIONS.fromPounds(new BigDecimal("417018000"))).isEqualByComparingTo("417.018");
    assertThat(AmountUnit.THOUSANDS.fromPounds(new BigDecimal("0.05"))).isEqualByComparingTo("0.00005");
    assertThat(AmountUnit.POUNDS.toPounds(new BigDecimal("1.23"))).isEqualByComparingTo("1.23");
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(AmountUnit.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(AmountUnit.THOUSANDS);
  }
}
