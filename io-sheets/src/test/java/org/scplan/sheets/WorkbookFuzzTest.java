package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Timeout;
import org.scplan.csv.TableLimits;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;
import org.scplan.csv.TableReader;

/**
 * Fuzzes the workbook readers with the XML parts a workbook is made of, packaged as a spreadsheet
 * program packages them (fuzzing the zip's bytes would spend the run on checksums). The input is
 * the parts separated by NUL bytes, which XML never holds: for an .xlsx the sheet, then the shared
 * strings, the styles and the workbook part (a missing one is a plain default); for an .ods the
 * {@code content.xml}.
 *
 * <p>The reader never throws, hangs or runs out of memory on a small workbook, and gives either
 * sections or ERROR problems naming the file. Because it reports any unchecked exception as a
 * damaged workbook, each input is also read step by step without that last resort: there only
 * the file's faults may stop reading (an I/O or XML error, a limit, an exception of the XLSX
 * library's own), never an exception thrown by scplan's code.
 *
 * <p>In {@code mvn verify} this replays {@code WorkbookFuzzTestInputs/readsAnyXlsx/} and
 * {@code …/readsAnyOds/}; with {@code JAZZER_FUZZ=1} one of them fuzzes (CONTRIBUTING.md,
 * "Fuzzing").
 */
class WorkbookFuzzTest {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/>"
      + "</cellXfs></styleSheet>";
  private static final String WORKBOOK = "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
      + "<sheet name=\"Budget\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  private static final Path DIR = temporaryDirectory();

  @FuzzTest
  @Timeout(10)
  void readsAnyXlsx(byte[] input) throws IOException, XMLStreamException {
    Path file = DIR.resolve("fuzz.xlsx");
    writeXlsx(file, input);
    readsAsPromised(file, false);
  }

  /** Writes an .xlsx of the parts an input of {@link #readsAnyXlsx} names. */
  static void writeXlsx(Path file, byte[] input) throws IOException {
    List<byte[]> parts = parts(input, 4);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      put(zip, "[Content_Types].xml", ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".spreadsheetml.styles+xml\"/>"
          + (parts.size() > 1 ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
          + "</Types>").getBytes(StandardCharsets.UTF_8));
      put(zip, "_rels/.rels", ("<Relationships xmlns=\"" + PACKAGE_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
          + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
      put(zip, "xl/_rels/workbook.xml.rels", ("<Relationships xmlns=\"" + PACKAGE_REL + "\">"
          + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
          + (parts.size() > 1 ? "<Relationship Id=\"rId3\" Type=\"" + REL
              + "/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
          + "</Relationships>").getBytes(StandardCharsets.UTF_8));
      put(zip, "xl/worksheets/sheet1.xml", parts.get(0));
      if (parts.size() > 1) {
        put(zip, "xl/sharedStrings.xml", parts.get(1));
      }
      put(zip, "xl/styles.xml", parts.size() > 2 ? parts.get(2) : STYLES.getBytes(StandardCharsets.UTF_8));
      put(zip, "xl/workbook.xml", parts.size() > 3 ? parts.get(3) : WORKBOOK.getBytes(StandardCharsets.UTF_8));
    }
  }

  @FuzzTest
  @Timeout(10)
  void readsAnyOds(byte[] input) throws IOException, XMLStreamException {
    Path file = DIR.resolve("fuzz.ods");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      put(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      put(zip, "content.xml", input);
    }
    readsAsPromised(file, true);
  }

  private static void readsAsPromised(Path file, boolean ods) throws IOException, XMLStreamException {
    ReadResult<Document> read = WorkbookReader.standard().read(file);

    assertThat(read.isRead()).isEqualTo(read.problems().isEmpty());
    assertThat(read.value().isPresent()).isEqualTo(read.isRead());
    assertThat(read.problems().findings()).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().source()).contains(file.toString());
      // A few kilobytes never need more memory than a test has: running out is a fault, not the file's.
      assertThat(f.message()).doesNotContain("too large for the memory");
    });
    assertThat(read.validate()).isNotNull();
    readStepByStep(file, ods);
  }

  /** WorkbookReader's steps without its last resort, which reports any unchecked exception as damage. */
  private static void readStepByStep(Path file, boolean ods) throws IOException, XMLStreamException {
    String source = file.toString();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<SheetCells> sheets;
      Map<String, SheetLayout> layouts;
      try {
        layouts = ods ? Map.of() : SheetLayout.ofXlsx(zip, WorkbookReader.MAX_PART_BYTES);
        sheets = ods ? OdsSheets.read(zip, s -> true, TableLimits.standard(), WorkbookReader.MAX_PART_BYTES)
            : XlsxSheets.read(file, s -> true, TableLimits.standard());
      } catch (IOException | UncheckedIOException | XMLStreamException | XlsxSheets.TooLarge e) {
        return; // the file's fault: reported as unreadable or too large
      } catch (RuntimeException e) {
        if (thrownByTheXlsxLibrary(e)) {
          return; // fastexcel-reader's report of a damaged part
        }
        throw e;
      }
      ReadResult<Document> result = TableReader.standard().read(source, sheets.stream().map(SheetCells::printed)
          .toList());
      if (result.isRead()) {
        for (SheetCells sheet : sheets) {
          SheetLayout layout = sheet.layout() != null ? sheet.layout()
              : layouts.getOrDefault(sheet.printed().name(), SheetLayout.NONE);
          assertThat(layout.notes(source, sheet).plus(Formulas.check(source, sheet))).isNotNull();
        }
      }
    }
  }

  /**
   * Whether the first frame of an exception's stack outside the JDK is fastexcel-reader's or that of
   * the XML parser it reads with (Aalto, whose UncheckedStreamException carries its cause's stack).
   */
  private static boolean thrownByTheXlsxLibrary(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String c = frame.getClassName();
      if (!c.startsWith("java.") && !c.startsWith("javax.") && !c.startsWith("jdk.") && !c.startsWith("sun.")
          && !c.startsWith("com.sun.")) {
        return c.startsWith("org.dhatim.") || c.startsWith("com.fasterxml.aalto.");
      }
    }
    return false;
  }

  /** The input's parts between NUL bytes, at most {@code most} (the last takes the rest). */
  private static List<byte[]> parts(byte[] input, int most) {
    List<byte[]> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length && parts.size() < most - 1; i++) {
      if (input[i] == 0) {
        parts.add(Arrays.copyOfRange(input, start, i));
        start = i + 1;
      }
    }
    parts.add(Arrays.copyOfRange(input, start, input.length));
    return parts;
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  private static Path temporaryDirectory() {
    try {
      Path dir = Files.createTempDirectory("scplan-fuzz");
      dir.toFile().deleteOnExit(); // after the files, which are deleted first, in reverse order
      dir.resolve("fuzz.xlsx").toFile().deleteOnExit();
      dir.resolve("fuzz.ods").toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
