package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FinancialYearProperties {

  @Provide
  Arbitrary<FinancialYear> year() {
    return Generators.financialYear();
  }

  @Provide
  Arbitrary<FinancialYear> yearWithNext() {
    return Generators.financialYearWithNext();
  }

  @Property
  void parseIsTheInverseOfToString(@ForAll("year") FinancialYear y) {
    assertThat(FinancialYear.parse(y.toString())).isEqualTo(y);
  }

  @Property
  void parseReadsEveryWritingOfTheYear(@ForAll("year") FinancialYear y) {
    int s = y.startYear();
    String yy = String.valueOf(y.endYear() % 100 + 100).substring(1);
    for (String text : List.of(s + "/" + yy, s + "-" + yy, s + " – " + y.endYear(), s + "/" + y.endYear(),
        "FY " + s + "-" + yy)) {
      assertThat(FinancialYear.parse(text)).as(text).isEqualTo(y);
    }
  }

  @Property
  void nextThenPreviousIsIdentity(@ForAll("yearWithNext") FinancialYear y) {
    assertThat(y.next().previous()).isEqualTo(y);
    assertThat(y.next().start()).isEqualTo(y.end().plusDays(1));
    assertThat(y.next()).isGreaterThan(y);
  }

  @Property
  void quartersTileTheYear(@ForAll("year") FinancialYear y) {
    List<FinancialQuarter> quarters = y.quarters();
    assertThat(quarters.get(0).start()).isEqualTo(y.start());
    assertThat(quarters.get(3).end()).isEqualTo(y.end());
    for (int i = 0; i < 3; i++) {
      assertThat(quarters.get(i + 1).start()).isEqualTo(quarters.get(i).end().plusDays(1));
    }
    assertThat(quarters).extracting(FinancialQuarter::year).containsOnly(y);
  }

  @Property
  void monthsTileTheYear(@ForAll("year") FinancialYear y) {
    List<CalendarMonth> months = y.months();
    assertThat(months.get(0).start()).isEqualTo(y.start());
    assertThat(months.get(11).end()).isEqualTo(y.end());
    for (int i = 0; i < 11; i++) {
      assertThat(months.get(i + 1)).isEqualTo(months.get(i).next());
    }
  }

  @Property
  void theYearOfItsOwnDaysIsItself(@ForAll("year") FinancialYear y) {
    assertThat(FinancialYear.from(y.start())).isEqualTo(y);
    assertThat(FinancialYear.from(y.end())).isEqualTo(y);
    assertThat(y.contains(y.start().minusDays(1))).isFalse();
    assertThat(y.contains(y.end().plusDays(1))).isFalse();
  }
}
