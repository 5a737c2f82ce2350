package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scplan.core.CalendarMonth;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.performance.spc.SpcOptions;
import org.scplan.performance.spc.SpcRules;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrSeries;

/** An indicator's own results drawn as an XmR chart: {@link Indicator#xmrSeries()}, {@link Indicator#chart()}. */
class IndicatorChartTest {
  private static final XmrNhsrGolden AE = XmrNhsrGolden.load();

  /** England's monthly A&E attendances (NHSRplotthedots' ae_all data) held as an indicator. */
  private static Indicator attendances(Polarity polarity) {
    Indicator.Builder b = Indicator.builder().title("A&E attendances").unit(IndicatorUnit.count("attendances"))
        .polarity(polarity).frequency(Frequency.MONTHLY);
    for (int i = 0; i < AE.periods.size(); i++) {
      b.addActual(Actual.of(AE.periods.get(i), AE.attendances.get(i)));
    }
    return b.build();
  }

  @Test
  void theChartOfAnIndicatorIsTheChartOfItsResults() {
    XmrChart fromIndicator = attendances(Polarity.HIGHER_IS_BETTER).chart();
    XmrChart fromSeries = XmrChart.of(XmrNhsrGolden.series(AE.periods, AE.attendances, Polarity.HIGHER_IS_BETTER));
    assertThat(fromIndicator.points()).hasSize(36);
    assertThat(fromIndicator.segments().get(0).limits()).isEqualTo(fromSeries.segments().get(0).limits());
    // NHSRplotthedots, tests/testthat/_snaps/integration_tests.md: ae_all attendances, screening on.
    XmrChart screened = attendances(Polarity.HIGHER_IS_BETTER).chart(SpcOptions.defaults().withScreening(true));
    assertThat(screened.segments().get(0).limits().orElseThrow().lower().doubleValue())
        .isCloseTo(1731844.3644444444, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void thePolarityIsTheDirectionOfImprovement() {
    assertThat(attendances(Polarity.LOWER_IS_BETTER).xmrSeries().direction()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(attendances(Polarity.NONE).xmrSeries().direction()).isEqualTo(Polarity.NONE);
  }

  @Test
  void aMissingResultIsAMissingPointWithItsReasonAndForecastsAreLeftOut() {
    CalendarMonth april = CalendarMonth.of(2018, 4);
    Indicator dtoc = Indicator.builder().reference("AH H17").title("Delayed transfers of care")
        .unit(IndicatorUnit.COUNT).polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.MONTHLY)
        .addActual(Actual.of(april, new BigDecimal("4512")))
        .addActual(Actual.missing(april.next(), "not yet published by NHS Digital"))
        .addActual(Actual.of(april.next().next(), new BigDecimal("4310")))
        .addActual(Actual.forecast("July 2018", "4200"))
        .build();
    XmrSeries series = dtoc.xmrSeries();
    assertThat(series.name()).isEqualTo(dtoc.label());
    assertThat(series.observations()).hasSize(3);
    assertThat(series.observations().get(1).missingReason()).contains("not yet published by NHS Digital");
    assertThat(dtoc.chart().findings().codes()).contains(SpcRules.VALUE_MISSING);
  }

  @Test
  void theTargetIsTheOneThatAppliesToTheLatestPeriodAndOnlyIfItIsATarget() {
    FinancialYear year = FinancialYear.of(2018);
    Indicator.Builder b = Indicator.builder().reference("AH O10").title("Percentage of people reviewed")
        .unit(IndicatorUnit.PERCENTAGE).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY)
        .addTarget(Target.of(year, new BigDecimal("75")));
    for (CalendarMonth m : year.months()) {
      b.addActual(Actual.of(m, new BigDecimal("70")));
    }
    assertThat(b.build().xmrSeries().target()).contains(new BigDecimal("75"));
    Indicator baselineOnly = Indicator.builder().reference("AH S21").title("Safeguarding concerns")
        .unit(IndicatorUnit.COUNT).polarity(Polarity.NONE).frequency(Frequency.MONTHLY)
        .addTarget(Target.baseline(year, new BigDecimal("10348")))
        .addActual(Actual.of(year.months().get(0), new BigDecimal("900")))
        .build();
    assertThat(baselineOnly.xmrSeries().target()).isEmpty();
  }
}
