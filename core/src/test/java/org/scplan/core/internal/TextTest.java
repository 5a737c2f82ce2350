package org.scplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0            | 0",
    "7911.70      | 7,911.70",
    "-8214.8      | -8,214.8",
    "999          | 999",
    "1000         | 1,000",
    "123456789    | 123,456,789",
    "0.05         | 0.05",
    "-0.005       | -0.005",
    "1.3E+5       | 130,000",
    "-4.14E+8     | -414,000,000",
    "1234567.891  | 1,234,567.891",
  })
  void groupedKeepsTheScaleAndGroupsThousands(String value, String text) {
    assertThat(Text.grouped(new BigDecimal(value))).isEqualTo(text);
  }

  @Test
  void groupedLong() {
    assertThat(Text.grouped(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    assertThat(Text.grouped(42L)).isEqualTo("42");
  }

  @Test
  void quoteEscapesAndAbbreviates() {
    assertThat(Text.quote("TBC")).isEqualTo("\"TBC\"");
    assertThat(Text.quote(null)).isEqualTo("null");
    assertThat(Text.quote("a\"b\r\n\t\u0000")).isEqualTo("\"a\\\"b\\r\\n\\t\\u0000\"");
    assertThat(Text.quote("y".repeat(Text.QUOTE_LIMIT))).isEqualTo("\"" + "y".repeat(Text.QUOTE_LIMIT) + "\"");
    assertThat(Text.quote("y".repeat(Text.QUOTE_LIMIT + 1)))
        .isEqualTo("\"" + "y".repeat(Text.QUOTE_LIMIT) + "…\" (61 characters)");
  }

  @Test
  void twoDigitsOfAYear() {
    assertThat(Text.twoDigits(2019)).isEqualTo("19");
    assertThat(Text.twoDigits(2000)).isEqualTo("00");
    assertThat(Text.twoDigits(2005)).isEqualTo("05");
    assertThat(Text.twoDigits(10000)).isEqualTo("00");
  }
}
