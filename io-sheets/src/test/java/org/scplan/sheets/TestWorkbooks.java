package org.scplan.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Saves a table, given as the text of its cells, as a spreadsheet program would: every cell that a
 * spreadsheet holds as a number ({@code 1,234.5}, {@code (12)}, {@code £1,150,000}, {@code 83.4%})
 * is written as the number with the format code that prints it back the same, anything else as
 * text. The .xlsx is written with fastexcel, the .ods by hand (its content.xml).
 */
final class TestWorkbooks {
  private static final Pattern NUMBER = Pattern.compile("^(\\()?(-)?(£)?(\\d{1,3}(?:,\\d{3})+|0|[1-9]\\d*)(\\.\\d+)?(%)?(\\))?$");

  private TestWorkbooks() {}

  /** A cell as a spreadsheet holds it: a number and its format, or null for text. */
  record Stored(BigDecimal value, String format) {}

  static Stored stored(String text) {
    Matcher m = NUMBER.matcher(text.strip());
    if (text.isBlank() || !m.matches() || (m.group(1) == null) != (m.group(7) == null)
        || m.group(1) != null && m.group(2) != null) {
      return null;
    }
    boolean grouped = m.group(4).contains(",");
    String digits = m.group(4).replace(",", "") + (m.group(5) == null ? "" : m.group(5));
    BigDecimal value = new BigDecimal(digits);
    if (m.group(1) != null || m.group(2) != null) {
      value = value.negate();
    }
    int decimals = m.group(5) == null ? 0 : m.group(5).length() - 1;
    String number = (grouped ? "#,##0" : "0") + (decimals > 0 ? "." + "0".repeat(decimals) : "");
    String pound = m.group(3) == null ? "" : "£";
    if (m.group(6) != null) {
      value = value.movePointLeft(2);
      number += "%";
    }
    String format = pound + number;
    if (m.group(1) != null) {
      format = format + ";(" + format + ")";
    } else if (m.group(2) != null && !pound.isEmpty()) {
      format = format + ";-" + format;
    }
    return new Stored(value, format);
  }

  static void writeXlsx(Path file, String sheet, List<List<String>> rows) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "scplan-tests", "1.0");
      Worksheet ws = wb.newWorksheet(sheet);
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          String text = row.get(c);
          if (text.isEmpty()) {
            continue;
          }
          Stored s = stored(text);
          if (s == null) {
            ws.value(r, c, text);
          } else {
            ws.value(r, c, s.value());
            ws.style(r, c).format(s.format()).set();
          }
        }
      }
      wb.finish();
    }
  }

  static void writeOds(Path file, String sheet, List<List<String>> rows) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
        + "<office:body><office:spreadsheet><table:table table:name=\"" + escape(sheet) + "\">");
    for (List<String> row : rows) {
      xml.append("<table:table-row>");
      for (String text : row) {
        Stored s = text.isEmpty() ? null : stored(text);
        if (text.isEmpty()) {
          xml.append("<table:table-cell/>");
        } else if (s == null) {
          xml.append("<table:table-cell office:value-type=\"string\"><text:p>").append(escape(text))
              .append("</text:p></table:table-cell>");
        } else {
          xml.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(s.value().toPlainString())
              .append("\"><text:p>").append(escape(text.strip())).append("</text:p></table:table-cell>");
        }
      }
      xml.append("</table:table-row>");
    }
    // A spreadsheet program ends a sheet with its unused rows and columns, repeated.
    xml.append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell"
        + " table:number-columns-repeated=\"1024\"/></table:table-row>");
    xml.append("</table:table></office:spreadsheet></office:body></office:document-content>");
    writeOds(file, xml.toString());
  }

  static void writeOds(Path file, String contentXml) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** A cell of a hand-written .xlsx: text, or a number with its format and, for a formula, the formula and its cached value. */
  record XCell(String text, BigDecimal value, String format, String formula) {
    static XCell text(String text) {
      return new XCell(text, null, null, null);
    }

    static XCell number(String value, String format) {
      return new XCell(null, new BigDecimal(value), format, null);
    }

    static XCell formula(String formula, String cached, String format) {
      return new XCell(null, new BigDecimal(cached), format, formula);
    }
  }

  /**
   * Writes an .xlsx by hand, part by part, as a spreadsheet program saves it: formulas with their
   * cached values (which fastexcel's writer does not compute), number formats in the styles part.
   */
  static void writeXlsx(Path file, String sheet, XCell[][] rows) throws IOException {
    writeXlsx(file, sheet, rows, java.util.Set.of(), List.of());
  }

  /** The same, with rows hidden and cells merged ({@code A1:D1}). */
  static void writeXlsx(Path file, String sheet, XCell[][] rows, java.util.Set<Integer> hidden, List<String> merges)
      throws IOException {
    String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    List<String> formats = new java.util.ArrayList<>();
    StringBuilder data = new StringBuilder();
    for (int r = 0; r < rows.length; r++) {
      data.append("<row r=\"").append(r + 1).append(hidden.contains(r + 1) ? "\" hidden=\"1\">" : "\">");
      for (int c = 0; c < rows[r].length; c++) {
        XCell cell = rows[r][c];
        if (cell == null) {
          continue;
        }
        String ref = Formulas.letters(c + 1) + (r + 1);
        if (cell.text() != null) {
          data.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(cell.text()))
              .append("</t></is></c>");
          continue;
        }
        int style = 0;
        if (cell.format() != null) {
          if (!formats.contains(cell.format())) {
            formats.add(cell.format());
          }
          style = formats.indexOf(cell.format()) + 1;
        }
        data.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\">");
        if (cell.formula() != null) {
          data.append("<f>").append(escape(cell.formula())).append("</f>");
        }
        data.append("<v>").append(cell.value().toPlainString()).append("</v></c>");
      }
      data.append("</row>");
    }
    StringBuilder styles = new StringBuilder("<styleSheet xmlns=\"" + main + "\"><numFmts count=\"" + formats.size() + "\">");
    for (int i = 0; i < formats.size(); i++) {
      styles.append("<numFmt numFmtId=\"").append(164 + i).append("\" formatCode=\"").append(escape(formats.get(i)))
          .append("\"/>");
    }
    styles.append("</numFmts><cellXfs count=\"").append(formats.size() + 1).append("\"><xf numFmtId=\"0\"/>");
    for (int i = 0; i < formats.size(); i++) {
      styles.append("<xf numFmtId=\"").append(164 + i).append("\" applyNumberFormat=\"1\"/>");
    }
    styles.append("</cellXfs></styleSheet>");
    StringBuilder merged = new StringBuilder();
    if (!merges.isEmpty()) {
      merged.append("<mergeCells count=\"").append(merges.size()).append("\">");
      merges.forEach(m -> merged.append("<mergeCell ref=\"").append(m).append("\"/>"));
      merged.append("</mergeCells>");
    }
    writeXlsx(file, sheet, styles.toString(), "<worksheet xmlns=\"" + main + "\"><sheetData>" + data
        + "</sheetData>" + merged + "</worksheet>");
  }

  /** Writes an .xlsx of one sheet from its styles part and its worksheet part, as given. */
  static void writeXlsx(Path file, String sheet, String styles, String worksheet) throws IOException {
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "</Types>");
      put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets><sheet name=\""
          + escape(sheet) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/></Relationships>");
      put(zip, "xl/styles.xml", styles);
      put(zip, "xl/worksheets/sheet1.xml", worksheet);
    }
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** An OpenDocument spreadsheet's content.xml around its tables' XML. */
  static String odsContent(String tables) {
    return "<?xml version=\"1.0\"?><office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
        + tables + "</office:spreadsheet></office:body></office:document-content>";
  }
}
