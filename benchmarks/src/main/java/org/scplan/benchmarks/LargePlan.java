package org.scplan.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetProfileBuilder;
import org.scplan.budget.BudgetSchemas;
import org.scplan.budget.LineKind;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.CalendarMonth;
import org.scplan.core.FinancialYear;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.Document;
import org.scplan.json.ScplanJson;
import org.scplan.performance.Actual;
import org.scplan.performance.Frequency;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.core.Polarity;
import org.scplan.performance.Target;
import org.scplan.performance.IndicatorUnit;

/**
 * A large scplan plan document for the JSON benchmarks: a budget profile in the seed-000 layout
 * and an indicator set with long monthly series, in about equal shares of the file, generated
 * through the domain API and written by scplan's own writer (so the bytes are the canonical
 * format). 100 MB holds about 210,000 budget lines and 660,000 monthly results.
 */
final class LargePlan {
  private LargePlan() {}

  /** Budget lines per megabyte of file (measured on the written form). */
  static final int LINES_PER_MB = 2_100;

  /** Indicators per megabyte of file, each with {@link #MONTHS} results. */
  static final int INDICATORS_PER_MB = 55;

  /** Monthly results per indicator: ten years. */
  static final int MONTHS = 120;

  /**
   * Builds the plan.
   *
   * @param megabytes roughly how large its JSON is to be
   * @return the plan
   */
  static BusinessPlan plan(int megabytes) {
    SplittableRandom random = new SplittableRandom(2024);
    int groups = Math.max(1, megabytes * LINES_PER_MB / 100);
    BudgetProfileBuilder b = BudgetProfile.builder("budget", "Synthetic budget profile",
            BudgetSchemas.KENT_CONTROLLABLE_2010)
        .year(FinancialYear.of(2010)).unit(AmountUnit.THOUSANDS).decimals(1).decimals("fte", 2)
        .decimals("fte-previous", 2);
    long[] grand = new long[11];
    for (int g = 0; g < groups; g++) {
      b.group("Service group " + g);
      long[] sub = new long[11];
      for (int i = 0; i < 99; i++) {
        long[] cells = new long[11];
        cells[0] = BudgetProfile.BLANK;
        cells[1] = BudgetProfile.BLANK;
        cells[2] = random.nextLong(0, 5_000);
        long gross = 0;
        for (int c = 3; c < 7; c++) {
          cells[c] = random.nextLong(-1_000, 100_000);
          gross += cells[c];
        }
        cells[7] = gross;
        cells[8] = -random.nextLong(0, 50_000);
        cells[9] = -random.nextLong(0, 5_000);
        cells[10] = gross + cells[8] + cells[9];
        for (int c = 2; c < 11; c++) {
          sub[c] += cells[c];
        }
        b.addScaled(LineKind.ITEM, "Budget line " + g + "." + i, cells);
      }
      sub[0] = BudgetProfile.BLANK;
      sub[1] = BudgetProfile.BLANK;
      b.addScaled(LineKind.SUBTOTAL, "Total service group " + g, sub);
      for (int c = 2; c < 11; c++) {
        grand[c] += sub[c];
      }
    }
    grand[0] = BudgetProfile.BLANK;
    grand[1] = BudgetProfile.BLANK;
    b.addScaled(LineKind.TOTAL, "TOTALS", grand);

    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < megabytes * INDICATORS_PER_MB; i++) {
      Indicator.Builder ib = Indicator.builder().reference("KPI " + i).title("Synthetic indicator " + i)
          .unit(IndicatorUnit.PERCENTAGE).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY)
          .addTarget(Target.of(FinancialYear.of(2010), new BigDecimal("80.0")).withFloor(new BigDecimal("75.0")));
      CalendarMonth m = CalendarMonth.of(2010, 4);
      for (int k = 0; k < MONTHS; k++) {
        ib.addActual(Actual.of(m, BigDecimal.valueOf(random.nextLong(500, 1000), 1)));
        m = m.next();
      }
      indicators.add(ib.build());
    }
    IndicatorSet set = IndicatorSet.builder().id("kpis").title("Synthetic indicators").addAllIndicators(indicators)
        .build();
    return BusinessPlan.builder().title("Synthetic plan for the JSON benchmarks")
        .unit(OrgUnit.of("synthetic", "Synthetic directorate", OrgLevel.DIRECTORATE))
        .year(FinancialYear.of(2010)).addSection(b.build()).addSection(set).build();
  }

  /**
   * Writes the plan of a given size to a file, unless the file already holds it.
   *
   * @param file the file
   * @param megabytes roughly how large
   * @return the file
   * @throws IOException if it cannot be written
   */
  static Path write(Path file, int megabytes) throws IOException {
    if (Files.exists(file) && Files.size(file) > megabytes * 900_000L) {
      return file;
    }
    BusinessPlan plan = plan(megabytes);
    try (OutputStream out = Files.newOutputStream(file)) {
      ScplanJson.standard().write(Document.of(plan), out);
    }
    return file;
  }
}
