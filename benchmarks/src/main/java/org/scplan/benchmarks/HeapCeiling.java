package org.scplan.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.scplan.json.ScplanJson;

/**
 * How much heap reading the large plan needs: for each reader (scplan's, Jackson's
 * {@code readTree}), the smallest {@code -Xmx}, as a multiple of the file size, at which a fresh
 * JVM reads the file from disk without running out of memory. This is the peak heap the reader
 * needs, measured the only way that does not depend on how the collector accounts for it.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.scplan.benchmarks.HeapCeiling [megabytes]</pre>
 */
public final class HeapCeiling {
  private static final double[] FACTORS = {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0};

  private HeapCeiling() {}

  /**
   * Finds the heap ceiling of each reader, or, with {@code --read READER FILE}, reads once.
   *
   * @param args {@code [megabytes]}, or {@code --read scplan|tree FILE}
   * @throws Exception if the file cannot be generated or a child JVM cannot be started
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--read")) {
      readOnce(args[1], Path.of(args[2]));
      return;
    }
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    Path file = LargePlan.write(Path.of(System.getProperty("java.io.tmpdir"), "scplan-bench-" + megabytes + "mb.json"),
        megabytes);
    long size = Files.size(file);
    System.out.printf("plan file: %s, %,d bytes%n", file, size);
    for (String reader : List.of("scplan", "tree")) {
      String found = "more than " + FACTORS[FACTORS.length - 1] + "x";
      for (double factor : FACTORS) {
        long mb = (long) Math.ceil(size * factor / (1 << 20));
        if (fits(reader, file, mb)) {
          found = String.format("%.2fx the file (-Xmx%dm)", factor, mb);
          break;
        }
      }
      System.out.printf("%-7s reads it in a heap of %s%n", reader, found);
    }
  }

  private static boolean fits(String reader, Path file, long heapMb) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    Process p = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC", "-cp", classpath,
        HeapCeiling.class.getName(), "--read", reader, file.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return false;
    }
    return p.exitValue() == 0;
  }

  private static void readOnce(String reader, Path file) throws IOException {
    Object read;
    if (reader.equals("scplan")) {
      read = ScplanJson.standard().read(file).orElseThrow();
    } else {
      try (InputStream in = Files.newInputStream(file)) {
        read = new ObjectMapper().readTree(in);
      }
    }
    if (read == null) {
      System.exit(1);
    }
  }
}
