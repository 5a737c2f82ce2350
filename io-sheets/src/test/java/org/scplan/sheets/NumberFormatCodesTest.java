package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parts of a number format code (ECMA-376 Part 1, 18.8.31): its sections, split at semicolons
 * outside quotes, brackets and escapes; which sections print dates (a day, month, year, hour or
 * second outside quotes, brackets and escapes); the range of serial dates that print as dates; and
 * a code printing alike each time a sheet uses it.
 */
class NumberFormatCodesTest {

  @Test
  void sectionsSplitAtSemicolonsOutsideQuotesBracketsAndEscapes() {
    assertThat(NumberFormat.sections("#,##0;(#,##0);\"-\"")).containsExactly("#,##0", "(#,##0)", "\"-\"");
    assertThat(NumberFormat.sections("0\" a;b\";-0")).containsExactly("0\" a;b\"", "-0");
    assertThat(NumberFormat.sections("[$;-809]0;-0")).containsExactly("[$;-809]0", "-0");
    assertThat(NumberFormat.sections("0\\;0;-0")).containsExactly("0\\;0", "-0");
    assertThat(NumberFormat.sections("\"\\\";0")).containsExactly("\"\\\"", "0");
    assertThat(NumberFormat.sections("0;")).containsExactly("0", "");
    assertThat(NumberFormat.sections("0\\")).containsExactly("0\\");
    assertThat(NumberFormat.sections("#,##0")).containsExactly("#,##0");
  }

  @ParameterizedTest(name = "{0} prints a date: {1}")
  @CsvSource(delimiter = '|', value = {
      "dd/mm/yyyy|true",
      "[h]:mm|true",
      "hh:mm:ss|true",
      "MMM-YY|true",
      "[$-809]d mmmm yyyy|true",
      "0.0\" days\"|false",
      "[Red]#,##0|false",
      "0\\d|false",
      "0_d|false",
      "0*d|false",
      "#,##0,,\"m\"|false",
      "\"dd\"0\" m\"|false",
      "\"a\"0 s|true",
      "[Blue]0 d|true",
      "\\\"d|true",
      "0.00%|false",
  })
  void aSectionPrintsADateByItsDayMonthYearHourOrSecondOutsideQuotesBracketsAndEscapes(String section,
      boolean date) {
    assertThat(NumberFormat.isDate(section)).isEqualTo(date);
  }

  @ParameterizedTest(name = "serial {0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "45382|2024-03-31",
      "45382.75|2024-03-31",
      "1|1899-12-31",
      "2|1900-01-01",
      "2958465|9999-12-31",
      "0|0",
      "-3|-3",
      "2958466|2958466",
      "0.5|0.5",
  })
  void serialDatesPrintAsIsoDatesWithinTheCalendarAndAsNumbersOutsideIt(String serial, String printed) {
    assertThat(NumberFormat.date(new BigDecimal(serial))).isEqualTo(printed);
  }

  @Test
  void theSameCodePrintsAlikeEveryTime() {
    List<String> first = List.of(NumberFormat.print(new BigDecimal("-1234.5"), "#,##0.0;(#,##0.0)"),
        NumberFormat.print(new BigDecimal("0.834"), "0.0%"));
    assertThat(List.of(NumberFormat.print(new BigDecimal("-1234.5"), "#,##0.0;(#,##0.0)"),
        NumberFormat.print(new BigDecimal("0.834"), "0.0%"))).isEqualTo(first).containsExactly("(1,234.5)", "83.4%");
  }
}
