package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;

/**
 * The limits a workbook is read within, at their edges: a part as large as the limit is read and one
 * byte more is refused; a part of up to 1 MiB may expand any amount, a larger one at most the ratio
 * set; a part's stream stops at its limit whatever its header says. Also the first bytes that tell a
 * workbook from an encrypted or old one, a file too short to be a zip or empty, a zip that is no
 * workbook, and the reasons given for damage, on one line.
 */
class WorkbookLimitsTest {
  @TempDir
  Path dir;

  private static final String BUDGET = table("Budget", "15,371", "6,814", "8,557");

  /** A sheet of the budget requirement less business rates retention, in £'000. */
  private static String table(String name, String requirement, String retention, String council) {
    StringBuilder xml = new StringBuilder("<table:table table:name=\"" + name + "\">");
    for (String[] row : new String[][] {{"Analysis Type", "Budget 2024/25"}, {"Budget Requirement", requirement},
        {"Less Business Rates Retention", retention}, {"Council Tax Requirement", council}}) {
      TestWorkbooks.Stored figure = TestWorkbooks.stored(row[1]);
      xml.append("<table:table-row><table:table-cell><text:p>").append(row[0]).append("</text:p></table:table-cell>")
          .append(figure == null ? "<table:table-cell>" : "<table:table-cell office:value-type=\"float\" office:value=\""
              + figure.value().toPlainString() + "\">")
          .append("<text:p>").append(row[1]).append("</text:p></table:table-cell></table:table-row>");
    }
    return xml.append("</table:table>").toString();
  }

  private static String content(String tables) {
    return TestWorkbooks.odsContent(tables);
  }

  /** An .ods whose content.xml is the budget sheet followed by white space up to {@code size} bytes. */
  private Path padded(String name, int size) throws IOException {
    String xml = content(BUDGET);
    Path file = dir.resolve(name);
    TestWorkbooks.writeOds(file, xml + " ".repeat(size - xml.length()));
    return file;
  }

  private static ZipEntry part(Path file, String name) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry(name);
    }
  }

  private static long largestPart(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return Collections.list(zip.entries()).stream().mapToLong(ZipEntry::getSize).max().orElseThrow();
    }
  }

  private static Finding problem(ReadResult<Document> read) {
    assertThat(read.isRead()).isFalse();
    return read.problems().errors().get(0);
  }

  @Test
  void aPartAsLargeAsTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
    Path ods = padded("budget.ods", 4000);
    long largest = largestPart(ods);
    assertThat(largest).isEqualTo(4000);

    assertThat(WorkbookReader.standard().withPartLimits(largest, 200).read(ods).isRead()).isTrue();
    Finding refused = problem(WorkbookReader.standard().withPartLimits(largest - 1, 200).read(ods));
    assertThat(refused.code()).isEqualTo(SheetRules.WORKBOOK_TOO_LARGE);
    assertThat(refused.message()).isEqualTo("The workbook's part content.xml is 4,000 bytes uncompressed, more than"
        + " the 3,999 bytes read");
  }

  @Test
  void anXlsxPartAsLargeAsTheLimitIsRead() throws IOException {
    Path xlsx = dir.resolve("budget.xlsx");
    TestWorkbooks.writeXlsx(xlsx, "Budget", WorkbookReaderTest.rows("Analysis Type\tBudget 2024/25",
        "Budget Requirement\t15,371", "Less Business Rates Retention\t6,814", "Council Tax Requirement\t8,557"));
    long largest = largestPart(xlsx);

    assertThat(WorkbookReader.standard().withPartLimits(largest, 200).read(xlsx).isRead()).isTrue();
    assertThat(problem(WorkbookReader.standard().withPartLimits(largest - 1, 200).read(xlsx)).code())
        .isEqualTo(SheetRules.WORKBOOK_TOO_LARGE);
  }

  @Test
  void aPartOfOneMebibyteMayExpandAnyAmount() throws IOException {
    Path ods = padded("mebibyte.ods", 1 << 20);
    ZipEntry content = part(ods, "content.xml");
    assertThat(content.getSize() / content.getCompressedSize()).isGreaterThan(WorkbookReader.MAX_RATIO);

    assertThat(WorkbookReader.standard().read(ods).isRead()).isTrue();
    assertThat(problem(WorkbookReader.standard().read(padded("more.ods", (1 << 20) + 1))).message())
        .contains("refused as a zip bomb");
  }

  @Test
  void aLargerPartMayExpandUpToTheRatioSet() throws IOException {
    Path ods = padded("expands.ods", 2 << 20);
    ZipEntry content = part(ods, "content.xml");
    long ratio = content.getSize() / content.getCompressedSize();

    assertThat(WorkbookReader.standard().withPartLimits(WorkbookReader.MAX_PART_BYTES, ratio).read(ods).isRead())
        .isTrue();
    Finding refused = problem(WorkbookReader.standard().withPartLimits(WorkbookReader.MAX_PART_BYTES, ratio - 1)
        .read(ods));
    assertThat(refused.code()).isEqualTo(SheetRules.WORKBOOK_TOO_LARGE);
    assertThat(refused.message()).isEqualTo("The workbook's part content.xml expands " + ratio + " times ("
        + content.getCompressedSize() + " bytes to " + content.getSize() + "), more than the " + (ratio - 1)
        + " times a workbook does: it is refused as a zip bomb");
  }

  @Test
  void partLimitsAreAtLeastOne() {
    assertThat(WorkbookReader.standard().withPartLimits(1, 1).toString())
        .contains("parts of at most 1 bytes expanding at most 1 times");
    assertThatThrownBy(() -> WorkbookReader.standard().withPartLimits(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkbookReader.standard().withPartLimits(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} bytes: {1}")
  @CsvSource(delimiter = '|', value = {
      "1023|1,023 bytes",
      "1048575|1,048,575 bytes",
      "1048576|1 MiB",
      "3145727|2 MiB",
      "536870912|512 MiB"})
  void sizesAreSaidInBytesBelowAMebibyteAndInMebibytesAbove(long size, String said) {
    assertThat(WorkbookReader.bytes(size)).isEqualTo(said);
  }

  @Test
  void aBoundedStreamGivesUpToItsLimitAndRefusesMore() throws IOException {
    byte[] zeros = new byte[10];
    assertThat(WorkbookReader.bounded(new ByteArrayInputStream(zeros), "content.xml", 10).readAllBytes())
        .hasSize(10);
    assertThatThrownBy(() -> WorkbookReader.bounded(new ByteArrayInputStream(zeros), "content.xml", 9).readAllBytes())
        .isInstanceOf(XlsxSheets.TooLarge.class)
        .hasMessage("The workbook's part content.xml expands beyond the 9 bytes read");
  }

  @Test
  void aBoundedStreamReadByteByByteCountsEveryByteButNotTheEnd() throws IOException {
    InputStream exact = WorkbookReader.bounded(new ByteArrayInputStream(new byte[10]), "content.xml", 10);
    for (int i = 0; i < 10; i++) {
      assertThat(exact.read()).isZero();
    }
    assertThat(exact.read()).isEqualTo(-1);
    assertThat(exact.read()).isEqualTo(-1);

    InputStream over = WorkbookReader.bounded(new ByteArrayInputStream(new byte[10]), "content.xml", 9);
    for (int i = 0; i < 9; i++) {
      assertThat(over.read()).isZero();
    }
    assertThatThrownBy(over::read).isInstanceOf(XlsxSheets.TooLarge.class);
  }

  @Test
  void theFirstBytesTellAWorkbookFromOthers() throws IOException {
    Path ole2 = dir.resolve("old.xls");
    Files.write(ole2, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    assertThat(problem(WorkbookReader.standard().read(ole2)).message()).contains("encrypted workbook or an Excel 97-2003");

    Path pk = dir.resolve("short.xlsx");
    Files.write(pk, new byte[] {'P', 'K'});
    assertThat(problem(WorkbookReader.standard().read(pk)).message())
        .isEqualTo("The file is not a workbook (.xlsx or .ods): it is not a zip package; a table saved as CSV is read"
            + " by name .csv");

    Path header = dir.resolve("header.xlsx");
    Files.write(header, new byte[] {'P', 'K', 3, 4});
    assertThat(problem(WorkbookReader.standard().read(header)).message())
        .startsWith("The workbook is damaged or truncated");

    Path empty = dir.resolve("empty.xlsx");
    Files.write(empty, new byte[0]);
    assertThat(problem(WorkbookReader.standard().read(empty)).message()).endsWith("it is not a zip package (it is empty)");
  }

  @Test
  void aFileThatCannotBeReadIsUnreadable() {
    Finding f = problem(WorkbookReader.standard().read(dir));
    assertThat(f.code()).isEqualTo(SheetRules.WORKBOOK_UNREADABLE);
    assertThat(f.message()).startsWith("Could not read the file: ");
  }

  @Test
  void aZipWithAnotherMimetypeIsNoWorkbook() throws IOException {
    Path epub = dir.resolve("book.ods");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(epub))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/epub+zip".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content(BUDGET).getBytes(StandardCharsets.UTF_8));
    }
    Finding f = problem(WorkbookReader.standard().read(epub));
    assertThat(f.code()).isEqualTo(SheetRules.WORKBOOK_UNREADABLE);
    assertThat(f.message()).startsWith("The file is a zip package but not a workbook");
  }

  @Test
  void onlyTheSheetsNamedAreReadAndAMissingOneIsNamedAmongAllSheets() throws IOException {
    Path ods = dir.resolve("two.ods");
    TestWorkbooks.writeOds(ods, content(BUDGET + table("Capital", "900", "300", "600")));

    ReadResult<Document> both = WorkbookReader.standard().read(ods);
    ReadResult<Document> one = WorkbookReader.standard().sheets("Capital").read(ods);
    assertThat(both.value().orElseThrow().sections()).hasSize(2);
    assertThat(one.value().orElseThrow().sections()).hasSize(1);
    assertThat(problem(WorkbookReader.standard().sheets("Revenue").read(ods)).message())
        .endsWith("its sheets are Budget, Capital");
  }

  @Test
  void aSheetMissingFromAnXlsxIsNamedAmongItsSheets() throws IOException {
    Path xlsx = dir.resolve("budget.xlsx");
    TestWorkbooks.writeXlsx(xlsx, "Budget", WorkbookReaderTest.rows("Budget Requirement\t15,371"));
    assertThat(problem(WorkbookReader.standard().sheets("Capital").read(xlsx)).message())
        .isEqualTo("The workbook has no sheet named Capital; its sheets are Budget");
  }

  @Test
  void aReasonIsTheFirstMessageInItsCausesOnOneLine() {
    assertThat(WorkbookReader.reason(new RuntimeException(null, new IllegalStateException("bad\n  part"))))
        .isEqualTo("bad part");
    assertThat(WorkbookReader.reason(new IllegalStateException())).isEqualTo("IllegalStateException");
    assertThat(WorkbookReader.reason(new IllegalStateException("x".repeat(300)))).isEqualTo("x".repeat(300));
    assertThat(WorkbookReader.reason(new IllegalStateException("x".repeat(301)))).isEqualTo("x".repeat(300) + "…");
    assertThat(WorkbookReader.reason(new IllegalStateException("DOCTYPE is disallowed")))
        .startsWith("DOCTYPE is disallowed (the workbook's XML declares or uses entities");
    assertThat(WorkbookReader.reason(new IllegalStateException("Undeclared general Entity \"x\"")))
        .contains("(the workbook's XML declares or uses entities");
    assertThat(WorkbookReader.reason(new IllegalStateException("Unexpected end of file"))).isEqualTo(
        "Unexpected end of file");
  }
}
