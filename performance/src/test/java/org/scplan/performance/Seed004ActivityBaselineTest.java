package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scplan.core.CalendarMonth;
import org.scplan.core.Polarity;

/**
 * Golden tests from seed 004 (Adult Social Care Transformation Programme blueprint, 1 May 2012),
 * section 10.3 "Activity data": each service's figure type (client snapshot, cumulative episodes or
 * cumulative clients in the financial year), its March 2011 figure and two forecasts, some blank.
 *
 * <p>The forecasts are taken to be of the year-end (March 2012) figure; each keeps its column's
 * heading as published ("Client numbers based on Dec 2012 forecast", though the blueprint is dated
 * May 2012), and a blank forecast is a missing result that says which column was blank.
 */
class Seed004ActivityBaselineTest {
  private static final String SEED = "004-section-10-3.txt";
  private static final Set<String> CLIENT_GROUPS =
      Set.of("Older Persons", "Learning Disability", "Physical Disability", "Mental Health");
  private static final CalendarMonth MARCH_2011 = CalendarMonth.parse("Mar 2011");
  private static final CalendarMonth MARCH_2012 = CalendarMonth.parse("March 2012");

  private static IndicatorSet activity;
  private static List<String> headings;

  /**
   * Reads the table. A line with only its first cell is a heading: a client group, or a service
   * under it. The "Residential and Nursing" headings cover the placement lines under them; the
   * lines after those (domiciliary, enablement, direct payments, day care) belong to the client
   * group. A data line with no name of its own is named by the heading above it.
   */
  @BeforeAll
  static void readTable() {
    headings = SeedText.row(SEED, "Service");
    IndicatorSet.Builder set = IndicatorSet.builder().id("activity-baseline").title("10.3 Activity data");
    String clientGroup = null;
    String service = null;
    for (String line : SeedText.lines(SEED)) {
      if (!line.contains("\t") || line.startsWith("Service\t")) {
        continue;
      }
      List<String> cells = List.of(line.split("\t"));
      String name = SeedText.cell(cells, 0);
      String figureType = SeedText.cell(cells, 1);
      if (figureType.isEmpty()) {
        if (CLIENT_GROUPS.contains(name)) {
          clientGroup = name;
          service = null;
        } else if (!name.isEmpty()) {
          service = name;
        }
        continue;
      }
      String group = name.toLowerCase(java.util.Locale.ROOT).contains("placement") && service != null
          ? clientGroup + " › " + service : clientGroup;
      Indicator.Builder b = Indicator.builder()
          .title(name.isEmpty() ? service : name)
          .group(group)
          .kind(IndicatorKind.ACTIVITY).polarity(Polarity.NONE);
      switch (figureType) {
        case "Client Snapshot" -> b.basis(Basis.SNAPSHOT).unit(IndicatorUnit.count("clients"));
        case "Cumulative Episodes (financial year)" -> b.basis(Basis.CUMULATIVE_YEAR_TO_DATE).unit(IndicatorUnit.count("episodes"));
        case "Cumulative Clients (financial year)" -> b.basis(Basis.CUMULATIVE_YEAR_TO_DATE).unit(IndicatorUnit.count("clients"));
        default -> throw new IllegalStateException("Unknown figure type " + figureType);
      }
      b.addActual(Actual.of(MARCH_2011.toString(), SeedText.cell(cells, 2)));
      for (int column = 3; column <= 4; column++) {
        String forecast = SeedText.cell(cells, column);
        b.addActual(forecast.isEmpty()
            ? Actual.missing(MARCH_2012, "blank in \"" + headings.get(column) + "\"")
            : Actual.forecast(MARCH_2012.toString(), forecast).withNote(headings.get(column)));
      }
      set.addIndicator(b.build());
    }
    activity = set.build();
  }

  private static Indicator line(String group, String title) {
    return activity.indicators().stream().filter(i -> i.title().equals(title) && i.group().orElse("").equals(group))
        .findFirst().orElseThrow(() -> new AssertionError("No line " + group + " / " + title));
  }

  @Test
  void holdsEveryServiceLine() {
    assertThat(activity.indicators()).hasSize(28);
    assertThat(activity.indicators().stream().filter(i -> i.group().orElseThrow().startsWith("Older Persons"))).hasSize(10);
    assertThat(activity.indicators().stream().filter(i -> i.group().orElseThrow().startsWith("Learning Disability"))).hasSize(8);
    assertThat(activity.indicators().stream().filter(i -> i.group().orElseThrow().startsWith("Physical Disability"))).hasSize(6);
    assertThat(activity.indicators().stream().filter(i -> i.group().orElseThrow().startsWith("Mental Health"))).hasSize(4);
    assertThat(headings.subList(2, 5)).containsExactly("Client numbers Mar 2011",
        "Client numbers based on Dec 2012 forecast", "Client numbers based on Jan 2012 forecast");
  }

  @Test
  void eachFigureTypeIsABasisAndWhatIsCounted() {
    Indicator kcc = line("Older Persons › Residential and Nursing (Permanent)", "Permanent Residential placements - KCC");
    assertThat(kcc.basis()).isEqualTo(Basis.SNAPSHOT);
    assertThat(kcc.unit()).isEqualTo(IndicatorUnit.count("clients"));
    Indicator episodes = line("Older Persons › Residential and Nursing (Non Permanent)", "Non Permanent Placements - KCC");
    assertThat(episodes.basis()).isEqualTo(Basis.CUMULATIVE_YEAR_TO_DATE);
    assertThat(episodes.unit()).isEqualTo(IndicatorUnit.count("episodes"));
    Indicator enablement = line("Older Persons", "Enablement clients");
    assertThat(enablement.basis()).isEqualTo(Basis.CUMULATIVE_YEAR_TO_DATE);
    assertThat(enablement.unit()).isEqualTo(IndicatorUnit.count("clients"));
    assertThat(line("Physical Disability", "Enablement Clients").unit()).isEqualTo(IndicatorUnit.count("clients"));
  }

  @Test
  void theMarch2011FigureAndBothForecastsAreKept() {
    Indicator enablement = line("Older Persons", "Enablement clients");
    assertThat(enablement.actual(MARCH_2011).flatMap(Actual::value)).contains(new BigDecimal("3729"));
    assertThat(enablement.actuals()).filteredOn(a -> a.status() == Actual.Status.FORECAST)
        .extracting(a -> a.value().orElseThrow().toPlainString() + " " + a.note().orElseThrow())
        .containsExactly("5860 Client numbers based on Dec 2012 forecast",
            "6178 Client numbers based on Jan 2012 forecast");
    // The later column counts; the seed expects "the current upward trend in Enablement to increase further".
    assertThat(enablement.actual(MARCH_2012).flatMap(Actual::value)).contains(new BigDecimal("6178"));
    assertThat(enablement.direction(MARCH_2012, ComparedWith.SAME_PERIOD_LAST_YEAR))
        .contains(DirectionOfTravel.INCREASING);
    assertThat(line("Mental Health › Residential and Nursing (Permanent)", "Permanent Residential Placements - Independent")
        .direction(MARCH_2012, ComparedWith.SAME_PERIOD_LAST_YEAR)).contains(DirectionOfTravel.DECREASING);
  }

  @Test
  void blankForecastsAreMissingWithTheReason() {
    Indicator dayCare = line("Older Persons", "Day care - KCC and Independent");
    assertThat(dayCare.actuals()).extracting(Actual::toString).containsExactly(
        "March 2011: 658",
        "March 2012: missing — blank in \"Client numbers based on Dec 2012 forecast\"",
        "March 2012: 498 (forecast) — Client numbers based on Jan 2012 forecast");
    assertThat(dayCare.actual(MARCH_2012).flatMap(Actual::value)).contains(new BigDecimal("498"));
    assertThat(line("Learning Disability", "Day care - KCC and Independent").actual(MARCH_2012)
        .flatMap(Actual::value)).contains(new BigDecimal("873"));
  }

  @Test
  void theBaselineChecksCleanAndItsDashboardRatesNothing() {
    assertThat(activity.validate().isEmpty()).isTrue();
    Dashboard dashboard = activity.evaluate(MARCH_2012, RagRule.kentFloor(), ComparedWith.SAME_PERIOD_LAST_YEAR);
    assertThat(dashboard.summary()).isEqualTo("0 green, 0 amber, 0 red, 28 not rated");
    assertThat(dashboard.assessments()).allSatisfy(a -> assertThat(a.status().reason()).contains("no target for March 2012"));
    assertThat(dashboard.toString()).contains("6,178 (forecast)", "increasing", "same period last year");
  }
}
