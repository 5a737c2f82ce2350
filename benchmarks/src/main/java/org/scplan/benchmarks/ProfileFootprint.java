package org.scplan.benchmarks;

import org.scplan.budget.BudgetProfile;

/**
 * How much heap the 1,000,000-line profile of {@link ReconciliationBenchmark} keeps: the heap in
 * use after a full collection, with and without the profile, divided by its lines. Names are
 * included ("Line 1234.56"), as a real table's would be.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.scplan.benchmarks.ProfileFootprint</pre>
 */
public final class ProfileFootprint {
  private ProfileFootprint() {}

  /**
   * Builds the profile and prints its size.
   *
   * @param args none
   */
  public static void main(String[] args) {
    long before = used();
    BudgetProfile profile = ReconciliationBenchmark.profile(42);
    long after = used();
    int lines = profile.lineCount();
    System.out.printf("%,d lines (%,d with figures) of %d columns: %,d bytes, %.1f bytes per line%n",
        lines, ReconciliationBenchmark.LINES, profile.schema().columns().size(), after - before,
        (after - before) / (double) lines);
    if (profile.lineCount() == 0) {
      System.exit(1);
    }
  }

  private static long used() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
