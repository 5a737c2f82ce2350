package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CalendarMonthProperties {

  @Provide
  Arbitrary<CalendarMonth> month() {
    return Generators.calendarMonth();
  }

  @Provide
  Arbitrary<CalendarMonth> monthWithNext() {
    return Generators.calendarMonth().map(m ->
        m.yearMonth().equals(Generators.LAST_MONTH) ? m.previous() : m);
  }

  @Property
  void parseIsTheInverseOfToString(@ForAll("month") CalendarMonth m) {
    assertThat(CalendarMonth.parse(m.toString())).isEqualTo(m);
    assertThat(CalendarMonth.parse(m.yearMonth().toString())).isEqualTo(m);
  }

  @Property
  void nextThenPreviousIsIdentity(@ForAll("monthWithNext") CalendarMonth m) {
    assertThat(m.next().previous()).isEqualTo(m);
    assertThat(m.next().start()).isEqualTo(m.end().plusDays(1));
  }

  @Property
  void itLiesInItsFinancialYearAndQuarter(@ForAll("month") CalendarMonth m) {
    assertThat(m.financialYear().months()).contains(m);
    assertThat(m.quarter().months()).contains(m);
    assertThat(m.quarter().year()).isEqualTo(m.financialYear());
    assertThat(CalendarMonth.from(m.start())).isEqualTo(m);
    assertThat(CalendarMonth.from(m.end())).isEqualTo(m);
  }
}
