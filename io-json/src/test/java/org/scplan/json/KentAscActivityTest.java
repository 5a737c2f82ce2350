package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scplan.core.BusinessPlan;
import org.scplan.core.CalendarMonth;
import org.scplan.performance.Actual;
import org.scplan.performance.Basis;
import org.scplan.performance.ComparedWith;
import org.scplan.performance.Dashboard;
import org.scplan.performance.DirectionOfTravel;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorKind;
import org.scplan.performance.IndicatorSet;
import org.scplan.core.Polarity;
import org.scplan.performance.RagRule;
import org.scplan.performance.IndicatorUnit;

/**
 * Golden test: the {@code indicators} section of {@code examples/plans/kent-asc-transformation-2012.json}
 * holds seed 004's activity baseline (section 10.3) exactly as published: each service's figure
 * type (client snapshot, cumulative episodes or cumulative clients in the financial year), its
 * March 2011 figure, and the two forecasts, of March 2012, each with its column's heading (a blank
 * forecast is a missing result that says which column was blank). The dashboard is the one the
 * performance module's {@code Seed004ActivityBaselineTest} pins.
 */
class KentAscActivityTest {
  private static final BusinessPlan PLAN = ScplanJson.standard().readPlan(ExamplePlans.KENT_ASC_TRANSFORMATION_2012);
  private static final IndicatorSet ACTIVITY = (IndicatorSet) PLAN.section("activity-baseline").orElseThrow();
  private static final CalendarMonth MARCH_2011 = CalendarMonth.parse("March 2011");
  private static final CalendarMonth MARCH_2012 = CalendarMonth.parse("March 2012");
  private static final Set<String> CLIENT_GROUPS =
      Set.of("Older Persons", "Learning Disability", "Physical Disability", "Mental Health");

  private static Indicator line(String group, String title) {
    return ACTIVITY.indicators().stream().filter(i -> i.title().equals(title) && i.group().orElse("").equals(group))
        .findFirst().orElseThrow(() -> new AssertionError("No line " + group + " / " + title));
  }

  /**
   * Reads the table and checks each data line against the indicator in the same place: a line with
   * only a name is a heading (a client group, or a service that names the lines under it).
   */
  @Test
  void sectionTenThreeIsTranscribedLineByLine() {
    List<String> lines = SeedText.read("seed-004-section-10-3.txt").lines().skip(1).toList();
    String[] headings = lines.stream().filter(l -> l.startsWith("Service\t")).findFirst().orElseThrow().split("\t");
    int n = 0;
    String clientGroup = null;
    String heading = null;
    for (String line : lines) {
      if (!line.contains("\t") || line.startsWith("Service\t")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells[1].isBlank()) {
        if (CLIENT_GROUPS.contains(cells[0].strip())) {
          clientGroup = cells[0].strip();
        }
        heading = cells[0].strip();
        continue;
      }
      Indicator indicator = ACTIVITY.indicators().get(n++);
      String title = cells[0].isBlank() ? heading : cells[0].strip();
      assertThat(indicator.title()).isEqualTo(title);
      assertThat(indicator.group().orElseThrow()).as(title).startsWith(clientGroup);
      assertThat(indicator.kind()).as(title).isEqualTo(IndicatorKind.ACTIVITY);
      assertThat(indicator.polarity()).as(title).isEqualTo(Polarity.NONE);
      switch (cells[1].strip()) {
        case "Client Snapshot" -> {
          assertThat(indicator.basis()).as(title).isEqualTo(Basis.SNAPSHOT);
          assertThat(indicator.unit()).as(title).isEqualTo(IndicatorUnit.count("clients"));
        }
        case "Cumulative Episodes (financial year)" -> {
          assertThat(indicator.basis()).as(title).isEqualTo(Basis.CUMULATIVE_YEAR_TO_DATE);
          assertThat(indicator.unit()).as(title).isEqualTo(IndicatorUnit.count("episodes"));
        }
        default -> {
          assertThat(cells[1].strip()).isEqualTo("Cumulative Clients (financial year)");
          assertThat(indicator.basis()).as(title).isEqualTo(Basis.CUMULATIVE_YEAR_TO_DATE);
          assertThat(indicator.unit()).as(title).isEqualTo(IndicatorUnit.count("clients"));
        }
      }
      List<Actual> actuals = indicator.actuals();
      assertThat(actuals).as(title).hasSize(3);
      assertThat(actuals.get(0)).as(title).isEqualTo(Actual.of("March 2011", cells[2].strip()));
      for (int column = 3; column <= 4; column++) {
        Actual forecast = actuals.get(column - 2);
        assertThat(forecast.period()).as(title).isEqualTo(MARCH_2012);
        if (cells[column].isBlank()) {
          assertThat(forecast).as(title).isEqualTo(Actual.missing(MARCH_2012, "blank in \"" + headings[column] + "\""));
        } else {
          assertThat(forecast).as(title)
              .isEqualTo(Actual.forecast("March 2012", cells[column].strip()).withNote(headings[column]));
        }
      }
    }
    assertThat(n).isEqualTo(28);
    assertThat(ACTIVITY.indicators()).hasSize(28);
  }

  @Test
  void placementsAreGroupedUnderTheirHeading() {
    Indicator kcc = line("Older Persons › Residential and Nursing (Permanent)", "Permanent Residential placements - KCC");
    assertThat(kcc.actual(MARCH_2011).flatMap(Actual::value)).contains(new BigDecimal("196"));
    Indicator episodes = line("Older Persons › Residential and Nursing (Non Permanent)", "Non Permanent Placements - KCC");
    assertThat(episodes.unit()).isEqualTo(IndicatorUnit.count("episodes"));
    assertThat(episodes.actual(MARCH_2011).flatMap(Actual::value)).contains(new BigDecimal("2784"));
    assertThat(line("Physical Disability", "Enablement Clients").actual(MARCH_2011).flatMap(Actual::value))
        .contains(new BigDecimal("390"));
  }

  @Test
  void enablementIsForecastToIncreaseFurther() {
    Indicator enablement = line("Older Persons", "Enablement clients");
    assertThat(enablement.actual(MARCH_2011).flatMap(Actual::value)).contains(new BigDecimal("3729"));
    // Of the two forecasts, the later column counts: "Client numbers based on Jan 2012 forecast".
    assertThat(enablement.actual(MARCH_2012)).contains(Actual.forecast("March 2012", "6,178")
        .withNote("Client numbers based on Jan 2012 forecast"));
    assertThat(enablement.direction(MARCH_2012, ComparedWith.SAME_PERIOD_LAST_YEAR))
        .contains(DirectionOfTravel.INCREASING);
  }

  @Test
  void theBaselineChecksCleanAndItsDashboardRatesNothing() {
    assertThat(ACTIVITY.validate(PLAN).findings()).isEmpty();
    Dashboard dashboard = ACTIVITY.evaluate(MARCH_2012, RagRule.kentFloor(), ComparedWith.SAME_PERIOD_LAST_YEAR);
    assertThat(dashboard.summary()).isEqualTo("0 green, 0 amber, 0 red, 28 not rated");
    assertThat(dashboard.assessments()).allSatisfy(a -> assertThat(a.status().reason()).contains("no target for March 2012"));
  }

  @Test
  void theDashboardReportGivesEachForecastAndItsDirection() {
    Dashboard dashboard = ACTIVITY.evaluate(MARCH_2012, RagRule.kentFloor(), ComparedWith.SAME_PERIOD_LAST_YEAR);
    JsonNode report = ReportJsonTest.parse(ReportJson.write(dashboard));

    assertThat(report.get("comparedWith").asText()).isEqualTo("same-period-last-year");
    assertThat(report.get("counts").get("notRated").intValue()).isEqualTo(28);
    JsonNode enablement = report.get("assessments").get(7);
    assertThat(enablement.get("title").asText()).isEqualTo("Enablement clients");
    assertThat(enablement.get("unit").asText()).isEqualTo("count of clients");
    assertThat(enablement.get("result").get("status").asText()).isEqualTo("forecast");
    ReportJsonTest.assertDecimal(enablement.get("result").get("value"), "6178");
    assertThat(enablement.get("result").get("note").asText()).isEqualTo("Client numbers based on Jan 2012 forecast");
    assertThat(enablement.get("direction").asText()).isEqualTo("increasing");
    ReportJsonTest.assertDecimal(enablement.get("earlier").get("value"), "3729");
    assertThat(enablement.get("earlier").get("period").asText()).isEqualTo("March 2011");
  }
}
