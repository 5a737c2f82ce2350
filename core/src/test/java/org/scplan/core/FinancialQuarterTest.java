package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinancialQuarterTest {

  private static final FinancialYear FY_2018 = FinancialYear.of(2018);

  private static FinancialQuarter q(int quarter, int startYear) {
    return FinancialQuarter.of(FinancialYear.of(startYear), quarter);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "1 | 2018-04-01 | 2018-06-30",
    "2 | 2018-07-01 | 2018-09-30",
    "3 | 2018-10-01 | 2018-12-31",
    "4 | 2019-01-01 | 2019-03-31",
  })
  void quartersRunAprilToJuneThroughJanuaryToMarch(int quarter, LocalDate start, LocalDate end) {
    FinancialQuarter fq = FinancialQuarter.of(FY_2018, quarter);
    assertThat(fq.quarter()).isEqualTo(quarter);
    assertThat(fq.year()).isEqualTo(FY_2018);
    assertThat(fq.start()).isEqualTo(start);
    assertThat(fq.end()).isEqualTo(end);
  }

  @Test
  void theLastQuarterOfALeapYearEndsOnThirtyFirstMarch() {
    assertThat(q(4, 2019).end()).isEqualTo(LocalDate.of(2020, 3, 31));
    assertThat(q(4, 2019).months().get(1).end()).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void monthsOfAQuarter() {
    assertThat(q(1, 2013).months()).extracting(CalendarMonth::toString)
        .containsExactly("April 2013", "May 2013", "June 2013");
    assertThat(q(4, 2013).months()).extracting(CalendarMonth::toString)
        .containsExactly("January 2014", "February 2014", "March 2014");
  }

  @Test
  void fromADate() {
    assertThat(FinancialQuarter.from(LocalDate.of(2018, 5, 15))).isEqualTo(q(1, 2018));
    assertThat(FinancialQuarter.from(LocalDate.of(2018, 9, 30))).isEqualTo(q(2, 2018));
    assertThat(FinancialQuarter.from(LocalDate.of(2018, 10, 1))).isEqualTo(q(3, 2018));
    assertThat(FinancialQuarter.from(LocalDate.of(2019, 1, 1))).isEqualTo(q(4, 2018));
    assertThat(FinancialQuarter.from(LocalDate.of(2019, 3, 31))).isEqualTo(q(4, 2018));
    assertThat(FinancialQuarter.from(LocalDate.of(2019, 4, 1))).isEqualTo(q(1, 2019));
  }

  @Test
  void ofRefusesAQuarterOutOfRange() {
    assertThatThrownBy(() -> FinancialQuarter.of(FY_2018, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for quarter (valid values 1 - 4): 0");
  }

  @Test
  void nextAndPreviousCrossTheYear() {
    assertThat(q(4, 2018).next()).isEqualTo(q(1, 2019));
    assertThat(q(1, 2018).previous()).isEqualTo(q(4, 2017));
    assertThat(q(2, 2018).next()).isEqualTo(q(3, 2018));
    assertThat(q(3, 2018).previous()).isEqualTo(q(2, 2018));
    assertThat(q(3, 2018).sameLastYear()).isEqualTo(q(3, 2017));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Q1 2018-19      | 1 | 2018",
    "2018-19 Q1      | 1 | 2018",
    "q4 2010/11      | 4 | 2010",
    "Q3 FY 2018-19   | 3 | 2018",
    "Q2 2010 – 2011  | 2 | 2010",
    "'  Q2   2013-14 '| 2 | 2013",
  })
  void parse(String text, int quarter, int startYear) {
    assertThat(FinancialQuarter.parse(text)).isEqualTo(q(quarter, startYear));
  }

  @Test
  void toStringIsCanonical() {
    assertThat(q(1, 2018)).hasToString("Q1 2018-19");
    assertThat(FinancialQuarter.parse(q(4, 1999).toString())).isEqualTo(q(4, 1999));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Q5 2018-19 | a financial quarter: expected a quarter such as Q1 2018-19",
    "Q1         | a financial quarter: expected a quarter such as Q1 2018-19",
    "2018-19    | a financial quarter: expected a quarter such as Q1 2018-19",
    "''         | a financial quarter: expected a quarter such as Q1 2018-19",
    "Q1 2018-20 | a financial quarter: expected the year after 2018 (19) at position 9",
    "2018-20 Q1 | a financial quarter: expected the year after 2018 (19) at position 6",
    "Q1 TBC     | a financial quarter: expected a start year and the following year, such as 2018-19,"
        + " 2010/11 or 2010 – 2011",
  })
  void parseRefusesWhatIsNotAQuarter(String text, String expected) {
    assertThatThrownBy(() -> FinancialQuarter.parse(text))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("Cannot read \"" + text + "\" as " + expected);
  }

  @Test
  void ordering() {
    assertThat(q(4, 2017)).isLessThan(q(1, 2018));
    assertThat(q(1, 2018)).isLessThan(q(2, 2018));
    assertThat(q(2, 2018).compareTo(FinancialQuarter.parse("Q2 2018/19"))).isZero();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(q(1, 2018), FinancialQuarter.parse("Q1 2018-19"), FinancialQuarter.from(LocalDate.of(2018, 6, 1)))
        .addEqualityGroup(q(2, 2018))
        .addEqualityGroup(q(1, 2019))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(FinancialQuarter.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(q(1, 2018));
  }

  @Test
  void serialisesToAnEqualQuarter() {
    SerializableTester.reserializeAndAssert(q(3, 2013));
  }
}
