package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcademicYearTest {

  private static final AcademicYear AY_2012 = AcademicYear.of(2012);

  @Test
  void runsFromSeptemberToAugust() {
    assertThat(AY_2012).hasToString("AY 2012-13");
    assertThat(AY_2012.startYear()).isEqualTo(2012);
    assertThat(AY_2012.start()).isEqualTo(LocalDate.of(2012, 9, 1));
    assertThat(AY_2012.end()).isEqualTo(LocalDate.of(2013, 8, 31));
    assertThat(AcademicYear.of(1999)).hasToString("AY 1999-00");
  }

  @Test
  void toStringDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(AY_2012).hasToString("AY 2012-13");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void ofRefusesAYearOutOfRange() {
    assertThatThrownBy(() -> AcademicYear.of(999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for AcademicYear start year (valid values 1000 - 9998): 999");
    assertThatThrownBy(() -> AcademicYear.of(9999)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "AY 2012-13             | 2012",
    "ay2012/13              | 2012",
    "AY 2012/2013           | 2012",
    "academic year 2012/13  | 2012",
    "2012/13 academic year  | 2012",
    "2012-13 Academic       | 2012",
    "AY 2012 – 2013         | 2012",
  })
  void parse(String text, int startYear) {
    assertThat(AcademicYear.parse(text)).isEqualTo(AcademicYear.of(startYear));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "AY 2012-14   | the year after 2012 (13) at position 9",
    "AY 2012/2014 | the year after 2012 (2013) at position 9",
    "AY 12-13     | an academic year such as AY 2012-13",
    "AY 2012      | an academic year such as AY 2012-13",
    "Spr 13       | an academic year such as AY 2012-13",
    "''           | an academic year such as AY 2012-13",
    "AY 0999-00   | a start year from 1000 to 9998 at position 4",
  })
  void parseRefusesWhatIsNotAnAcademicYear(String text, String expected) {
    assertThatThrownBy(() -> AcademicYear.parse(text))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("Cannot read \"" + text + "\" as an academic year: expected " + expected);
  }

  @Test
  void termsAutumnFirst() {
    assertThat(AY_2012.terms()).extracting(AcademicTerm::toString)
        .containsExactly("Autumn 2012", "Spring 2013", "Summer 2013");
    assertThat(AY_2012.term(AcademicTerm.Term.SPRING)).isEqualTo(AcademicTerm.parse("Spr 13"));
  }

  @Test
  void fromADateAtTheAugustSeptemberBoundary() {
    assertThat(AcademicYear.from(LocalDate.of(2013, 8, 31))).isEqualTo(AY_2012);
    assertThat(AcademicYear.from(LocalDate.of(2013, 9, 1))).isEqualTo(AcademicYear.of(2013));
    assertThat(AY_2012.contains(LocalDate.of(2013, 8, 31))).isTrue();
    assertThat(AY_2012.contains(LocalDate.of(2013, 9, 1))).isFalse();
  }

  @Test
  void nextPreviousAndOrdering() {
    assertThat(AY_2012.next()).hasToString("AY 2013-14");
    assertThat(AY_2012.previous()).hasToString("AY 2011-12");
    assertThat(AY_2012.sameLastYear()).isEqualTo(AY_2012.previous());
    assertThat(AY_2012).isLessThan(AY_2012.next());
    assertThatThrownBy(() -> AcademicYear.of(9998).next()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(AY_2012, AcademicYear.parse("AY 2012-13"), AcademicYear.from(LocalDate.of(2013, 1, 1)))
        .addEqualityGroup(AcademicYear.of(2013))
        .addEqualityGroup(FinancialYear.of(2012))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(AcademicYear.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(AY_2012);
  }

  @Test
  void serialisesToAnEqualYear() {
    SerializableTester.reserializeAndAssert(AY_2012);
  }
}
