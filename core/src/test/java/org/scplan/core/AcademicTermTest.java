package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scplan.core.AcademicTerm.Term.AUTUMN;
import static org.scplan.core.AcademicTerm.Term.SPRING;
import static org.scplan.core.AcademicTerm.Term.SUMMER;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcademicTermTest {

  /** Seed 002, Section F, termly indicators: "Aut 12 Outturn", targets "Spr 13, Sum 13, Aut 13, Spr 14". */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Aut 12           | AUTUMN | 2012 | 2012 | Autumn 2012",
    "Spr 13           | SPRING | 2013 | 2012 | Spring 2013",
    "Sum 13           | SUMMER | 2013 | 2012 | Summer 2013",
    "Aut 13           | AUTUMN | 2013 | 2013 | Autumn 2013",
    "Spr 14           | SPRING | 2014 | 2013 | Spring 2014",
    "Spring 2013      | SPRING | 2013 | 2012 | Spring 2013",
    "Autumn term 2013 | AUTUMN | 2013 | 2013 | Autumn 2013",
    "summer 2013      | SUMMER | 2013 | 2012 | Summer 2013",
    "spr13            | SPRING | 2013 | 2012 | Spring 2013",
    "Aut. 13          | AUTUMN | 2013 | 2013 | Autumn 2013",
    "' Spr  00 '      | SPRING | 2000 | 1999 | Spring 2000",
  })
  void parseReadsTheSeedsTerms(String text, AcademicTerm.Term term, int calendarYear, int academicStartYear,
      String canonical) {
    AcademicTerm t = AcademicTerm.parse(text);
    assertThat(t.term()).isEqualTo(term);
    assertThat(t.calendarYear()).isEqualTo(calendarYear);
    assertThat(t.year()).isEqualTo(AcademicYear.of(academicStartYear));
    assertThat(t).hasToString(canonical);
  }

  @Test
  void theSeedsTermsFollowOneAnother() {
    List<AcademicTerm> terms = List.of("Aut 12", "Spr 13", "Sum 13", "Aut 13", "Spr 14").stream()
        .map(AcademicTerm::parse).toList();
    for (int i = 1; i < terms.size(); i++) {
      assertThat(terms.get(i - 1).next()).isEqualTo(terms.get(i));
      assertThat(terms.get(i).previous()).isEqualTo(terms.get(i - 1));
      assertThat(terms.get(i - 1)).isLessThan(terms.get(i));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Win 13      | a term and year such as Spr 13, Sum 13, Aut 13 or Spring 2013",
    "Spr 1       | a term and year such as Spr 13, Sum 13, Aut 13 or Spring 2013",
    "Spring      | a term and year such as Spr 13, Sum 13, Aut 13 or Spring 2013",
    "Spr 2013-14 | a term and year such as Spr 13, Sum 13, Aut 13 or Spring 2013",
    "''          | a term and year such as Spr 13, Sum 13, Aut 13 or Spring 2013",
    "Spring 1000 | a year from 1001 to 9999 for a spring term at position 8",
    "Autumn 9999 | a year from 1000 to 9998 for an autumn term at position 8",
  })
  void parseRefusesWhatIsNotATerm(String text, String expected) {
    assertThatThrownBy(() -> AcademicTerm.parse(text))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("Cannot read \"" + text + "\" as an academic term: expected " + expected);
  }

  @Test
  void theExtremeTermsOfTheRangeCanBeRead() {
    assertThat(AcademicTerm.parse("Autumn 1000")).isEqualTo(AcademicTerm.of(AcademicYear.of(1000), AUTUMN));
    assertThat(AcademicTerm.parse("Summer 9999")).isEqualTo(AcademicTerm.of(AcademicYear.of(9998), SUMMER));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "AUTUMN | 2013-09-01 | 2013-12-31",
    "SPRING | 2014-01-01 | 2014-03-31",
    "SUMMER | 2014-04-01 | 2014-08-31",
  })
  void termsTileTheAcademicYear(AcademicTerm.Term term, LocalDate start, LocalDate end) {
    AcademicTerm t = AcademicYear.of(2013).term(term);
    assertThat(t.start()).isEqualTo(start);
    assertThat(t.end()).isEqualTo(end);
  }

  @Test
  void fromADate() {
    assertThat(AcademicTerm.from(LocalDate.of(2013, 8, 31))).hasToString("Summer 2013");
    assertThat(AcademicTerm.from(LocalDate.of(2013, 9, 1))).hasToString("Autumn 2013");
    assertThat(AcademicTerm.from(LocalDate.of(2013, 12, 31))).hasToString("Autumn 2013");
    assertThat(AcademicTerm.from(LocalDate.of(2014, 1, 1))).hasToString("Spring 2014");
    assertThat(AcademicTerm.from(LocalDate.of(2014, 3, 31))).hasToString("Spring 2014");
    assertThat(AcademicTerm.from(LocalDate.of(2014, 4, 1))).hasToString("Summer 2014");
  }

  @Test
  void ofByCalendarYear() {
    assertThat(AcademicTerm.of(SPRING, 2013).year()).isEqualTo(AcademicYear.of(2012));
    assertThat(AcademicTerm.of(SUMMER, 2013).year()).isEqualTo(AcademicYear.of(2012));
    assertThat(AcademicTerm.of(AUTUMN, 2013).year()).isEqualTo(AcademicYear.of(2013));
    assertThatThrownBy(() -> AcademicTerm.of(SPRING, 1000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nextPreviousAndSameLastYear() {
    AcademicTerm summer = AcademicTerm.parse("Sum 13");
    assertThat(summer.next()).hasToString("Autumn 2013");
    assertThat(summer.next().previous()).isEqualTo(summer);
    assertThat(AcademicTerm.parse("Aut 13").previous()).hasToString("Summer 2013");
    assertThat(AcademicTerm.parse("Spr 14").sameLastYear()).hasToString("Spring 2013");
  }

  @Test
  void displayNames() {
    assertThat(AUTUMN.displayName()).isEqualTo("Autumn");
    assertThat(SPRING.displayName()).isEqualTo("Spring");
    assertThat(SUMMER.displayName()).isEqualTo("Summer");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(AcademicTerm.parse("Spr 13"), AcademicTerm.of(SPRING, 2013),
            AcademicTerm.of(AcademicYear.of(2012), SPRING), AcademicTerm.from(LocalDate.of(2013, 2, 1)))
        .addEqualityGroup(AcademicTerm.parse("Spr 14"))
        .addEqualityGroup(AcademicTerm.parse("Sum 13"))
        .addEqualityGroup(AcademicTerm.parse("Aut 12"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(AcademicTerm.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(AcademicTerm.parse("Spr 13"));
  }

  @Test
  void serialisesToAnEqualTerm() {
    SerializableTester.reserializeAndAssert(AcademicTerm.parse("Aut 13"));
  }
}
