package org.scplan.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.sheets.WorkbookReader;

/**
 * How much time and heap reading a large workbook takes: a 100,000-row, 10-column budget sheet in
 * .xlsx, read and checked by scplan ({@code WorkbookReader.read} and {@code validate()}), against
 * fastexcel-reader alone streaming the same sheet (every cell's value and number format read,
 * nothing kept), one after the other in each run in the same JVM; then the smallest {@code -Xmx},
 * as a multiple of the sheet's uncompressed XML, at which a fresh JVM reads and checks it.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.scplan.benchmarks.WorkbookCeiling [rows]</pre>
 */
public final class WorkbookCeiling {
  private static final double[] FACTORS = {0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 15.0, 20.0};

  private WorkbookCeiling() {}

  /**
   * Times the reading and finds the heap ceiling, or, with {@code --read FILE}, reads once.
   *
   * @param args {@code [rows]}, or {@code --read FILE}
   * @throws Exception if the file cannot be written or a child JVM cannot be started
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--read")) {
      ReadResult<Document> r = WorkbookReader.standard().read(Path.of(args[1]));
      System.exit(r.isRead() && !r.validate().isEmpty() ? 0 : 1);
      return;
    }
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "scplan-bench-" + rows + "-rows.xlsx");
    write(file, rows);
    long xml;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      xml = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).mapToLong(e -> e.getSize()).sum();
    }
    System.out.printf("workbook: %s, %,d bytes, sheet XML %,d bytes uncompressed, %,d rows x 10 columns%n", file,
        Files.size(file), xml, rows);
    Harness.timeAgainst("fastexcel-reader", WorkbookCeiling::fastexcel, file, Integer.getInteger("runs", 7), WorkbookReader.standard()::read);
    String found = "more than " + FACTORS[FACTORS.length - 1] + "x";
    for (double factor : FACTORS) {
      long mb = (long) Math.ceil(xml * factor / (1 << 20));
      if (Harness.fits(WorkbookCeiling.class, file, mb, "-Dscplan.table.memoryPerByte=0")) {
        found = String.format("%.2fx the sheet's XML (-Xmx%dm)", factor, mb);
        break;
      }
    }
    System.out.printf("scplan reads and checks it in a heap of %s%n", found);
  }

  /**
   * A budget sheet as a finance team keeps one: a title, headings, then lines of staffing,
   * non-staffing, gross (their sum), income, grants and net cost (gross + income + grants), last
   * year's net, the change and FTE, in £'000 to one decimal (FTE to two), and a total row.
   */
  static void write(Path file, int rows) throws IOException {
    Random random = new Random(42);
    String[] headings = {"Service", "Staffing £'000", "Non staffing £'000", "Gross expenditure £'000", "Income £'000",
        "Grants £'000", "Net cost £'000", "Net cost last year £'000", "Change £'000", "FTE"};
    BigDecimal[] totals = new BigDecimal[9];
    java.util.Arrays.fill(totals, BigDecimal.ZERO);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "scplan-benchmarks", "1.0");
      Worksheet ws = wb.newWorksheet("Budget");
      ws.value(0, 0, "Revenue budget 2024-25");
      for (int c = 0; c < headings.length; c++) {
        ws.value(1, c, headings[c]);
      }
      for (int r = 0; r < rows; r++) {
        BigDecimal staffing = BigDecimal.valueOf(random.nextInt(1_000_000), 1);
        BigDecimal other = BigDecimal.valueOf(random.nextInt(2_000_000), 1);
        BigDecimal gross = staffing.add(other);
        BigDecimal income = BigDecimal.valueOf(-random.nextInt(500_000), 1);
        BigDecimal grants = BigDecimal.valueOf(-random.nextInt(200_000), 1);
        BigDecimal net = gross.add(income).add(grants);
        BigDecimal last = BigDecimal.valueOf(random.nextInt(2_000_000), 1);
        BigDecimal change = net.subtract(last);
        BigDecimal fte = BigDecimal.valueOf(random.nextInt(100_000), 2);
        BigDecimal[] line = {staffing, other, gross, income, grants, net, last, change, fte};
        ws.value(r + 2, 0, "Service " + r);
        for (int c = 0; c < line.length; c++) {
          ws.value(r + 2, c + 1, line[c]);
          ws.style(r + 2, c + 1).format(c == 8 ? "#,##0.00" : "#,##0.0").set();
          totals[c] = totals[c].add(line[c]);
        }
        if (r % 10_000 == 0) {
          ws.flush();
        }
      }
      ws.value(rows + 2, 0, "Total");
      for (int c = 0; c < totals.length; c++) {
        ws.value(rows + 2, c + 1, totals[c]);
        ws.style(rows + 2, c + 1).format(c == 8 ? "#,##0.00" : "#,##0.0").set();
      }
      wb.finish();
    }
  }

  /** fastexcel-reader alone: every cell's raw value and number format read, nothing kept. */
  static long fastexcel(Path file) throws IOException {
    long cells = 0;
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      Iterator<Sheet> sheets = wb.getSheets().iterator();
      while (sheets.hasNext()) {
        try (Stream<Row> stream = sheets.next().openStream()) {
          Iterator<Row> it = stream.iterator();
          while (it.hasNext()) {
            Row row = it.next();
            for (int c = 0; c < row.getCellCount(); c++) {
              Cell cell = row.getCell(c);
              if (cell != null && cell.getRawValue() != null && cell.getDataFormatString() != null | cell != null) {
                cells++;
              }
            }
          }
        }
      }
    }
    return cells;
  }

}
