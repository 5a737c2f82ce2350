package org.scplan.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the ceiling harnesses share: the median of warm runs and a read in a fresh JVM of a given heap. */
final class Harness {
  private Harness() {}

  /** The median of the runs after the first {@code skip}, which warm the JIT. */
  static long median(long[] times, int skip) {
    long[] rest = Arrays.copyOfRange(times, Math.min(skip, times.length - 1), times.length);
    Arrays.sort(rest);
    return rest[rest.length / 2];
  }

  /** Reads a file with the baseline alone: how many cells it saw. */
  interface Baseline {
    long cells(Path file) throws IOException;
  }

  /**
   * Times the baseline and scplan's reading and checking one after the other in each of
   * {@code runs} runs (so both see the same state of the machine), printing each run and the median
   * of the runs after the first two, which warm the JIT.
   */
  static void timeAgainst(String baselineName, Baseline baseline, Path file, int runs,
      java.util.function.Function<Path, org.scplan.core.ReadResult<org.scplan.core.Document>> scplan)
      throws IOException {
    long[] base = new long[runs];
    long[] ours = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      long cells = baseline.cells(file);
      long t1 = System.nanoTime();
      org.scplan.core.ReadResult<org.scplan.core.Document> r = scplan.apply(file);
      int findings = r.validate().findings().size();
      long t2 = System.nanoTime();
      base[i] = t1 - t0;
      ours[i] = t2 - t1;
      System.out.printf("run %d: %s %,d ms (%,d cells); scplan read and checked %,d ms (%d findings, read: %s);"
          + " ratio %.2f%n", i + 1, baselineName, base[i] / 1_000_000, cells, ours[i] / 1_000_000, findings, r.isRead(),
          (double) ours[i] / base[i]);
    }
    long b = median(base, 2);
    long o = median(ours, 2);
    System.out.printf("median of runs 3 to %d: %s %,d ms, scplan %,d ms, ratio %.2f%n", runs, baselineName,
        b / 1_000_000, o / 1_000_000, (double) o / b);
  }

  /**
   * Whether a fresh JVM (serial collector) with the given heap runs {@code main --read FILE} of the
   * class and exits 0: the file read and checked without running out of memory.
   */
  static boolean fits(Class<?> main, Path file, long heapMb, String... properties)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC"));
    command.addAll(List.of(properties));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName(), "--read", file.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return false;
    }
    return p.exitValue() == 0;
  }
}
