package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.scplan.core.FinancialYear;
import org.scplan.core.PrintedFigures;

/**
 * A builder given no precision takes it from the figures: each column gets the decimals of its
 * finest figure, and every figure keeps the interval its own printing gives it.
 */
class PrecisionProperties {

  @Property(tries = 300)
  void undeclaredPrecisionIsTheFinestFiguresAndEveryFigureKeepsItsOwnInterval(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 40) int lines) {
    Random r = new Random(seed);
    BudgetProfileBuilder inferred = builder();
    List<BigDecimal[]> printed = new ArrayList<>();
    int[] finest = new int[3];
    for (int i = 0; i < lines; i++) {
      BigDecimal[] row = new BigDecimal[3];
      String[] cells = new String[3];
      for (int c = 0; c < 3; c++) {
        int decimals = r.nextInt(4);
        row[c] = BigDecimal.valueOf(r.nextInt(2_000_000) - 1_000_000L, decimals);
        finest[c] = Math.max(finest[c], decimals);
        cells[c] = PrintedFigures.grouped(row[c]);
      }
      printed.add(row);
      inferred.line("Line " + i, cells);
    }
    BudgetProfile profile = inferred.build();

    String[] keys = {"gross", "income", "net"};
    for (int c = 0; c < 3; c++) {
      assertThat(profile.decimals(keys[c])).isEqualTo(finest[c]);
    }
    for (int i = 0; i < lines; i++) {
      for (int c = 0; c < 3; c++) {
        BigDecimal half = BigDecimal.ONE.movePointLeft(printed.get(i)[c].scale()).divide(BigDecimal.valueOf(2));
        var interval = profile.line(i).amount(keys[c]).orElseThrow().interval();
        assertThat(interval.lower()).isEqualByComparingTo(printed.get(i)[c].subtract(half));
        assertThat(interval.upper()).isEqualByComparingTo(printed.get(i)[c].add(half));
      }
    }
  }

  @Property(tries = 200)
  void figuresAllPrintedAlikeBuildWhatDeclaringTheirPrecisionBuilds(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3) int decimals, @ForAll @IntRange(min = 1, max = 40) int lines) {
    Random r = new Random(seed);
    BudgetProfileBuilder inferred = builder();
    BudgetProfileBuilder declared = builder().decimals(decimals);
    for (int i = 0; i < lines; i++) {
      String[] cells = new String[3];
      for (int c = 0; c < 3; c++) {
        cells[c] = PrintedFigures.grouped(BigDecimal.valueOf(r.nextInt(2_000_000) - 1_000_000L, decimals));
      }
      inferred.line("Line " + i, cells);
      declared.line("Line " + i, cells);
    }
    assertThat(inferred.build()).isEqualTo(declared.build());
  }

  private static BudgetProfileBuilder builder() {
    return BudgetProfile.builder("t", "T", BudgetSchemas.GROSS_INCOME_NET).year(FinancialYear.of(2024));
  }
}
