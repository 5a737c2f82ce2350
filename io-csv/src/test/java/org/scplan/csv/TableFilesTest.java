package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.budget.BudgetProfile;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.ReadResult;
import org.scplan.core.ReportedAmount;

/**
 * Reading a table from a file or its bytes ({@link TableReader}): the largest file, a workbook named
 * as a table, a file that cannot be opened, the encodings councils' files come in (UTF-8 with or
 * without a byte order mark, UTF-16 with one, Windows-1252 as spreadsheets save it), and a file of
 * more than a mebibyte refused when it could not fit in memory.
 */
class TableFilesTest {
  @TempDir
  Path dir;

  private static final String TABLE = "Adult social care 2019-20\n"
      + "Service,Gross £'000,Income £'000,Net £'000\n"
      + "Café services,10.0,-2.0,8.0\n"
      + "Carers,5.0,-1.0,4.0\n"
      + "Total,15.0,-3.0,12.0\n";

  private static final TableOptions OPTIONS = TableOptions.builder().year(FinancialYear.of(2019)).build();

  private static final TableReader READER = TableReader.of(OPTIONS);

  private static byte[] bytes(byte[] mark, String text, Charset charset) {
    byte[] t = text.getBytes(charset);
    byte[] all = new byte[mark.length + t.length];
    System.arraycopy(mark, 0, all, 0, mark.length);
    System.arraycopy(t, 0, all, mark.length, t.length);
    return all;
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  /** A file of a size without its bytes: a sparse file, its first bytes given. */
  private Path sparse(String name, byte[] start, long size) throws IOException {
    Path file = write(name, start);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
    return file;
  }

  private static void assertReadAsPrinted(ReadResult<Document> r) {
    assertThat(r.isRead()).as("%s", r).isTrue();
    BudgetProfile p = r.sections(BudgetProfile.class).get(0);
    assertThat(p.title()).isEqualTo("Adult social care 2019-20");
    assertThat(p.line(0).name()).isEqualTo("Café services");
    assertThat(p.total().orElseThrow().amount("net")).contains(ReportedAmount.parse("£12.0k"));
  }

  private static Finding problem(ReadResult<Document> r) {
    assertThat(r.isRead()).as("%s", r).isFalse();
    return r.problems().errors().get(0);
  }

  @Test
  void aFileOfTheLargestSizeIsReadAndOneByteMoreIsRefused() throws IOException {
    Path file = write("adults.csv", TABLE.getBytes(StandardCharsets.UTF_8));
    long size = Files.size(file);
    TableOptions exact = TableOptions.builder().from(OPTIONS).limits(OPTIONS.limits().withMaxBytes(size)).build();
    assertReadAsPrinted(TableReader.of(exact).read(file));
    TableOptions less = TableOptions.builder().from(OPTIONS).limits(OPTIONS.limits().withMaxBytes(size - 1)).build();
    Finding f = problem(TableReader.of(less).read(file));
    assertThat(f.code()).isEqualTo(CsvRules.FILE_UNREADABLE);
    assertThat(f.message()).isEqualTo("The file is " + size + " bytes, larger than the " + (size - 1)
        + " bytes a table may have");
  }

  @Test
  void aLimitOfAMebibyteOrMoreIsAlsoGivenInMebibytes() throws IOException {
    Path file = sparse("big.csv", "Service,Net\n".getBytes(StandardCharsets.UTF_8), (1 << 20) + 1);
    TableOptions mebibyte = TableOptions.builder().limits(TableLimits.standard().withMaxBytes(1 << 20)).build();
    assertThat(problem(TableReader.of(mebibyte).read(file)).message()).isEqualTo("The file is 1,048,577 bytes, larger"
        + " than the 1,048,576 bytes (1 MiB) a table may have");
    TableOptions below = TableOptions.builder().limits(TableLimits.standard().withMaxBytes((1 << 20) - 1)).build();
    assertThat(problem(TableReader.of(below).read(file)).message()).isEqualTo("The file is 1,048,577 bytes, larger"
        + " than the 1,048,575 bytes a table may have");
  }

  @Test
  void aWorkbookIsKnownByItsFirstFourBytes() throws IOException {
    assertThat(problem(TableReader.standard().read(write("book.csv", new byte[] {'P', 'K', 3, 4}))).message())
        .startsWith("The file is a zip package");
    assertThat(problem(TableReader.standard().read(write("old.csv", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
        (byte) 0xE0}))).message()).startsWith("The file is an encrypted workbook");
    assertThat(problem(TableReader.standard().read(write("pk.csv", new byte[] {'P', 'K', 3}))).message())
        .as("three bytes are no workbook").doesNotStartWith("The file is a zip package");
  }

  @Test
  void aFileThatCannotBeOpenedIsAProblemNamingIt() throws IOException {
    Finding missing = problem(TableReader.standard().read(dir.resolve("missing.csv")));
    assertThat(missing.code()).isEqualTo(CsvRules.FILE_UNREADABLE);
    assertThat(missing.message()).isEqualTo("Could not open the file: no such file");
    assertThat(missing.location().source()).contains(dir.resolve("missing.csv").toString());
    Path folder = Files.createDirectory(dir.resolve("folder.csv"));
    assertThat(problem(TableReader.standard().read(folder)).message()).startsWith("Could not read the file: ");
  }

  @Test
  void utf8WithOrWithoutAByteOrderMarkAndUtf16WithOneAreRead() throws IOException {
    assertReadAsPrinted(READER.read("plain.csv", TABLE.getBytes(StandardCharsets.UTF_8)));
    assertReadAsPrinted(READER.read("bom.csv", bytes(UTF8_BOM, TABLE, StandardCharsets.UTF_8)));
    assertReadAsPrinted(READER.read("le.csv", bytes(UTF16LE_BOM, TABLE, StandardCharsets.UTF_16LE)));
    assertReadAsPrinted(READER.read("be.csv", bytes(UTF16BE_BOM, TABLE, StandardCharsets.UTF_16BE)));
    assertReadAsPrinted(READER.read(write("file.csv", bytes(UTF16LE_BOM, TABLE, StandardCharsets.UTF_16LE))));
    assertThat(READER.read("bom.csv", bytes(UTF8_BOM, TABLE, StandardCharsets.UTF_8)).notes()
        .withCode(CsvRules.FILE_ENCODING)).isEmpty();
  }

  @Test
  void aByteOrderMarkAloneIsAnEmptyTable() {
    for (byte[] mark : new byte[][] {UTF8_BOM, UTF16LE_BOM, UTF16BE_BOM}) {
      ReadResult<Document> r = READER.read("empty.csv", mark);
      assertThat(problem(r).code()).isEqualTo(CsvRules.TABLE_EMPTY);
      assertThat(r.notes().withCode(CsvRules.FILE_ENCODING)).as("read in the mark's encoding").isEmpty();
    }
  }

  @Test
  void textThatIsNotUtf8IsReadAsWindows1252WithANote() {
    ReadResult<Document> r = READER.read("cafe.csv", TABLE.getBytes(Charset.forName("windows-1252")));
    assertReadAsPrinted(r);
    assertThat(r.notes().withCode(CsvRules.FILE_ENCODING)).singleElement().extracting(Finding::message)
        .isEqualTo("The file is not UTF-8; it is read as windows-1252, as spreadsheets save tables (£ is byte A3)");
  }

  @Test
  void aByteOrderMarkBeforeTextOfAnotherEncodingIsAProblem() {
    // A lone high surrogate (D800) followed by "A" is no UTF-16.
    byte[] le = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 'A', 0};
    assertThat(problem(READER.read("le.csv", le)).message())
        .isEqualTo("The file starts with a UTF-16LE byte order mark but is not UTF-16LE text");
    byte[] be = {(byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0x00, 0, 'A'};
    assertThat(problem(READER.read("be.csv", be)).message())
        .isEqualTo("The file starts with a UTF-16BE byte order mark but is not UTF-16BE text");
    byte[] utf8 = bytes(UTF8_BOM, "Caf\u00e9", Charset.forName("windows-1252"));
    assertThat(problem(READER.read("u.csv", utf8)).message())
        .isEqualTo("The file starts with a UTF-8 byte order mark but is not UTF-8 text");
  }

  @Test
  void aFileTooLargeForTheMemoryIsRefusedSayingHowMuchItNeeds() throws IOException {
    long size = 1L << 36; // 64 GiB, of which only the first bytes are on the disk
    Path file = sparse("huge.csv", "Service,Gross,Income,Net\n".getBytes(StandardCharsets.UTF_8), size);
    TableOptions unlimited = TableOptions.builder().limits(TableLimits.standard().withMaxBytes(Long.MAX_VALUE)).build();
    Finding f = problem(TableReader.of(unlimited).read(file));
    long mib = 1 << 20;
    long need = size * TableReader.MEMORY_PER_BYTE;
    assertThat(f.code()).isEqualTo(CsvRules.FILE_TOO_LARGE);
    assertThat(f.message()).startsWith("The table is too large for the memory this program may use: its 65536 MiB"
        + " need about " + need / mib + " MiB, and ").endsWith(" MiB are free; give Java more (for scplan,"
        + " JDK_JAVA_OPTIONS=-Xmx" + (need * 5 / 4 / (1024 * mib) + 1) + "g) or split the table");
  }
}
