package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.core.ViewData;

/** What a report shows of a set of indicators: the dashboard of its latest period and a chart of each series. */
class IndicatorSetViewTest {
  private static final FinancialYear YEAR = FinancialYear.of(2013);

  private static Indicator monthly(String ref, String... quarters) {
    Indicator i = Indicator.of(ref, "Indicator " + ref, IndicatorUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(YEAR, new BigDecimal("80")));
    for (int q = 0; q < quarters.length; q++) {
      i = i.withActual(Actual.of(YEAR.quarter(q + 1), new BigDecimal(quarters[q])));
    }
    return i;
  }

  @Test
  void theLatestPeriodIsTheLatestActualNotAForecast() {
    Indicator a = monthly("A", "70", "75", "82");
    Indicator b = monthly("B", "90").withActual(Actual.of(Actual.Status.FORECAST, YEAR.quarter(4), new BigDecimal("95")));
    IndicatorSet set = IndicatorSet.of("kpi", "KPIs", a, b);

    assertThat(set.latestPeriod()).contains(YEAR.quarter(3));
    assertThat(IndicatorSet.of("kpi", "KPIs", monthly("C")).latestPeriod()).isEmpty();
  }

  @Test
  void theViewHasTheLatestDashboardAndAChartOfEachSeriesOfTwoValuesOrMore() {
    IndicatorSet set = IndicatorSet.of("kpi", "KPIs", monthly("A", "70", "75", "82"), monthly("B", "90"));
    Dashboard latest = set.evaluate(YEAR.quarter(3));

    assertThat(latest.period()).isEqualTo(YEAR.quarter(3));
    assertThat(latest.rule()).isEqualTo(set.rule());
    assertThat(latest.comparedWith()).isEqualTo(ComparedWith.PREVIOUS_PERIOD);
    assertThat(set.view().lines()).containsAll(latest.lines()).filteredOn(l -> l.startsWith("XmR ")).singleElement()
        .asString().startsWith("XmR A Indicator A: ");
    ViewData data = set.view().data();
    assertThat(data.fields()).containsEntry("rule", set.rule().name()).containsEntry("indicators", 2L)
        .containsEntry("dashboard", latest.data());
    assertThat(data.fields().get("charts")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).singleElement()
        .satisfies(c -> assertThat(((ViewData) c).fields()).containsEntry("reference", "A")
            .containsEntry("indicator", "Indicator A").containsEntry("points", 3L));
  }

  @Test
  void aSetWithNoActualsShowsNoDashboard() {
    IndicatorSet set = IndicatorSet.of("kpi", "KPIs", monthly("A"));

    assertThat(set.view().lines()).isEmpty();
    assertThat(set.view().data().get("dashboard")).isEmpty();
    assertThat(set.view().data().fields().get("charts")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
  }

  @ParameterizedTest(name = "{0} indicators")
  @CsvSource({"1, 1 indicator", "2, 2 indicators"})
  void itReadsAsItsIdTitleAndCount(int n, String count) {
    IndicatorSet set = IndicatorSet.of("kpi", "KPIs", monthly("A"));
    if (n == 2) {
      set = set.withIndicator(monthly("B"));
    }
    assertThat(set.indicators()).hasSize(n);
    assertThat(set).hasToString("indicators \"kpi\": KPIs (" + count + ", rule " + set.rule() + ")");
  }

  @Test
  void theIdAndTitleAreNotBlank() {
    assertThatThrownBy(() -> IndicatorSet.of(" ", "KPIs")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id is blank");
    assertThatThrownBy(() -> IndicatorSet.of("kpi", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title is blank (id kpi)");
  }
}
