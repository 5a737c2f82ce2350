package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scplan.core.FinancialQuarter;
import org.scplan.core.Polarity;

/** A dashboard as HTML: one row per assessment, each rating in words as well as colour, every text escaped. */
class DashboardHtmlTest {
  @Test
  void everyAssessmentIsARowWithItsRatingInWords() {
    FinancialQuarter q3 = FinancialQuarter.parse("Q3 2010-11");
    IndicatorSet kpis = IndicatorSet.of("kpi", "Key Performance <Information>",
        Indicator.of("NI 125", "Achieving independence for older people", IndicatorUnit.PERCENTAGE,
                Polarity.HIGHER_IS_BETTER)
            .withTarget(Target.of("2010-11", "79%").withFloor("75%")).withActual(Actual.of("Q3 2010-11", "77.5%")),
        Indicator.of("NI 132", "<img src=x onerror=alert(1)>", IndicatorUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER)
            .withTarget(Target.of("2010-11", "83.4%").withFloor("80.0%")).withActual(Actual.of("Q3 2010-11", "79.1%")));

    String html = kpis.evaluate(q3).toHtml();

    assertThat(html.split("<td class=\"rag rag-", -1)).hasSize(3);
    assertThat(html).contains("<td class=\"rag rag-amber\">AMBER</td>").contains("<td class=\"rag rag-red\">RED</td>")
        .contains("77.5%").contains("Key Performance &lt;Information&gt;").doesNotContain("<img");
  }
}
