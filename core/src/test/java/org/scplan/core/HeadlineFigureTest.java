package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class HeadlineFigureTest {

  @Test
  void headlinesFromTheSeeds() {
    // Seed 002: "Gross Expenditure: £172.233m (2012/13)" and "757.2 (HR figure Nov 2012)" FTE.
    HeadlineFigure gross = HeadlineFigure.builder().measure(HeadlineMeasure.GROSS_EXPENDITURE)
        .figure(ReportedAmount.parse("£172.233m")).asAt("2012/13")
        .quote("Gross Expenditure: £172.233m (2012/13)").build();
    assertThat(gross).hasToString("GROSS_EXPENDITURE £172.233m (as at 2012/13)");
    assertThat(gross.figure().interval()).hasToString("[172,232,500, 172,233,500]");
    HeadlineFigure fte = HeadlineFigure.builder().measure(HeadlineMeasure.FTE)
        .figure(ReportedNumber.parse("757.2")).asAt("Nov 2012").build();
    assertThat(fte).hasToString("FTE 757.2 (as at Nov 2012)");
    assertThat(HeadlineFigure.of(HeadlineMeasure.NET_BUDGET, ReportedAmount.parse("£414m")))
        .hasToString("NET_BUDGET £414m");
  }

  @Test
  void theFigureMustSuitTheMeasure() {
    assertThatThrownBy(() -> HeadlineFigure.of(HeadlineMeasure.FTE, ReportedAmount.parse("£414m")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A FTE headline needs a plain number, not £414m");
    assertThatThrownBy(() -> HeadlineFigure.of(HeadlineMeasure.NET_BUDGET, ReportedNumber.parse("2,319.2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A NET_BUDGET headline needs an amount of money, not 2,319.2");
  }

  @Test
  void measures() {
    assertThat(HeadlineMeasure.GROSS_EXPENDITURE.isMoney()).isTrue();
    assertThat(HeadlineMeasure.NET_BUDGET.isMoney()).isTrue();
    assertThat(HeadlineMeasure.FTE.isMoney()).isFalse();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(HeadlineFigure.of(HeadlineMeasure.NET_BUDGET, ReportedAmount.parse("£414m")),
            HeadlineFigure.of(HeadlineMeasure.NET_BUDGET, ReportedAmount.parse("£414m")))
        .addEqualityGroup(HeadlineFigure.of(HeadlineMeasure.GROSS_EXPENDITURE, ReportedAmount.parse("£414m")))
        .addEqualityGroup(HeadlineFigure.of(HeadlineMeasure.NET_BUDGET, ReportedAmount.parse("£414.0m")))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(HeadlineFigure.class);
  }
}
