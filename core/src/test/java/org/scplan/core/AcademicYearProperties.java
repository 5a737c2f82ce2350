package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AcademicYearProperties {

  @Provide
  Arbitrary<AcademicYear> year() {
    return Generators.academicYear();
  }

  @Property
  void parseIsTheInverseOfToString(@ForAll("year") AcademicYear y) {
    assertThat(AcademicYear.parse(y.toString())).isEqualTo(y);
  }

  @Property
  void nextThenPreviousIsIdentity(@ForAll("year") AcademicYear y) {
    AcademicYear other = y.startYear() == FinancialYear.MAX_YEAR ? y.previous() : y;
    assertThat(other.next().previous()).isEqualTo(other);
    assertThat(other.next().start()).isEqualTo(other.end().plusDays(1));
  }

  @Property
  void termsTileTheYear(@ForAll("year") AcademicYear y) {
    List<AcademicTerm> terms = y.terms();
    assertThat(terms.get(0).start()).isEqualTo(y.start());
    assertThat(terms.get(2).end()).isEqualTo(y.end());
    assertThat(terms.get(1).start()).isEqualTo(terms.get(0).end().plusDays(1));
    assertThat(terms.get(2).start()).isEqualTo(terms.get(1).end().plusDays(1));
    assertThat(AcademicYear.from(y.start())).isEqualTo(y);
    assertThat(AcademicYear.from(y.end())).isEqualTo(y);
  }
}
