package org.scplan.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.scplan.core.CalendarMonth;
import org.scplan.core.FinancialYear;
import org.scplan.core.Rag;
import org.scplan.performance.Actual;
import org.scplan.performance.Dashboard;
import org.scplan.performance.Frequency;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.core.Polarity;
import org.scplan.performance.RagRule;
import org.scplan.performance.Target;
import org.scplan.performance.IndicatorUnit;

/**
 * RAG evaluation of 1,000,000 indicator-periods: 10,000 monthly percentage indicators, each with
 * 100 months of results and an annual target and floor per financial year, evaluated as 100
 * monthly dashboards under Kent's floor rule. Each assessment finds the target that applies to
 * the month (the year's), the result that counts, and the rating.
 *
 * <p>Baselines in the same run: the rule alone on figures already looked up
 * ({@link RagRule#rate}, {@code BigDecimal}), and the same comparisons on scaled {@code long}s.
 * Scores are indicator-periods per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class RagBenchmark {
  static final int INDICATORS = 10_000;
  static final int MONTHS = 100;
  static final int ASSESSMENTS = INDICATORS * MONTHS;

  IndicatorSet set;
  List<CalendarMonth> months;
  BigDecimal[] actuals;
  BigDecimal[] targets;
  BigDecimal[] floors;
  long[] actualsScaled;
  long[] targetsScaled;
  long[] floorsScaled;
  Polarity[] polarities;
  final RagRule rule = RagRule.kentFloor();

  /** Builds the indicators and the same figures as plain arrays. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    months = new ArrayList<>();
    CalendarMonth m = CalendarMonth.of(2010, 4);
    for (int i = 0; i < MONTHS; i++) {
      months.add(m);
      m = m.next();
    }
    actuals = new BigDecimal[ASSESSMENTS];
    targets = new BigDecimal[ASSESSMENTS];
    floors = new BigDecimal[ASSESSMENTS];
    actualsScaled = new long[ASSESSMENTS];
    targetsScaled = new long[ASSESSMENTS];
    floorsScaled = new long[ASSESSMENTS];
    polarities = new Polarity[ASSESSMENTS];
    List<Indicator> indicators = new ArrayList<>(INDICATORS);
    for (int i = 0; i < INDICATORS; i++) {
      Polarity polarity = i % 3 == 0 ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
      Indicator.Builder b = Indicator.builder().reference("KPI " + i).title("Indicator " + i)
          .unit(IndicatorUnit.PERCENTAGE).polarity(polarity).frequency(Frequency.MONTHLY);
      long[] yearTarget = new long[12];
      long[] yearFloor = new long[12];
      for (int y = 0; y < yearTarget.length; y++) {
        yearTarget[y] = random.nextLong(600, 900);
        yearFloor[y] = polarity == Polarity.HIGHER_IS_BETTER ? yearTarget[y] - 50 : yearTarget[y] + 50;
        b.addTarget(Target.of(FinancialYear.of(2010 + y), BigDecimal.valueOf(yearTarget[y], 1))
            .withFloor(BigDecimal.valueOf(yearFloor[y], 1)));
      }
      for (int k = 0; k < MONTHS; k++) {
        long value = random.nextLong(500, 1000);
        b.addActual(Actual.of(months.get(k), BigDecimal.valueOf(value, 1)));
        int y = months.get(k).financialYear().startYear() - 2010;
        int at = k * INDICATORS + i;
        actuals[at] = BigDecimal.valueOf(value, 1);
        targets[at] = BigDecimal.valueOf(yearTarget[y], 1);
        floors[at] = BigDecimal.valueOf(yearFloor[y], 1);
        actualsScaled[at] = value;
        targetsScaled[at] = yearTarget[y];
        floorsScaled[at] = yearFloor[y];
        polarities[at] = polarity;
      }
      indicators.add(b.build());
    }
    set = IndicatorSet.builder().id("kpis").title("10,000 indicators").addAllIndicators(indicators).build();
  }

  /**
   * scplan: 100 monthly dashboards of 10,000 indicators.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(ASSESSMENTS)
  public void evaluateDashboards(Blackhole bh) {
    for (CalendarMonth month : months) {
      Dashboard d = set.evaluate(month);
      bh.consume(d.green());
    }
  }

  /**
   * Baseline: the rule alone, on figures already looked up.
   *
   * @return the number of greens
   */
  @Benchmark
  @OperationsPerInvocation(ASSESSMENTS)
  public int rateLookedUpFigures() {
    int green = 0;
    for (int i = 0; i < ASSESSMENTS; i++) {
      if (rule.rate(polarities[i], actuals[i], targets[i], floors[i]) == Rag.GREEN) {
        green++;
      }
    }
    return green;
  }

  /**
   * Floor: the same comparisons on scaled {@code long}s.
   *
   * @return the number of greens
   */
  @Benchmark
  @OperationsPerInvocation(ASSESSMENTS)
  public int compareLongs() {
    int green = 0;
    for (int i = 0; i < ASSESSMENTS; i++) {
      int sign = polarities[i] == Polarity.HIGHER_IS_BETTER ? 1 : -1;
      long a = actualsScaled[i] * sign;
      if (a >= targetsScaled[i] * sign) {
        green++;
      } else if (a >= floorsScaled[i] * sign) {
        green += 0;
      }
    }
    return green;
  }
}
