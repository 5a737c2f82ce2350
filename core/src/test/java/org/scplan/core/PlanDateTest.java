package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanDateTest {

  private static PlanDate date(String text) {
    return PlanDate.parse(text);
  }

  /** Every date form of seeds 000 and 002, and the other forms plans use. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // text                           | kind  | earliest   | latest     | ongoing | mistyped
    "April 2013                       | MONTH | 2013-04-01 | 2013-04-30 | false   | false",
    "Sept 2013                        | MONTH | 2013-09-01 | 2013-09-30 | false   | false",
    "Jan 2014                         | MONTH | 2014-01-01 | 2014-01-31 | false   | false",
    "September 2011                   | MONTH | 2011-09-01 | 2011-09-30 | false   | false",
    "February 2012                    | MONTH | 2012-02-01 | 2012-02-29 | false   | false",
    "31st December 2010               | DAY   | 2010-12-31 | 2010-12-31 | false   | false",
    "31 st December 2010              | DAY   | 2010-12-31 | 2010-12-31 | false   | false",
    "1 Apr 2013                       | DAY   | 2013-04-01 | 2013-04-01 | false   | false",
    "2nd June, 2013                   | DAY   | 2013-06-02 | 2013-06-02 | false   | false",
    "31/12/2010                       | DAY   | 2010-12-31 | 2010-12-31 | false   | false",
    "2010                             | YEAR  | 2010-01-01 | 2010-12-31 | false   | false",
    "Ongoing                          | TEXT  |            |            | true    | false",
    "Ongoing until 2011               | TEXT  |            |            | true    | false",
    "Ongoing throughout 2010 – 2011   | TEXT  |            |            | true    | false",
    "Ongoing through 2010 – 2011      | TEXT  |            |            | true    | false",
    "tbc                              | TEXT  |            |            | false   | false",
    "Aprl 2013                        | TEXT  |            |            | false   | true",
    "31 st December                   | TEXT  |            |            | false   | true",
    "30th February 2013               | TEXT  |            |            | false   | true",
    "31/02/2013                       | TEXT  |            |            | false   | true",
    "Q3 2013                          | TEXT  |            |            | false   | true",
  })
  void readsTheDatesPlansPrint(String text, PlanDate.Kind kind, LocalDate earliest, LocalDate latest,
      boolean ongoing, boolean mistyped) {
    PlanDate d = date(text);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d).hasToString(text);
    assertThat(d.kind()).isEqualTo(kind);
    assertThat(d.isDated()).isEqualTo(kind != PlanDate.Kind.TEXT);
    assertThat(d.earliest().orElse(null)).isEqualTo(earliest);
    assertThat(d.latest().orElse(null)).isEqualTo(latest);
    assertThat(d.isOngoing()).isEqualTo(ongoing);
    assertThat(d.looksMistyped()).isEqualTo(mistyped);
  }

  @Test
  void goldenSeed000TargetDates() {
    // Seed 000, section 3, "Target dates": every cell, by kind.
    Map<PlanDate.Kind, List<String>> byKind = new TreeMap<>();
    for (List<String> row : SeedResources.rows("000-target-dates.tsv")) {
      PlanDate d = date(row.get(1));
      byKind.computeIfAbsent(d.kind(), k -> new java.util.ArrayList<>()).add(d.text());
      // Words are either "Ongoing ..." or the page-broken fragment, which is flagged.
      if (!d.isDated()) {
        assertThat(d.isOngoing() || d.looksMistyped()).as(d.text()).isTrue();
        assertThat(d.looksMistyped()).as(d.text()).isEqualTo(d.text().equals("31 st December"));
      }
    }
    assertThat(byKind.get(PlanDate.Kind.MONTH)).hasSize(14).contains("September 2011", "June 2010", "March 2011");
    assertThat(byKind.get(PlanDate.Kind.DAY)).containsExactly("31 st December 2010");
    assertThat(byKind.get(PlanDate.Kind.YEAR)).containsExactly("2010");
    assertThat(byKind.get(PlanDate.Kind.TEXT)).hasSize(11).contains("Ongoing until 2013", "31 st December");
  }

  @Test
  void goldenSeed002DatesAreAllMonthsOfThePlan() {
    // Seed 002, section C: every action's start and end and every milestone's due date is a month.
    List<List<String>> rows = SeedResources.rows("002-plan-dates.tsv");
    assertThat(rows).hasSize(84);
    for (List<String> row : rows) {
      for (String text : row.subList(4, 6)) {
        if (!text.isEmpty()) {
          PlanDate d = date(text);
          assertThat(d.kind()).as("line %s: %s", row.get(0), text).isEqualTo(PlanDate.Kind.MONTH);
          assertThat(d.looksMistyped()).isFalse();
        }
      }
      if (row.get(2).equals("action")) {
        assertThat(date(row.get(5)).isBefore(date(row.get(4)))).as("line %s", row.get(0)).isFalse();
      }
    }
  }

  @Test
  void monthOfADayOrMonth() {
    assertThat(date("31st December 2010").month()).contains(YearMonth.of(2010, 12));
    assertThat(date("Sept 2013").month()).contains(YearMonth.of(2013, 9));
    assertThat(date("2010").month()).isEmpty();
    assertThat(date("Ongoing").month()).isEmpty();
  }

  @Test
  void isBeforeMeansCertainlyBefore() {
    assertThat(date("April 2013").isBefore(date("March 2014"))).isTrue();
    assertThat(date("March 2014").isBefore(date("April 2013"))).isFalse();
    assertThat(date("April 2013").isBefore(date("April 2013"))).isFalse();
    // A day inside a month is neither before nor after it.
    assertThat(date("31st December 2010").isBefore(date("December 2010"))).isFalse();
    assertThat(date("December 2010").isBefore(date("31st December 2010"))).isFalse();
    assertThat(date("30th November 2010").isBefore(date("December 2010"))).isTrue();
    assertThat(date("December 2010").isBefore(date("2011"))).isTrue();
    assertThat(date("2010").isBefore(date("December 2010"))).isFalse();
    // Words are never before anything, nor anything before them.
    assertThat(date("Ongoing").isBefore(date("April 2013"))).isFalse();
    assertThat(date("April 2013").isBefore(date("Ongoing until 2011"))).isFalse();
  }

  @Test
  void whitespaceIsTidiedAndBlankIsRefused() {
    assertThat(date("  April   2013 ").text()).isEqualTo("April 2013");
    assertThat(date("April\t2013")).isEqualTo(date("April 2013"));
    assertThatThrownBy(() -> date("   "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A plan date cannot be blank");
  }

  @Test
  void ofAMonthOrADay() {
    PlanDate month = PlanDate.of(YearMonth.of(2013, 9));
    assertThat(month).hasToString("September 2013");
    assertThat(month.kind()).isEqualTo(PlanDate.Kind.MONTH);
    PlanDate day = PlanDate.of(LocalDate.of(2010, 12, 31));
    assertThat(day).hasToString("31 December 2010");
    assertThat(day.kind()).isEqualTo(PlanDate.Kind.DAY);
    assertThat(day.earliest()).contains(LocalDate.of(2010, 12, 31));
  }

  @Test
  void ofRefusesAYearItCouldNotReadBack() {
    assertThatThrownBy(() -> PlanDate.of(YearMonth.of(999, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for PlanDate year (valid values 1000 - 9999): 999");
    assertThatThrownBy(() -> PlanDate.of(LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PlanDate.of(YearMonth.of(1000, 1)).isDated()).isTrue();
    assertThat(PlanDate.of(LocalDate.of(9999, 12, 31)).isDated()).isTrue();
  }

  @Test
  void equalityIsByTheTextAsPublished() {
    new EqualsTester()
        .addEqualityGroup(date("Sept 2013"), date(" Sept  2013 "))
        .addEqualityGroup(date("September 2013"), PlanDate.of(YearMonth.of(2013, 9)))
        .addEqualityGroup(date("Ongoing"))
        .addEqualityGroup(date("ongoing"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(PlanDate.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(date("April 2013"));
    Testers.nullPointerTester().testAllPublicInstanceMethods(date("Ongoing"));
  }

  @Test
  void serialisesToAnEqualDate() {
    SerializableTester.reserializeAndAssert(date("31st December 2010"));
  }
}
