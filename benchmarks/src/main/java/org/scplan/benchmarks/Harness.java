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
