package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AcademicTermProperties {

  @Provide
  Arbitrary<AcademicTerm> term() {
    return Generators.academicTerm();
  }

  @Provide
  Arbitrary<AcademicTerm> termWithNext() {
    return Generators.academicTerm().map(t -> t.year().startYear() == FinancialYear.MAX_YEAR
        && t.term() == AcademicTerm.Term.SUMMER ? t.previous() : t);
  }

  @Property
  void parseIsTheInverseOfToString(@ForAll("term") AcademicTerm t) {
    assertThat(AcademicTerm.parse(t.toString())).isEqualTo(t);
  }

  @Property
  void ofByCalendarYearIsTheInverseOfCalendarYear(@ForAll("term") AcademicTerm t) {
    assertThat(AcademicTerm.of(t.term(), t.calendarYear())).isEqualTo(t);
  }

  @Property
  void nextThenPreviousIsIdentity(@ForAll("termWithNext") AcademicTerm t) {
    assertThat(t.next().previous()).isEqualTo(t);
    assertThat(t.next().start()).isEqualTo(t.end().plusDays(1));
    assertThat(t.next()).isGreaterThan(t);
  }

  @Property
  void theTermOfItsOwnDaysIsItself(@ForAll("term") AcademicTerm t) {
    assertThat(AcademicTerm.from(t.start())).isEqualTo(t);
    assertThat(AcademicTerm.from(t.end())).isEqualTo(t);
    assertThat(t.year().contains(t.start())).isTrue();
    assertThat(t.year().contains(t.end())).isTrue();
  }
}
