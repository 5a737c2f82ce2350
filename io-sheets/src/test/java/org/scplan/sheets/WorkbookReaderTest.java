package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.csv.TableLimits;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;

/** Reading workbooks: cells named as the workbook names them, sheets chosen, hostile files refused. */
class WorkbookReaderTest {
  @TempDir
  Path dir;

  private static final List<List<String>> STAFFORD = rows(
      "Analysis Type\tBudget 2024/25\tBand D Equivalent",
      "Budget Requirement\t15,371\t311.76",
      "Less Business Rates Retention\t6,814\t138.20",
      "Council Tax Requirement\t8,557\t178.56");

  static List<List<String>> rows(String... lines) {
    return Arrays.stream(lines).map(l -> Arrays.asList(l.split("\t", -1))).toList();
  }

  @Test
  void aFindingNamesItsCellAsTheWorkbookDoes() throws IOException {
    Path xlsx = dir.resolve("stafford.xlsx");
    TestWorkbooks.writeXlsx(xlsx, "Budget 2024", STAFFORD);

    ReadResult<Document> read = WorkbookReader.standard().read(xlsx);

    assertThat(read.isRead()).isTrue();
    List<Finding> errors = read.validate().errors();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).location().cell().orElseThrow().reference()).isEqualTo("'Budget 2024'!C4");
    assertThat(errors.get(0).message()).contains("173.56");
  }

  @Test
  void theFigureCheckedIsTheOnePrinted() throws IOException {
    // Each figure printed to two decimals stands for ±0.005, and the relation is checked within
    // what the printed figures allow.
    Path ods = dir.resolve("budget.ods");
    TestWorkbooks.writeOds(ods, "Budget", STAFFORD);
    ReadResult<Document> read = WorkbookReader.standard().read(ods);
    assertThat(read.validate().errors()).singleElement().extracting(Finding::message).asString()
        .contains("is printed 178.56", "311.76 − 138.20 = 173.56 (± 0.01)");
  }

  @Test
  void sheetsCanBeChosenByNameAndAMissingOneIsNamed() throws IOException {
    Path ods = dir.resolve("two.ods");
    TestWorkbooks.writeOds(ods, "Budget", STAFFORD);

    assertThat(WorkbookReader.standard().sheets("Budget").read(ods).isRead()).isTrue();
    ReadResult<Document> missing = WorkbookReader.standard().sheets("Capital").read(ods);
    assertThat(missing.isRead()).isFalse();
    assertThat(missing.problems().errors().get(0).code()).isEqualTo(SheetRules.SHEET_MISSING);
    assertThat(missing.problems().errors().get(0).message()).contains("no sheet named Capital", "its sheets are Budget");
  }

  @Test
  void aSheetWithNoTableIsLeftOutWithANote() throws IOException {
    Path ods = dir.resolve("notes.ods");
    String content = TestWorkbooks.odsContent(
        "<table:table table:name=\"Notes\"><table:table-row><table:table-cell><text:p>Figures in £000s</text:p>"
        + "</table:table-cell></table:table-row></table:table>"
        + "<table:table table:name=\"Budget\">" + tableRows(STAFFORD) + "</table:table>");
    TestWorkbooks.writeOds(ods, content);

    ReadResult<Document> read = WorkbookReader.standard().read(ods);

    assertThat(read.isRead()).isTrue();
    assertThat(read.notes().withCode("csv.sheet.skipped")).extracting(Finding::message)
        .containsExactly("Sheet Notes holds no table (no row has two cells filled); it is not read");
    assertThat(read.validate().errors()).hasSize(1);
  }

  @Test
  void sheetsWithTheSameTitleAreSectionsOfTheirOwnAndEachFindingIsOnItsOwnSheet() throws IOException {
    List<List<String>> wrong = rows("Council tax 2024/25", "Analysis Type\tBudget 2024/25\tBand D Equivalent",
        "Budget Requirement\t15,371\t311.76", "Less Business Rates Retention\t6,814\t138.20",
        "Council Tax Requirement\t8,557\t178.56");
    List<List<String>> right = rows("Council tax 2024/25", "Analysis Type\tBudget 2024/25\tBand D Equivalent",
        "Budget Requirement\t15,371\t311.76", "Less Business Rates Retention\t6,814\t138.20",
        "Council Tax Requirement\t8,557\t173.56");
    for (boolean wrongFirst : new boolean[] {true, false}) {
      Path ods = dir.resolve("same-title-" + wrongFirst + ".ods");
      List<List<String>> first = wrongFirst ? wrong : right;
      List<List<String>> second = wrongFirst ? right : wrong;
      TestWorkbooks.writeOds(ods, TestWorkbooks.odsContent(
          "<table:table table:name=\"Stafford\">" + tableRows(first) + "</table:table>"
          + "<table:table table:name=\"Lichfield\">" + tableRows(second) + "</table:table>"));

      ReadResult<Document> read = WorkbookReader.standard().read(ods);

      assertThat(read.value().orElseThrow().sections()).extracting(s -> s.id()).doesNotHaveDuplicates().hasSize(2);
      List<Finding> errors = read.validate().errors();
      assertThat(errors).singleElement().satisfies(f -> assertThat(f.location().cell().orElseThrow().reference())
          .isEqualTo((wrongFirst ? "Stafford" : "Lichfield") + "!C5"));
    }
  }

  private static String tableRows(List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    for (List<String> row : rows) {
      sb.append("<table:table-row>");
      row.forEach(t -> sb.append("<table:table-cell><text:p>").append(TestWorkbooks.escape(t))
          .append("</text:p></table:table-cell>"));
      sb.append("</table:table-row>");
    }
    return sb.toString();
  }

  // Hostile files: each a problem naming the file, never an exception.

  private ReadResult<Document> refused(Path file, String code) {
    ReadResult<Document> read = WorkbookReader.standard().read(file);
    assertThat(read.isRead()).as("%s is read", file).isFalse();
    Finding problem = read.problems().errors().get(0);
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.location().source()).contains(file.toString());
    return read;
  }

  @Test
  void aCsvRenamedXlsxIsNotAWorkbook() throws IOException {
    Path file = dir.resolve("budget.xlsx");
    Files.writeString(file, "Service,Gross\nRoads,10\n");
    assertThat(refused(file, SheetRules.WORKBOOK_UNREADABLE).problems().errors().get(0).message())
        .contains("not a zip package");
  }

  @Test
  void anEncryptedWorkbookOrAnXlsIsNamedAsSuch() throws IOException {
    Path file = dir.resolve("budget.xlsx");
    byte[] ole2 = new byte[4096];
    ole2[0] = (byte) 0xD0;
    ole2[1] = (byte) 0xCF;
    ole2[2] = 0x11;
    ole2[3] = (byte) 0xE0;
    Files.write(file, ole2);
    assertThat(refused(file, SheetRules.WORKBOOK_UNREADABLE).problems().errors().get(0).message())
        .contains("encrypted workbook or an Excel 97-2003 (.xls)");
  }

  @Test
  void aTruncatedWorkbookIsDamaged() throws IOException {
    Path whole = dir.resolve("whole.xlsx");
    TestWorkbooks.writeXlsx(whole, "Budget", STAFFORD);
    byte[] bytes = Files.readAllBytes(whole);
    Path file = dir.resolve("truncated.xlsx");
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    refused(file, SheetRules.WORKBOOK_UNREADABLE);
    Path empty = dir.resolve("empty.xlsx");
    Files.write(empty, new byte[0]);
    refused(empty, SheetRules.WORKBOOK_UNREADABLE);
    refused(dir.resolve("none.xlsx"), SheetRules.WORKBOOK_UNREADABLE);
  }

  @Test
  void aZipBombIsRefusedBeforeItIsExpanded() throws IOException {
    Path file = dir.resolve("bomb.ods");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
    }
    assertThat(Files.size(file)).isLessThan(1 << 20);
    assertThat(refused(file, SheetRules.WORKBOOK_TOO_LARGE).problems().errors().get(0).message())
        .contains("zip bomb");
  }

  @Test
  void thePartLimitsAreTheCallersToSet() throws IOException {
    Path xlsx = dir.resolve("stafford.xlsx");
    TestWorkbooks.writeXlsx(xlsx, "Budget 2024", STAFFORD);
    WorkbookReader small = WorkbookReader.standard().withPartLimits(512, 200);

    ReadResult<Document> read = small.read(xlsx);

    assertThat(read.isRead()).isFalse();
    assertThat(read.problems().errors()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(SheetRules.WORKBOOK_TOO_LARGE);
      assertThat(f.message()).contains("uncompressed, more than the 512 bytes read");
    });
    assertThat(WorkbookReader.standard().read(xlsx).isRead()).isTrue();
    assertThat(small.toString()).contains("parts of at most 512 bytes expanding at most 200 times");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> small.withPartLimits(0, 200)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void externalEntitiesAndEntityExpansionAreNeverResolved() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">"
        + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
        + "<table:table table:name=\"T\"><table:table-row><table:table-cell><text:p>&x;</text:p></table:table-cell>"
        + "<table:table-cell><text:p>&c;</text:p></table:table-cell></table:table-row></table:table>"
        + "</office:spreadsheet></office:body></office:document-content>";
    Path file = dir.resolve("xxe.ods");
    TestWorkbooks.writeOds(file, xxe);

    ReadResult<Document> read = WorkbookReader.standard().read(file);

    assertThat(read.toString() + read.validate()).doesNotContain("TOP-SECRET");
    assertThat(read.isRead()).isFalse();
  }

  @Test
  void aRowBeyondTheColumnsATableMayHaveIsRefused() throws IOException {
    Path file = dir.resolve("wide.ods");
    TestWorkbooks.writeOds(file, TestWorkbooks.odsContent(
        "<table:table table:name=\"T\"><table:table-row><table:table-cell table:number-columns-repeated=\"2000000000\">"
        + "<text:p>1</text:p></table:table-cell></table:table-row></table:table>"));
    refused(file, SheetRules.WORKBOOK_TOO_LARGE);
  }

  /**
   * Found by fuzzing (WorkbookFuzzTest): fastexcel-reader grows a row to its cell's column, which for
   * this reference never ended. The cell is refused before the sheet is streamed.
   */
  @Test
  @Timeout(10)
  void aCellReferenceBeyondTheColumnsATableMayHaveIsRefusedBeforeStreaming() throws IOException {
    Path file = xlsx("far.xlsx", "<row r=\"2\"><c r=\"ARRRRRRRRRRRRRRRRRRRRRRRRRRRRR2\" t=\"inlineStr\"><is><t>Service"
        + "</t></is></c><c r=\"B2\"><v>1</v></c></row>");
    Finding f = refused(file, SheetRules.WORKBOOK_TOO_LARGE).problems().errors().get(0);
    assertThat(f.message()).isEqualTo("Sheet Budget has a cell ARRRRRRRRRRRRRRRRRRR… beyond the 1000 columns a table may"
        + " have");
  }

  /** Found by fuzzing (WorkbookFuzzTest): a sheet with no name was reported as a damaged workbook ("name"). */
  @Test
  void aSheetTheWorkbookDoesNotNameIsNamedByItsPlace() throws IOException {
    Path file = dir.resolve("nameless.xlsx");
    String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    StringBuilder data = new StringBuilder();
    for (int r = 0; r < STAFFORD.size(); r++) {
      data.append("<row r=\"").append(r + 1).append("\">");
      for (int c = 0; c < STAFFORD.get(r).size(); c++) {
        data.append("<c r=\"").append(Formulas.letters(c + 1)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
            .append(TestWorkbooks.escape(STAFFORD.get(r).get(c))).append("</t></is></c>");
      }
      data.append("</row>");
    }
    WorkbookFuzzTest.writeXlsx(file, String.join("\0", "<worksheet xmlns=\"" + main + "\"><sheetData>" + data
        + "</sheetData></worksheet>", "<sst xmlns=\"" + main + "\"/>", "<styleSheet xmlns=\"" + main + "\"/>",
        "<workbook xmlns=\"" + main + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<sheets><sheet sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));

    ReadResult<Document> read = WorkbookReader.standard().read(file);

    assertThat(read.problems().findings()).isEmpty();
    assertThat(read.orElseThrow().sections()).hasSize(1);
    assertThat(read.validate().findings().stream().flatMap(f -> f.location().cell().stream())
        .map(cell -> cell.reference())).isNotEmpty().allSatisfy(cell -> assertThat(cell).startsWith("Sheet1!"));
  }

  /** Found by fuzzing (WorkbookFuzzTest): a hidden row numbered 0 was reported as a damaged workbook. */
  @Test
  void aHiddenRowThatNoRowCanBeIsLeftAlone() throws IOException {
    Path file = xlsx("row-zero.xlsx", "<row r=\"0\" hidden=\"1\"/>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Budget</t></is></c><c r=\"B1\"><v>1</v></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Care</t></is></c><c r=\"B2\"><v>2</v></c></row>");

    ReadResult<Document> read = WorkbookReader.standard().read(file);

    assertThat(read.problems().findings()).isEmpty();
    assertThat(read.validate().withCode(SheetRules.ROWS_HIDDEN)).isEmpty();
  }

  /** Found by fuzzing (WorkbookFuzzTest): a table inside a row, outside its cells, ended the outer table's rows. */
  @Test
  void aTableInsideARowOutsideItsCellsIsDamage() throws IOException {
    Path file = dir.resolve("nested.ods");
    TestWorkbooks.writeOds(file, TestWorkbooks.odsContent("<table:table table:name=\"T\"><table:table-row>"
        + "<table:table-cell><text:p>Care</text:p></table:table-cell><table:table table:name=\"U\"/>"
        + "<table:table-cell><text:p>1</text:p></table:table-cell></table:table-row></table:table>"));
    Finding f = refused(file, SheetRules.WORKBOOK_UNREADABLE).problems().errors().get(0);
    assertThat(f.message()).contains("table T holds another table outside its cells");
  }

  /** Found by fuzzing (WorkbookFuzzTest): 1e1000000 was printed as a million digits (the reader hung). */
  @Test
  @Timeout(10)
  void aNumberNoSpreadsheetHoldsIsReadAsItsText() throws IOException {
    Path file = xlsx("huge.xlsx", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Care</t></is></c>"
        + "<c r=\"B1\"><v>1e1000000</v></c><c r=\"C1\"><v>1.5e2</v></c></row>");

    assertThat(XlsxSheets.read(file, s -> true, TableLimits.standard()).get(0).printed().rows().get(0))
        .containsExactly("Care", "1e1000000", "150");
    assertThat(WorkbookReader.standard().read(file).problems().codes())
        .doesNotContain(SheetRules.WORKBOOK_UNREADABLE, SheetRules.WORKBOOK_TOO_LARGE);
  }

  /** An .xlsx of one sheet, Budget, whose sheetData holds the rows given. */
  private Path xlsx(String name, String rows) throws IOException {
    Path file = dir.resolve(name);
    WorkbookFuzzTest.writeXlsx(file, ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData>" + rows + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
    return file;
  }

  @Test
  void aCellLongerThanATableCellMayBeIsRefusedAndTheLimitCanBeChanged() throws IOException {
    Path xlsx = dir.resolve("long.xlsx");
    TestWorkbooks.writeXlsx(xlsx, "Budget", rows("Service\tGross", "Roads\t10", "x".repeat(100_001) + "\t5",
        "Total\t15"));
    assertThat(refused(xlsx, SheetRules.WORKBOOK_TOO_LARGE).problems().errors().get(0).message())
        .isEqualTo("Sheet Budget, cell A3 holds 100,001 characters, more than the 100,000 a cell may have");
    WorkbookReader longCells = WorkbookReader.of(org.scplan.csv.TableReader.of(org.scplan.csv.TableOptions.builder()
        .limits(org.scplan.csv.TableLimits.standard().withMaxCellChars(200_000)).build()));
    assertThat(longCells.read(xlsx).isRead()).isTrue();
    WorkbookReader fewRows = WorkbookReader.of(org.scplan.csv.TableReader.of(org.scplan.csv.TableOptions.builder()
        .limits(org.scplan.csv.TableLimits.standard().withMaxRows(3).withMaxCellChars(200_000)).build()));
    ReadResult<Document> tall = fewRows.read(xlsx);
    assertThat(tall.problems().errors().get(0).message()).contains("row 4", "beyond the 3 rows");
  }

  @Test
  void aLongOdsCellIsNamedAsAnXlsxCellIs() throws IOException {
    Path ods = dir.resolve("long.ods");
    TestWorkbooks.writeOds(ods, "Budget", rows("Service\tGross", "Roads\t10", "x".repeat(100_001) + "\t5",
        "Total\t15"));
    assertThat(refused(ods, SheetRules.WORKBOOK_TOO_LARGE).problems().errors().get(0).message())
        .isEqualTo("Sheet Budget, cell A3 holds 100,001 characters, more than the 100,000 a cell may have");
    // Rows and cells repeated before it count with their repeats, blank or not; the text's spaces count.
    Path repeated = dir.resolve("repeated.ods");
    TestWorkbooks.writeOds(repeated, TestWorkbooks.odsContent("<table:table table:name=\"Budget 2024\">"
        + "<table:table-row><table:table-cell><text:p>Service</text:p></table:table-cell></table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell/></table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell><text:p>Care</text:p>"
        + "</table:table-cell></table:table-row><table:table-row>"
        + "<table:table-cell table:number-columns-repeated=\"2\"/>"
        + "<table:table-cell table:number-columns-repeated=\"3\"><text:p>1</text:p></table:table-cell>"
        + "<table:table-cell><text:p>" + "y".repeat(50_000) + "<text:s text:c=\"2\"/>" + "y".repeat(49_999)
        + "</text:p></table:table-cell></table:table-row></table:table>"));
    assertThat(refused(repeated, SheetRules.WORKBOOK_TOO_LARGE).problems().errors().get(0).message())
        .isEqualTo("Sheet Budget 2024, cell F7 holds 100,001 characters, more than the 100,000 a cell may have");
    WorkbookReader longCells = WorkbookReader.of(org.scplan.csv.TableReader.of(org.scplan.csv.TableOptions.builder()
        .limits(org.scplan.csv.TableLimits.standard().withMaxCellChars(200_000)).build()));
    assertThat(longCells.read(ods).isRead()).isTrue();
  }

  @Test
  void aDamagedPartIsDescribedOnOneLine() throws IOException {
    Path file = dir.resolve("laughs.ods");
    TestWorkbooks.writeOds(file, "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\">]>"
        + TestWorkbooks.odsContent("<table:table table:name=\"T\"><table:table-row><table:table-cell><text:p>&a;"
        + "</text:p></table:table-cell></table:table-row></table:table>").replaceFirst("<\\?xml[^>]*>", ""));
    String message = refused(file, SheetRules.WORKBOOK_UNREADABLE).problems().errors().get(0).message();
    assertThat(message).doesNotContain("\n").doesNotContain("Exception").contains("never expands or fetches them");
  }

  @Test
  void theReaderSaysWhatItReads() {
    assertThat(WorkbookReader.standard().sheets("Budget").toString()).startsWith("WorkbookReader (sheets Budget)");
    assertThat(WorkbookReader.isWorkbook(Path.of("a/Budget.XLSX"))).isTrue();
    assertThat(WorkbookReader.isWorkbook(Path.of("budget.ods"))).isTrue();
    assertThat(WorkbookReader.isWorkbook(Path.of("budget.csv"))).isFalse();
  }

}
