package org.scplan.benchmarks;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scplan.core.Money;

/**
 * {@code Money.plus} and a reconciliation inner loop (add up a line's parts, compare with its
 * published total) with scplan's {@link Money}, against {@link BigDecimal} and JSR-354's Moneta
 * ({@code Money} and {@code FastMoney}) on the same figures, in the same run. A plain {@code long}
 * loop is the floor.
 *
 * <p>The figures are amounts to the penny up to ±£10m, like the cells of a council budget table.
 * Scores are operations (additions, or lines reconciled) per microsecond.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MoneyBenchmark {
  /** Amounts added per invocation of the {@code plus} benchmarks. */
  static final int N = 4096;

  /** Parts per line in the reconciliation loop (the spend columns of the seed-000 schema). */
  static final int PARTS = 4;

  /** Lines per invocation of the reconciliation benchmarks. */
  static final int LINES = N / PARTS;

  long[] pennies;
  Money[] money;
  BigDecimal[] decimals;
  org.javamoney.moneta.Money[] moneta;
  org.javamoney.moneta.FastMoney[] fast;

  long[] totalPennies;
  Money[] totalMoney;
  BigDecimal[] totalDecimals;
  org.javamoney.moneta.Money[] totalMoneta;
  org.javamoney.moneta.FastMoney[] totalFast;

  /** Builds the same figures in every representation; one line in eight has a wrong total. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    CurrencyUnit gbp = Monetary.getCurrency("GBP");
    pennies = new long[N];
    money = new Money[N];
    decimals = new BigDecimal[N];
    moneta = new org.javamoney.moneta.Money[N];
    fast = new org.javamoney.moneta.FastMoney[N];
    for (int i = 0; i < N; i++) {
      long p = random.nextLong(-1_000_000_000L, 1_000_000_000L);
      pennies[i] = p;
      money[i] = Money.ofPennies(p);
      decimals[i] = BigDecimal.valueOf(p, 2);
      moneta[i] = org.javamoney.moneta.Money.of(decimals[i], gbp);
      fast[i] = org.javamoney.moneta.FastMoney.of(decimals[i], gbp);
    }
    totalPennies = new long[LINES];
    totalMoney = new Money[LINES];
    totalDecimals = new BigDecimal[LINES];
    totalMoneta = new org.javamoney.moneta.Money[LINES];
    totalFast = new org.javamoney.moneta.FastMoney[LINES];
    for (int line = 0; line < LINES; line++) {
      long sum = 0;
      for (int k = 0; k < PARTS; k++) {
        sum += pennies[line * PARTS + k];
      }
      if (line % 8 == 7) {
        sum += 10;
      }
      totalPennies[line] = sum;
      totalMoney[line] = Money.ofPennies(sum);
      totalDecimals[line] = BigDecimal.valueOf(sum, 2);
      totalMoneta[line] = org.javamoney.moneta.Money.of(totalDecimals[line], gbp);
      totalFast[line] = org.javamoney.moneta.FastMoney.of(totalDecimals[line], gbp);
    }
  }

  /**
   * The floor: adding pennies as {@code long}.
   *
   * @return the sum
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public long plusLong() {
    long sum = 0;
    for (long p : pennies) {
      sum = Math.addExact(sum, p);
    }
    return sum;
  }

  /**
   * scplan: {@code Money.plus}.
   *
   * @return the sum
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public Money plusScplanMoney() {
    Money sum = Money.ZERO;
    for (Money m : money) {
      sum = sum.plus(m);
    }
    return sum;
  }

  /**
   * Baseline: {@code BigDecimal.add}.
   *
   * @return the sum
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public BigDecimal plusBigDecimal() {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal d : decimals) {
      sum = sum.add(d);
    }
    return sum;
  }

  /**
   * Baseline: Moneta {@code Money.add}.
   *
   * @return the sum
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public org.javamoney.moneta.Money plusMonetaMoney() {
    org.javamoney.moneta.Money sum = org.javamoney.moneta.Money.zero(moneta[0].getCurrency());
    for (org.javamoney.moneta.Money m : moneta) {
      sum = sum.add(m);
    }
    return sum;
  }

  /**
   * Baseline: Moneta {@code FastMoney.add}.
   *
   * @return the sum
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public org.javamoney.moneta.FastMoney plusMonetaFastMoney() {
    org.javamoney.moneta.FastMoney sum = org.javamoney.moneta.FastMoney.zero(fast[0].getCurrency());
    for (org.javamoney.moneta.FastMoney m : fast) {
      sum = sum.add(m);
    }
    return sum;
  }

  /**
   * The floor for reconciliation: {@code long} parts against a {@code long} total.
   *
   * @return the number of lines whose parts do not add up to their total
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public int reconcileLong() {
    int wrong = 0;
    for (int line = 0; line < LINES; line++) {
      long sum = 0;
      for (int k = 0; k < PARTS; k++) {
        sum = Math.addExact(sum, pennies[line * PARTS + k]);
      }
      if (sum != totalPennies[line]) {
        wrong++;
      }
    }
    return wrong;
  }

  /**
   * scplan: reconcile lines of {@link Money}.
   *
   * @return the number of lines whose parts do not add up to their total
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public int reconcileScplanMoney() {
    int wrong = 0;
    for (int line = 0; line < LINES; line++) {
      Money sum = Money.ZERO;
      for (int k = 0; k < PARTS; k++) {
        sum = sum.plus(money[line * PARTS + k]);
      }
      if (!sum.equals(totalMoney[line])) {
        wrong++;
      }
    }
    return wrong;
  }

  /**
   * Baseline: reconcile lines of {@link BigDecimal}.
   *
   * @return the number of lines whose parts do not add up to their total
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public int reconcileBigDecimal() {
    int wrong = 0;
    for (int line = 0; line < LINES; line++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int k = 0; k < PARTS; k++) {
        sum = sum.add(decimals[line * PARTS + k]);
      }
      if (sum.compareTo(totalDecimals[line]) != 0) {
        wrong++;
      }
    }
    return wrong;
  }

  /**
   * Baseline: reconcile lines of Moneta {@code Money}.
   *
   * @return the number of lines whose parts do not add up to their total
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public int reconcileMonetaMoney() {
    int wrong = 0;
    org.javamoney.moneta.Money zero = org.javamoney.moneta.Money.zero(moneta[0].getCurrency());
    for (int line = 0; line < LINES; line++) {
      org.javamoney.moneta.Money sum = zero;
      for (int k = 0; k < PARTS; k++) {
        sum = sum.add(moneta[line * PARTS + k]);
      }
      if (!sum.isEqualTo(totalMoneta[line])) {
        wrong++;
      }
    }
    return wrong;
  }

  /**
   * Baseline: reconcile lines of Moneta {@code FastMoney}.
   *
   * @return the number of lines whose parts do not add up to their total
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public int reconcileMonetaFastMoney() {
    int wrong = 0;
    org.javamoney.moneta.FastMoney zero = org.javamoney.moneta.FastMoney.zero(fast[0].getCurrency());
    for (int line = 0; line < LINES; line++) {
      org.javamoney.moneta.FastMoney sum = zero;
      for (int k = 0; k < PARTS; k++) {
        sum = sum.add(fast[line * PARTS + k]);
      }
      if (!sum.isEqualTo(totalFast[line])) {
        wrong++;
      }
    }
    return wrong;
  }
}
