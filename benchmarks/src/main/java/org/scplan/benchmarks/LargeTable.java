package org.scplan.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A large budget table as a council would save it from a spreadsheet: a title, the headings
 * {@code Service, Gross £'000, Income £'000, Net £'000}, one line a row with a thousands separator
 * and one decimal, income negative, and a total row. Every line adds up, and so does the total.
 */
final class LargeTable {
  private LargeTable() {}

  /**
   * Writes the table, unless a file of that name already holds it.
   *
   * @param file where to write it
   * @param rows how many lines
   * @return the file
   * @throws IOException if it cannot be written
   */
  static Path write(Path file, int rows) throws IOException {
    if (Files.exists(file) && Files.size(file) > 0) {
      return file;
    }
    SplittableRandom random = new SplittableRandom(2026);
    long gross = 0;
    long income = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("Budget 2024-25\n");
      w.write("Service,Gross £'000,Income £'000,Net £'000\n");
      for (int i = 1; i <= rows; i++) {
        long g = random.nextLong(10, 1_000_000);
        long in = -random.nextLong(0, g);
        gross += g;
        income += in;
        w.write("Service line " + i + "," + quoted(g) + "," + quoted(in) + "," + quoted(g + in) + "\n");
      }
      w.write("Total," + quoted(gross) + "," + quoted(income) + "," + quoted(gross + income) + "\n");
    }
    return file;
  }

  /** Tenths of £'000 as printed, quoted because of the thousands separators: {@code "12,345.6"}. */
  private static String quoted(long tenths) {
    return String.format(Locale.ROOT, "\"%,.1f\"", java.math.BigDecimal.valueOf(tenths, 1));
  }
}
