package org.scplan.benchmarks;

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
import org.scplan.core.Polarity;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrSeries;

/**
 * XmR charts of 10,000 series of 60 monthly points (NHS England's Making Data Count method:
 * limits, the four special-cause rules, classification, variation and assurance verdicts), against
 * a plain {@code double[]} computation of the mean, the average moving range, the limits and the
 * points outside them for the same series, in the same run. Scores are series per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class SpcBenchmark {
  static final int SERIES = 10_000;
  static final int POINTS = 60;

  List<XmrSeries> series;
  double[][] values;

  /** Builds the series: noise around a level, with a step in a third of them. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(11);
    series = new ArrayList<>(SERIES);
    values = new double[SERIES][POINTS];
    for (int s = 0; s < SERIES; s++) {
      double level = 50 + random.nextDouble() * 50;
      for (int p = 0; p < POINTS; p++) {
        double step = s % 3 == 0 && p >= 40 ? 8 : 0;
        values[s][p] = Math.round((level + step + random.nextGaussian() * 3) * 10) / 10.0;
      }
      Polarity polarity = s % 2 == 0 ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
      series.add(XmrSeries.from(CalendarMonth.of(2014, 4), polarity, values[s]).withTarget(level));
    }
  }

  /**
   * scplan: draw every chart and read its verdicts.
   *
   * @param bh the blackhole
   */
  @Benchmark
  @OperationsPerInvocation(SERIES)
  public void xmrCharts(Blackhole bh) {
    for (XmrSeries s : series) {
      XmrChart chart = XmrChart.of(s);
      bh.consume(chart.variation());
      bh.consume(chart.assurance());
    }
  }

  /**
   * Baseline: mean, average moving range, limits and points outside them, on {@code double[]}.
   *
   * @return the number of points outside their limits
   */
  @Benchmark
  @OperationsPerInvocation(SERIES)
  public int plainDoubles() {
    int outside = 0;
    for (double[] v : values) {
      double sum = 0;
      double mr = 0;
      for (int i = 0; i < v.length; i++) {
        sum += v[i];
        if (i > 0) {
          mr += Math.abs(v[i] - v[i - 1]);
        }
      }
      double mean = sum / v.length;
      double width = 2.66 * mr / (v.length - 1);
      for (double x : v) {
        if (x > mean + width || x < mean - width) {
          outside++;
        }
      }
    }
    return outside;
  }
}
