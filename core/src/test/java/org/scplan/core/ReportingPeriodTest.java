package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2013-14                | FinancialYear    | 2013-14",
    "2010/11                | FinancialYear    | 2010-11",
    "2010 – 2011            | FinancialYear    | 2010-11",
    "2010/2011              | FinancialYear    | 2010-11",
    "FY 2018-19             | FinancialYear    | 2018-19",
    "2013-04                | CalendarMonth    | April 2013",
    "April 2013             | CalendarMonth    | April 2013",
    "Sept 2013              | CalendarMonth    | September 2013",
    "Q1 2018-19             | FinancialQuarter | Q1 2018-19",
    "2018-19 Q4             | FinancialQuarter | Q4 2018-19",
    "Spr 13                 | AcademicTerm     | Spring 2013",
    "Autumn 2013            | AcademicTerm     | Autumn 2013",
    "Summer term 2013       | AcademicTerm     | Summer 2013",
    "AY 2012-13             | AcademicYear     | AY 2012-13",
    "2012/13 academic year  | AcademicYear     | AY 2012-13",
    "' 2013-14 '            | FinancialYear    | 2013-14",
  })
  void parseDispatchesOnTheForm(String text, String kind, String canonical) {
    ReportingPeriod p = ReportingPeriod.parse(text);
    assertThat(p.getClass().getSimpleName()).isEqualTo(kind);
    assertThat(p).hasToString(canonical);
  }

  @Test
  void aFinancialYearIsNotAMonthAndAMonthIsNotAFinancialYear() {
    // 2013-14: the second number follows the first, so a financial year; 2013-04 is April 2013.
    assertThat(ReportingPeriod.parse("2013-14")).isEqualTo(FinancialYear.of(2013));
    assertThat(ReportingPeriod.parse("2013-04")).isEqualTo(CalendarMonth.of(2013, 4));
    assertThat(ReportingPeriod.parse("2013-12")).isEqualTo(CalendarMonth.of(2013, 12));
    // The one ambiguity: 2011-12 reads as the financial year, not December 2011.
    assertThat(ReportingPeriod.parse("2011-12")).isEqualTo(FinancialYear.of(2011));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "TBC          | a reporting period",
    "''           | a reporting period",
    "2013         | a reporting period",
    "Q5 2013-14   | a reporting period",
    "Winter 2013  | a month",
    "2013-13      | a month",
    "2010/12      | a financial year",
    "Spr 2013-14  | an academic term",
  })
  void parseRefusesWhatNamesNoPeriod(String text, String what) {
    assertThatThrownBy(() -> ReportingPeriod.parse(text))
        .isInstanceOf(ValueParseException.class)
        .hasMessageStartingWith("Cannot read \"" + text + "\" as " + what + ": expected");
  }

  @Test
  void containsIsInclusive() {
    ReportingPeriod q = ReportingPeriod.parse("Q3 2013-14");
    assertThat(q.contains(LocalDate.of(2013, 10, 1))).isTrue();
    assertThat(q.contains(LocalDate.of(2013, 12, 31))).isTrue();
    assertThat(q.contains(LocalDate.of(2014, 1, 1))).isFalse();
    assertThat(q.contains(LocalDate.of(2013, 9, 30))).isFalse();
    assertThatThrownBy(() -> q.contains(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(ReportingPeriod.class);
  }
}
