package org.scplan.benchmarks;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.csv.TableReader;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;

/**
 * How much heap and time reading a large budget table takes: the smallest {@code -Xmx}, as a
 * multiple of the file's size, at which a fresh JVM reads and checks the table with scplan, and
 * the time of one read against Jackson's CSV parser reading every cell of the same file, in the
 * same JVM.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.scplan.benchmarks.TableCeiling [rows]</pre>
 */
public final class TableCeiling {
  private static final double[] FACTORS = {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 15.0, 20.0, 30.0};

  private TableCeiling() {}

  /**
   * Finds scplan's heap ceiling and times one read, or, with {@code --read FILE}, reads once.
   *
   * @param args {@code [rows]}, or {@code --read FILE}
   * @throws Exception if the file cannot be written or a child JVM cannot be started
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--read")) {
      ReadResult<Document> r = TableReader.standard().read(Path.of(args[1]));
      System.exit(r.isRead() && !r.validate().isEmpty() ? 0 : 1);
      return;
    }
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = LargeTable.write(Path.of(System.getProperty("java.io.tmpdir"), "scplan-bench-" + rows + "-rows.csv"),
        rows);
    long size = Files.size(file);
    System.out.printf("table file: %s, %,d bytes, %,d rows%n", file, size, rows);
    Harness.timeAgainst("Jackson's CSV parser", TableCeiling::jackson, file, Integer.getInteger("runs", 7), TableReader.standard()::read);
    String found = "more than " + FACTORS[FACTORS.length - 1] + "x";
    for (double factor : FACTORS) {
      long mb = (long) Math.ceil(size * factor / (1 << 20));
      if (Harness.fits(TableCeiling.class, file, mb, "-Dscplan.table.memoryPerByte=0",
          "-Dscplan.table.largeMemoryPerByte=0")) {
        found = String.format("%.2fx the file (-Xmx%dm)", factor, mb);
        break;
      }
    }
    System.out.printf("scplan reads and checks it in a heap of %s%n", found);
  }


  /** Jackson's CSV parser alone: every cell of the file read as text, nothing kept. */
  static long jackson(Path file) throws IOException {
    long cells = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvParser p = new CsvMapper().getFactory().createParser(in)) {
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      p.setSchema(CsvSchema.emptySchema());
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          cells += p.getText().isEmpty() ? 0 : 1;
        }
      }
    }
    return cells;
  }
}
