package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.ReportedAmount;
import org.scplan.core.Severity;

/**
 * The budget monitoring section and reported variances; the golden case is seed 001's section B,
 * priority 1, read from the seed's own words.
 */
class BudgetMonitoringTest {
  private static final String FOREWORD = SeedTables.text("001-foreword-and-notes.txt");

  private static Matcher find(String regex) {
    Matcher m = Pattern.compile(regex).matcher(FOREWORD);
    assertThat(m.find()).as(regex).isTrue();
    return m;
  }

  private static ReportedAmount amount(String text) {
    return ReportedAmount.parse(text);
  }

  /** Seed 001, section B, priority 1, as the example plan holds it. */
  static BudgetMonitoring seed001() {
    Matcher savings = find("savings of (£[0-9.]+m) out of the target savings of (£[0-9.]+m)");
    Matcher reprofiled = find("reprofiling of savings of (£[0-9.]+m)");
    Matcher quarters = find("Quarter 1, Quarter 2, and Quarter 3 budget positions were"
        + " (\\+£[0-9.]+m), (£[0-9.]+m) and (£[0-9.]+m) respectively");
    return BudgetMonitoring.builder().id("budget-2017-18").title("Progress on the 2017-18 budget")
        .year(FinancialYear.of(2017))
        .addSavings(Savings.of("Medium Term Financial Plan savings", amount(savings.group(2)),
            amount(savings.group(1)), amount(reprofiled.group(1))))
        .addVariances(ReportedVariance.of("Quarter 1", amount(quarters.group(1))),
            ReportedVariance.of("Quarter 2", amount(quarters.group(2))),
            ReportedVariance.of("Quarter 3", amount(quarters.group(3))))
        .build();
  }

  @Test
  void seed001ReportsOneWarningTheSavingsLeftUnaccountedFor() {
    BudgetMonitoring monitoring = seed001();

    assertThat(monitoring.variances()).extracting(ReportedVariance::variance)
        .containsExactly(amount("£7m"), amount("£1.5m"), amount("£0.1m"));
    assertThat(monitoring.variances()).extracting(ReportedVariance::direction)
        .containsOnly(Variance.Direction.OVERSPEND);
    assertThat(monitoring.validate().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.SAVINGS_UNACCOUNTED);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().path())
          .containsExactly("Progress on the 2017-18 budget", "Medium Term Financial Plan savings");
      assertThat(f.message()).contains("£1.8m [£1.65m, £1.95m] unaccounted for");
    });
  }

  @Test
  void toStringListsEveryFigure() {
    assertThat(seed001().toString()).isEqualTo("""
        Progress on the 2017-18 budget (budget-monitoring "budget-2017-18", 2017-18): 1 savings target, 3 variances
          Medium Term Financial Plan savings: target £22.8m, achieved £16.3m, reprofiled £4.7m, unaccounted for £1.8m
          Quarter 1: £7m overspend
          Quarter 2: £1.5m overspend
          Quarter 3: £0.1m overspend""");
  }

  @Test
  void aVarianceWithItsBudgetAndForecastIsCheckedWithTheirIntervals() {
    ReportedAmount budget = amount("£414m");
    // Exactly forecast less budget: nothing to say.
    assertThat(ReportedVariance.of("Q2", budget, amount("£415.5m"), amount("£1.5m")).validate().isEmpty()).isTrue();
    // 415 - 414 = 1, printed as 1.4: the three figures may be out by 0.5 + 0.5 + 0.05, so rounding explains it.
    assertThat(ReportedVariance.of("Q2", budget, amount("£415m"), amount("£1.4m")).validate().findings())
        .singleElement().satisfies(f -> {
          assertThat(f.code()).isEqualTo(BudgetRules.VARIANCE_WITHIN_ROUNDING);
          assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    // 415 - 414 = 1 [0, 2], printed as 7 [6.5, 7.5]: 4.5 that rounding cannot explain.
    assertThat(ReportedVariance.of("Q2", budget, amount("£415m"), amount("+£7m")).validate().findings())
        .singleElement().satisfies(f -> {
          assertThat(f.code()).isEqualTo(BudgetRules.VARIANCE_MISMATCH);
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.location().path()).containsExactly("Q2");
          assertThat(f.message()).isEqualTo("Q2: forecast £415m less budget £414m is £1m [£0m, £2m], but the"
              + " variance is printed as £7m [£6.5m, £7.5m]; rounding leaves £4.5m unexplained");
          assertThat(f.expected()).contains("£1m [£0m, £2m]");
          assertThat(f.actual()).contains("£7m [£6.5m, £7.5m]");
        });
  }

  @Test
  void aVarianceIsCheckedInItsOwnUnitWhateverTheUnitsOfItsBudgetAndForecast() {
    ReportedVariance v = ReportedVariance.of("Month 9", ReportedAmount.parse("417,018.0", AmountUnit.THOUSANDS),
        amount("£417.118m"), ReportedAmount.parse("(100.0)", AmountUnit.THOUSANDS));

    assertThat(v.direction()).isEqualTo(Variance.Direction.UNDERSPEND);
    assertThat(v.validate().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.VARIANCE_MISMATCH);
      assertThat(f.expected()).contains("£100.0k [£99.45k, £100.55k]");
      assertThat(f.actual()).contains("-£100.0k [-£100.05k, -£99.95k]");
    });
  }

  @Test
  void duplicateLabelsAndPeriodsAreWarnedOfAndTheRestStillChecked() {
    BudgetMonitoring m = BudgetMonitoring.builder().id("m").title("Monitoring")
        .addSavings(Savings.of("MTFP", amount("£10m"), amount("£10m"), amount("£0m")),
            Savings.of("mtfp", amount("£10m"), amount("£5m"), amount("£0m")))
        .addVariances(ReportedVariance.of("Q1", amount("£1m")), ReportedVariance.of("Q1", amount("£2m")))
        .build();

    assertThat(m.validate().findings()).extracting(f -> f.code() + " " + f.location().path())
        .containsExactly(
            BudgetRules.SAVINGS_UNACCOUNTED + " [Monitoring, mtfp]",
            BudgetRules.MONITORING_DUPLICATE + " [Monitoring, mtfp]",
            BudgetRules.MONITORING_DUPLICATE + " [Monitoring, Q1]");
    assertThat(m.validate().withCode(BudgetRules.MONITORING_DUPLICATE)).extracting(f -> f.message()).containsExactly(
        "Two savings targets share the label \"mtfp\"; give each its own",
        "Two variances share the period \"Q1\"; give each its own");
  }

  @Test
  void valuesAreCheckedWhenBuilt() {
    assertThatThrownBy(() -> BudgetMonitoring.builder().id(" ").title("T").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id is blank");
    assertThatThrownBy(() -> ReportedVariance.of(" ", amount("£1m")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
    assertThat(ReportedVariance.of(" Q1 ", amount("£1m"))).isEqualTo(ReportedVariance.of("Q1", amount("£1m")))
        .hasSameHashCodeAs(ReportedVariance.of("Q1", amount("£1m")))
        .isNotEqualTo(ReportedVariance.of("Q1", amount("£1m"), amount("£2m"), amount("£1m")));
    assertThat(ReportedVariance.of("Q1", amount("£0m")).direction()).isEqualTo(Variance.Direction.ON_BUDGET);
    assertThat(BudgetMonitoring.builder().id("m").title("T").build().kind()).isEqualTo(BudgetMonitoring.KIND);
    assertThat(List.of(ReportedVariance.of("Q2", amount("£414m"), amount("£415.5m"), amount("£1.5m"))))
        .extracting(Object::toString)
        .containsExactly("Q2: budget £414m, forecast £415.5m, variance £1.5m overspend");
  }
}
