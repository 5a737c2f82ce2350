package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarMonthTest {

  /** Seed 002's milestone and action dates ("April 2013", "Sept 2013", "Jan 2014"), and the ISO form. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "April 2013     | 2013 | 4  | April 2013",
    "Sept 2013      | 2013 | 9  | September 2013",
    "Jan 2014       | 2014 | 1  | January 2014",
    "2013-04        | 2013 | 4  | April 2013",
    "Apr 2013       | 2013 | 4  | April 2013",
    "sept. 2013     | 2013 | 9  | September 2013",
    "Sep 2013       | 2013 | 9  | September 2013",
    "DECEMBER 2013  | 2013 | 12 | December 2013",
    "' March  2014 '| 2014 | 3  | March 2014",
    "May 2013       | 2013 | 5  | May 2013",
  })
  void parseReadsThePlansMonths(String text, int year, int month, String canonical) {
    CalendarMonth m = CalendarMonth.parse(text);
    assertThat(m.yearMonth()).isEqualTo(YearMonth.of(year, month));
    assertThat(m).hasToString(canonical);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Aprl 2013   | a month name such as April, Apr or Sept at position 1",
    "Ongoing 2013 | a month name such as April, Apr or Sept at position 1",
    "2013-13     | a month number from 01 to 12 at position 6",
    "2013-00     | a month number from 01 to 12 at position 6",
    "April       | a month and year such as April 2013",
    "13/2013     | a month and year such as April 2013",
    "April 13    | a month and year such as April 2013",
    "''          | a month and year such as April 2013",
    "March 1000  | a month from April 1000 to March 9999",
    "April 9999  | a month from April 1000 to March 9999",
    "9999-04     | a month from April 1000 to March 9999",
  })
  void parseRefusesWhatIsNotAMonth(String text, String expected) {
    assertThatThrownBy(() -> CalendarMonth.parse(text))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("Cannot read \"" + text + "\" as a month: expected " + expected);
  }

  @Test
  void theRangeIsThatOfTheFinancialYears() {
    assertThat(CalendarMonth.of(1000, 4).financialYear()).isEqualTo(FinancialYear.of(FinancialYear.MIN_YEAR));
    assertThat(CalendarMonth.of(9999, 3).financialYear()).isEqualTo(FinancialYear.of(FinancialYear.MAX_YEAR));
    assertThatThrownBy(() -> CalendarMonth.of(1000, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for CalendarMonth (valid values April 1000 - March 9999): March 1000");
    assertThatThrownBy(() -> CalendarMonth.of(YearMonth.of(9999, 4))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CalendarMonth.of(2013, 13)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void startEndAndContains() {
    CalendarMonth feb = CalendarMonth.of(2012, 2);
    assertThat(feb.start()).isEqualTo(LocalDate.of(2012, 2, 1));
    assertThat(feb.end()).isEqualTo(LocalDate.of(2012, 2, 29));
    assertThat(feb.contains(LocalDate.of(2012, 2, 29))).isTrue();
    assertThat(feb.contains(LocalDate.of(2012, 3, 1))).isFalse();
  }

  @Test
  void financialYearAndQuarter() {
    assertThat(CalendarMonth.parse("March 2014").financialYear()).hasToString("2013-14");
    assertThat(CalendarMonth.parse("April 2013").financialYear()).hasToString("2013-14");
    assertThat(CalendarMonth.parse("March 2013").financialYear()).hasToString("2012-13");
    assertThat(CalendarMonth.parse("Sept 2013").quarter()).hasToString("Q2 2013-14");
    assertThat(CalendarMonth.parse("Jan 2014").quarter()).hasToString("Q4 2013-14");
  }

  @Test
  void fromNextPrevious() {
    assertThat(CalendarMonth.from(LocalDate.of(2013, 12, 31))).isEqualTo(CalendarMonth.of(2013, 12));
    assertThat(CalendarMonth.of(2013, 12).next()).isEqualTo(CalendarMonth.of(2014, 1));
    assertThat(CalendarMonth.of(2014, 1).previous()).isEqualTo(CalendarMonth.of(2013, 12));
    assertThat(CalendarMonth.of(2014, 1).sameLastYear()).isEqualTo(CalendarMonth.of(2013, 1));
  }

  @Test
  void ordering() {
    assertThat(CalendarMonth.parse("Sept 2013")).isLessThan(CalendarMonth.parse("Jan 2014"));
    assertThat(CalendarMonth.parse("Sept 2013").compareTo(CalendarMonth.parse("2013-09"))).isZero();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(CalendarMonth.of(2013, 4), CalendarMonth.parse("Apr 2013"), CalendarMonth.parse("2013-04"),
            CalendarMonth.of(YearMonth.of(2013, 4)), CalendarMonth.from(LocalDate.of(2013, 4, 30)))
        .addEqualityGroup(CalendarMonth.of(2014, 4))
        .addEqualityGroup(CalendarMonth.of(2013, 5))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(CalendarMonth.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(CalendarMonth.of(2013, 4));
  }

  @Test
  void serialisesToAnEqualMonth() {
    SerializableTester.reserializeAndAssert(CalendarMonth.of(2013, 9));
  }
}
