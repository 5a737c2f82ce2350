package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.Money;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;
import org.scplan.core.Severity;

/** Savings, variance and allocation; the savings and variances of seed 001's section B, priority 1. */
class MonitoringTest {
  private static final String FOREWORD = SeedTables.text("001-foreword-and-notes.txt");

  private static List<String> amounts(String regex) {
    Matcher m = Pattern.compile(regex).matcher(FOREWORD);
    if (!m.find()) {
      throw new IllegalStateException(regex);
    }
    List<String> found = new ArrayList<>();
    for (int g = 1; g <= m.groupCount(); g++) {
      found.add(m.group(g));
    }
    return found;
  }

  @Test
  void seed001SavingsLeaveOnePointEightMillionUnaccountedFor() {
    List<String> achievedOfTarget = amounts("savings of (£[0-9.]+m) out of the target savings of (£[0-9.]+m)");
    String reprofiled = amounts("reprofiling of savings of (£[0-9.]+m)").get(0);
    Savings savings = Savings.of("MTFP savings 2017-18", ReportedAmount.parse(achievedOfTarget.get(1)),
        ReportedAmount.parse(achievedOfTarget.get(0)), ReportedAmount.parse(reprofiled));
    assertThat(savings.target()).isEqualTo(ReportedAmount.parse("£22.8m"));
    // 22.8 - 16.3 - 4.7 = 1.8, and each figure may be out by £0.05m: [£1.65m, £1.95m].
    assertThat(savings.unaccounted()).isEqualTo(ReportedAmount.parse("£1.8m"));
    assertThat(savings.unaccountedInterval().lower()).isEqualByComparingTo("1650000");
    assertThat(savings.unaccountedInterval().upper()).isEqualByComparingTo("1950000");
    assertThat(savings.validate().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.SAVINGS_UNACCOUNTED);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().path()).containsExactly("MTFP savings 2017-18");
      assertThat(f.message()).contains("£16.3m achieved", "£4.7m reprofiled", "£22.8m target",
          "£1.8m [£1.65m, £1.95m] unaccounted for");
      assertThat(f.actual()).contains("£21.0m achieved and reprofiled");
    });
  }

  @Test
  void savingsThatAccountForTheTargetWithinRoundingAreAnInfoAndExactlyNothing() {
    ReportedAmount target = ReportedAmount.parse("£22.8m");
    assertThat(Savings.of("s", target, ReportedAmount.parse("£18.1m"), ReportedAmount.parse("£4.7m")).validate()
        .isEmpty()).isTrue();
    assertThat(Savings.of("s", target, ReportedAmount.parse("£18.05m"), ReportedAmount.parse("£4.7m")).validate()
        .findings()).singleElement().extracting(f -> f.code()).isEqualTo(BudgetRules.SAVINGS_WITHIN_ROUNDING);
    assertThat(Savings.of("s", target, ReportedAmount.parse("£19.0m"), ReportedAmount.parse("£4.7m")).validate()
        .findings()).singleElement().extracting(f -> f.code()).isEqualTo(BudgetRules.SAVINGS_OVER_ACCOUNTED);
  }

  @Test
  void seed001QuarterlyVariancesAreOverspendsThatShrink() {
    List<String> quarters = amounts("were (\\+?£[0-9.]+m), (£[0-9.]+m) and (£[0-9.]+m) respectively");
    assertThat(quarters).containsExactly("+£7m", "£1.5m", "£0.1m");
    // Our own monitoring tables: two divisions whose forecasts reproduce each quarter's reported
    // variance at directorate level. The budget is Table 5's net cost by division.
    List<Variance> totals = new ArrayList<>();
    for (String q : quarters) {
      BigDecimal variance = ReportedAmount.parse(q, AmountUnit.THOUSANDS).in(AmountUnit.THOUSANDS)
          .printed().setScale(1);
      BigDecimal half = variance.divide(BigDecimal.valueOf(2), 1, RoundingMode.DOWN);
      BudgetProfile table = BudgetProfile.builder("monitoring", "Budget monitoring", BudgetSchemas.BUDGET_MONITORING)
          .year(FinancialYear.of(2017)).unit(AmountUnit.THOUSANDS).decimals(1)
          .line("DCALDMH", "222,383.0", new BigDecimal("222383.0").add(half).toPlainString(), half.toPlainString())
          .line("OPPD", "151,157.8", new BigDecimal("151157.8").add(variance.subtract(half)).toPlainString(),
              variance.subtract(half).toPlainString())
          .build();
      assertThat(table.reconcile().report().findings()).isEmpty();
      VarianceReport report = VarianceReport.of(table);
      totals.add(report.total().orElseThrow());
      assertThat(report.overspends()).hasSize(2);
    }
    assertThat(totals).extracting(v -> v.amount())
        .containsExactly(Money.ofPounds(7_000_000), Money.ofPounds(1_500_000), Money.ofPounds(100_000));
    assertThat(totals).extracting(Variance::direction).containsOnly(Variance.Direction.OVERSPEND);
    assertThat(totals.get(0).percent()).contains(new BigDecimal("1.9"));
  }

  @Test
  void varianceRollsUpThroughGroupsWithOrWithoutSubtotals() {
    BudgetProfile table = BudgetProfile.builder("q2", "Quarter 2", BudgetSchemas.BUDGET_MONITORING)
        .year(FinancialYear.of(2017)).unit(AmountUnit.THOUSANDS).decimals(1)
        .group("Older People")
          .line("Residential Care", "100.0", "110.0", "10.0")
          .line("Nursing Care", "200.0", "190.0", "-10.0")
          .group("Community")
            .line("Day Care", "50.0", "55.5", "5.5")
          .end()
          .subtotal("Total Older People", "350.0", "355.5", "5.5")
        .line("Strategic Management", "80.0", "79.0", "-1.0")
        .memo("Of which agency staff", "10.0", "12.0", "2.0")
        .build();
    VarianceReport report = VarianceReport.of(table, "Budget", "Forecast outturn");
    assertThat(report.variance("Older People", "Residential Care").orElseThrow().direction())
        .isEqualTo(Variance.Direction.OVERSPEND);
    assertThat(report.variance("Older People", "Nursing Care").orElseThrow().direction())
        .isEqualTo(Variance.Direction.UNDERSPEND);
    assertThat(report.variance("Older People", "Community").orElseThrow().amount())
        .isEqualTo(Money.ofPounds(5_500));
    assertThat(report.variance("Older People").orElseThrow())
        .isEqualTo(Variance.of(Money.ofPounds(350_000), Money.ofPounds(355_500)));
    assertThat(report.variance("Older People", "Total Older People").orElseThrow().amount())
        .isEqualTo(Money.ofPounds(5_500));
    // No grand total line: the top-level lines added up, without the memo line.
    assertThat(report.total().orElseThrow()).isEqualTo(Variance.of(Money.ofPounds(430_000), Money.ofPounds(434_500)));
    assertThat(report.entries()).filteredOn(VarianceReport.Entry::rolledUp).extracting(e -> e.path())
        .containsExactly(List.of("Older People"), List.of("Older People", "Community"));
    assertThat(report.toString()).contains("Older People › Community (rolled up): overspend £5,500.00 (+11.0%)");
  }

  @Test
  void varianceArithmetic() {
    Variance v = Variance.of(ReportedAmount.parse("£414m"), ReportedAmount.parse("£421m"));
    assertThat(v.amount()).isEqualTo(Money.ofPounds(7_000_000));
    assertThat(v.percent()).contains(new BigDecimal("1.7"));
    assertThat(v.percent(3, RoundingMode.HALF_UP)).contains(new BigDecimal("1.691"));
    assertThat(Variance.of(Money.ZERO, Money.ofPounds(1)).percent()).isEmpty();
    assertThat(Variance.of(Money.ofPounds(5), Money.ofPounds(5)).direction()).isEqualTo(Variance.Direction.ON_BUDGET);
    // A negative budget (net income) underspends when the forecast brings in more.
    Variance income = Variance.of(Money.ofPounds(-100), Money.ofPounds(-120));
    assertThat(income.direction()).isEqualTo(Variance.Direction.UNDERSPEND);
    assertThat(income.percent()).contains(new BigDecimal("-20.0"));
    assertThat(v.toString()).isEqualTo("overspend £7,000,000.00 (+1.7%): budget £414,000,000.00, forecast £421,000,000.00");
  }

  @Test
  void allocationSpreadsAtTheTablesPrecisionAndAddsUpExactly() {
    assertThat(Allocation.spread(ReportedAmount.parse("100.0", AmountUnit.THOUSANDS), 1, 1, 1))
        .containsExactly(ReportedAmount.parse("£33.4k"), ReportedAmount.parse("£33.3k"), ReportedAmount.parse("£33.3k"));
    assertThat(Allocation.spread(Money.of(new BigDecimal("1234567.89")), AmountUnit.THOUSANDS, 1, RoundingMode.HALF_UP,
        List.of(new BigDecimal("0.25"), new BigDecimal("0.75"))))
        .containsExactly(ReportedAmount.parse("£308.7k"), ReportedAmount.parse("£925.9k"));
    assertThat(Allocation.spread(ReportedAmount.parse("-£10.0k"), 1, 0, 2))
        .containsExactly(ReportedAmount.parse("-£3.3k"), ReportedAmount.parse("£0.0k"), ReportedAmount.parse("-£6.7k"));
    assertThat(Allocation.spread(ReportedNumber.parse("2,319.2"), List.of(BigDecimal.ONE, BigDecimal.valueOf(2))))
        .containsExactly(ReportedNumber.parse("773.1"), ReportedNumber.parse("1,546.1"));
    assertThatThrownBy(() -> Allocation.spread(ReportedAmount.parse("£1k"), 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every weight is zero");
    assertThatThrownBy(() -> Allocation.spread(ReportedAmount.parse("£1k"), 1, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> Allocation.spread(ReportedAmount.parse("£1k")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weights");
  }
}
