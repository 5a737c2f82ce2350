package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinancialYearTest {

  private static final FinancialYear FY_2018 = FinancialYear.of(2018);

  @Test
  void ofPrintsTheUsualForm() {
    assertThat(FY_2018).hasToString("2018-19");
    assertThat(FinancialYear.of(2010)).hasToString("2010-11");
    assertThat(FinancialYear.of(1999)).hasToString("1999-00");
    assertThat(FinancialYear.of(2009)).hasToString("2009-10");
    assertThat(FinancialYear.of(FinancialYear.MIN_YEAR)).hasToString("1000-01");
    assertThat(FinancialYear.of(FinancialYear.MAX_YEAR)).hasToString("9998-99");
  }

  @Test
  void toStringDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(FY_2018).hasToString("2018-19");
      Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
      assertThat(FinancialYear.of(2009)).hasToString("2009-10");
      assertThatThrownBy(() -> FinancialYear.parse("2010/12")).hasMessageContaining("(11)");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void ofRefusesAYearOutOfRange() {
    assertThatThrownBy(() -> FinancialYear.of(999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for FinancialYear start year (valid values 1000 - 9998): 999");
    assertThatThrownBy(() -> FinancialYear.of(9999)).isInstanceOf(IllegalArgumentException.class);
  }

  /** The forms of DOMAIN.md and the seeds: seed 000 "2010 – 2011" and "2010/11", seed 001 "2018-19". */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2010/11       | 2010",
    "2010-11       | 2010",
    "2010 – 2011   | 2010",
    "2010/2011     | 2010",
    "2018-19       | 2018",
    "FY 2018-19    | 2018",
    "fy2018/19     | 2018",
    "2010—11       | 2010",
    "'  2010 - 11 '| 2010",
    "1999/00       | 1999",
    "1999-2000     | 1999",
    "2012/13       | 2012",
  })
  void parseReadsTheWaysPlansWriteIt(String text, int startYear) {
    assertThat(FinancialYear.parse(text)).isEqualTo(FinancialYear.of(startYear));
  }

  @Test
  void parseRefusesASecondYearThatDoesNotFollow() {
    ValueParseException e = org.junit.jupiter.api.Assertions.assertThrows(ValueParseException.class,
        () -> FinancialYear.parse("2010/12"));
    assertThat(e).hasMessage("Cannot read \"2010/12\" as a financial year: expected the year after 2010 (11)"
        + " at position 6");
    assertThat(e.errorIndex()).isEqualTo(5);
    assertThatThrownBy(() -> FinancialYear.parse("2010/2012"))
        .hasMessageContaining("expected the year after 2010 (2011)");
    assertThatThrownBy(() -> FinancialYear.parse("1999/01"))
        .hasMessageContaining("expected the year after 1999 (00)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2010       | a start year and the following year, such as 2018-19, 2010/11 or 2010 – 2011",
    "10/11      | a start year and the following year, such as 2018-19, 2010/11 or 2010 – 2011",
    "2010-11-12 | a start year and the following year, such as 2018-19, 2010/11 or 2010 – 2011",
    "TBC        | a start year and the following year, such as 2018-19, 2010/11 or 2010 – 2011",
    "''         | a start year and the following year, such as 2018-19, 2010/11 or 2010 – 2011",
    "2010/111   | a start year and the following year, such as 2018-19, 2010/11 or 2010 – 2011",
    "0999/00    | a start year from 1000 to 9998 at position 1",
    "9999/00    | a start year from 1000 to 9998 at position 1",
  })
  void parseRefusesWhatIsNotAFinancialYear(String text, String expected) {
    assertThatThrownBy(() -> FinancialYear.parse(text))
        .isInstanceOf(ValueParseException.class)
        .hasMessageEndingWith("as a financial year: expected " + expected);
  }

  @Test
  void runsFromFirstAprilToThirtyFirstMarch() {
    assertThat(FY_2018.startYear()).isEqualTo(2018);
    assertThat(FY_2018.endYear()).isEqualTo(2019);
    assertThat(FY_2018.start()).isEqualTo(LocalDate.of(2018, 4, 1));
    assertThat(FY_2018.end()).isEqualTo(LocalDate.of(2019, 3, 31));
  }

  @Test
  void containsIncludesBothEnds() {
    assertThat(FY_2018.contains(LocalDate.of(2018, 4, 1))).isTrue();
    assertThat(FY_2018.contains(LocalDate.of(2019, 3, 31))).isTrue();
    assertThat(FY_2018.contains(LocalDate.of(2018, 3, 31))).isFalse();
    assertThat(FY_2018.contains(LocalDate.of(2019, 4, 1))).isFalse();
  }

  @Test
  void fromADateAtTheMarchAprilBoundary() {
    assertThat(FinancialYear.from(LocalDate.of(2019, 3, 31))).isEqualTo(FY_2018);
    assertThat(FinancialYear.from(LocalDate.of(2019, 4, 1))).isEqualTo(FinancialYear.of(2019));
    assertThat(FinancialYear.from(LocalDate.of(2018, 4, 1))).isEqualTo(FY_2018);
    assertThat(FinancialYear.from(LocalDate.of(2018, 3, 31))).isEqualTo(FinancialYear.of(2017));
    assertThat(FinancialYear.from(YearMonth.of(2019, 3))).isEqualTo(FY_2018);
    assertThat(FinancialYear.from(YearMonth.of(2019, 4))).isEqualTo(FinancialYear.of(2019));
  }

  @Test
  void fromADateOutsideTheRangeIsRefused() {
    assertThatThrownBy(() -> FinancialYear.from(LocalDate.of(1000, 3, 31)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quartersAndTheirMonths() {
    assertThat(FY_2018.quarters()).extracting(FinancialQuarter::toString)
        .containsExactly("Q1 2018-19", "Q2 2018-19", "Q3 2018-19", "Q4 2018-19");
    assertThat(FY_2018.quarter(1).start()).isEqualTo(LocalDate.of(2018, 4, 1));
    assertThat(FY_2018.quarter(1).end()).isEqualTo(LocalDate.of(2018, 6, 30));
    assertThat(FY_2018.quarter(4).start()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(FY_2018.quarter(4).end()).isEqualTo(LocalDate.of(2019, 3, 31));
    assertThatThrownBy(() -> FY_2018.quarter(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for quarter (valid values 1 - 4): 5");
  }

  @Test
  void monthsRunAprilToMarch() {
    assertThat(FY_2018.months()).hasSize(12);
    assertThat(FY_2018.months().get(0)).isEqualTo(CalendarMonth.of(2018, 4));
    assertThat(FY_2018.months().get(11)).isEqualTo(CalendarMonth.of(2019, 3));
    assertThat(FY_2018.months()).extracting(CalendarMonth::financialYear).containsOnly(FY_2018);
  }

  @Test
  void nextPreviousAndPlusYears() {
    assertThat(FY_2018.next()).hasToString("2019-20");
    assertThat(FY_2018.previous()).hasToString("2017-18");
    assertThat(FY_2018.sameLastYear()).isEqualTo(FY_2018.previous());
    assertThat(FY_2018.plusYears(-8)).hasToString("2010-11");
    assertThat(FY_2018.plusYears(0)).isSameAs(FY_2018);
    assertThatThrownBy(() -> FinancialYear.of(FinancialYear.MAX_YEAR).next())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FinancialYear.of(FinancialYear.MIN_YEAR).previous())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FY_2018.plusYears(Integer.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void ordering() {
    FinancialYear earlier = FinancialYear.of(2010);
    assertThat(earlier.isBefore(FY_2018)).isTrue();
    assertThat(FY_2018.isAfter(earlier)).isTrue();
    assertThat(FY_2018.isBefore(FY_2018)).isFalse();
    assertThat(FY_2018.isAfter(FY_2018)).isFalse();
    assertThat(earlier).isLessThan(FY_2018);
    assertThat(FY_2018.compareTo(FinancialYear.parse("2018/19"))).isZero();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(FY_2018, FinancialYear.parse("2018/19"), FinancialYear.from(LocalDate.of(2019, 1, 1)))
        .addEqualityGroup(FinancialYear.of(2019))
        .addEqualityGroup(AcademicYear.of(2018))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(FinancialYear.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(FY_2018);
  }

  @Test
  void serialisesToAnEqualYear() {
    SerializableTester.reserializeAndAssert(FY_2018);
  }
}
