package org.scplan.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.scplan.csv.TableLimits;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scplan.csv.PrintedSheet;

/**
 * Reads the sheets of an .ods workbook as printed: a streaming read of the package's
 * {@code content.xml} with the JDK's StAX, no DTD and no external entities. An OpenDocument cell
 * holds the text it displays ({@code <text:p>1,234.5</text:p>}) beside its value, and that text is
 * what is read. Repeated rows and columns are expanded only where something follows them, within
 * the limits of a table. Not API.
 */
final class OdsSheets {
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  private OdsSheets() {}

  static List<SheetCells> read(ZipFile zip, Predicate<String> wanted, TableLimits limits, long maxPart)
      throws IOException, XMLStreamException {
    ZipEntry content = zip.getEntry("content.xml");
    if (content == null) {
      throw new IOException("the OpenDocument package has no content.xml");
    }
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    List<SheetCells> sheets = new ArrayList<>();
    try (InputStream in = WorkbookReader.bounded(zip.getInputStream(content), "content.xml", maxPart)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        String name = null;
        boolean keep = false;
        List<List<String>> rows = null;
        int pendingBlankRows = 0;
        List<String> cells = null;
        int rowRepeat = 1;
        int pendingBlankCells = 0;
        StringBuilder cellText = null;
        String cellValue = null;
        int cellRepeat = 1;
        int depthInCell = 0;
        long cellChars = 0;
        String cellFormula = null;
        boolean cellNumber = false;
        boolean cellString = false;
        Map<Long, String> formulas = new HashMap<>();
        CellKeys constants = new CellKeys();
        CellKeys texts = new CellKeys();
        java.util.SortedSet<Integer> hiddenRows = new java.util.TreeSet<>();
        java.util.SortedSet<Integer> hiddenColumns = new java.util.TreeSet<>();
        List<String> merges = new ArrayList<>();
        int columnsDeclared = 0;
        boolean rowHidden = false;
        int spanColumns = 1;
        int spanRows = 1;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            String ns = xml.getNamespaceURI();
            String local = xml.getLocalName();
            if (cellText != null) {
              depthInCell++;
              int spaces = 0;
              if (TEXT.equals(ns) && local.equals("s")) {
                spaces = Math.min(100, count(xml.getAttributeValue(TEXT, "c"), 1));
              } else if (TEXT.equals(ns) && local.equals("p") && cellChars > 0) {
                spaces = 1;
              } else if (TEXT.equals(ns) && local.equals("tab")) {
                spaces = 1;
              }
              cellChars += spaces;
              if (cellChars <= limits.maxCellChars()) {
                cellText.append(" ".repeat(spaces));
              }
            } else if (TABLE.equals(ns) && local.equals("table")) {
              if (rows != null) {
                // A table holds another only in a cell (whose text is read above); anywhere else the
                // inner one would end the outer one's rows
                throw new XMLStreamException("table " + name + " holds another table outside its cells",
                    xml.getLocation());
              }
              name = xml.getAttributeValue(TABLE, "name");
              name = name == null ? "Sheet" + (sheets.size() + 1) : name;
              keep = wanted.test(name);
              rows = new ArrayList<>();
              pendingBlankRows = 0;
              formulas = new HashMap<>();
              constants = new CellKeys();
              texts = new CellKeys();
              hiddenRows = new java.util.TreeSet<>();
              hiddenColumns = new java.util.TreeSet<>();
              merges = new ArrayList<>();
              columnsDeclared = 0;
            } else if (TABLE.equals(ns) && local.equals("table-column") && rows != null) {
              int repeat = count(xml.getAttributeValue(TABLE, "number-columns-repeated"), 1);
              boolean hidden = isHidden(xml.getAttributeValue(TABLE, "visibility"));
              for (int i = 0; i < repeat && columnsDeclared < limits.maxColumns(); i++) {
                columnsDeclared++;
                if (hidden) {
                  hiddenColumns.add(columnsDeclared);
                }
              }
            } else if (TABLE.equals(ns) && local.equals("table-row") && rows != null) {
              cells = new ArrayList<>();
              pendingBlankCells = 0;
              rowRepeat = count(xml.getAttributeValue(TABLE, "number-rows-repeated"), 1);
              rowHidden = isHidden(xml.getAttributeValue(TABLE, "visibility"));
            } else if (TABLE.equals(ns) && (local.equals("table-cell") || local.equals("covered-table-cell"))
                && cells != null) {
              cellText = new StringBuilder();
              cellValue = xml.getAttributeValue(OFFICE, "value");
              cellRepeat = count(xml.getAttributeValue(TABLE, "number-columns-repeated"), 1);
              depthInCell = 0;
              cellChars = 0;
              cellFormula = xml.getAttributeValue(TABLE, "formula");
              String type = xml.getAttributeValue(OFFICE, "value-type");
              cellNumber = "float".equals(type) || "percentage".equals(type) || "currency".equals(type);
              cellString = "string".equals(type);
              spanColumns = count(xml.getAttributeValue(TABLE, "number-columns-spanned"), 1);
              spanRows = count(xml.getAttributeValue(TABLE, "number-rows-spanned"), 1);
            }
          } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
              || event == XMLStreamConstants.SPACE) {
            if (cellText != null && depthInCell > 0) {
              // A cell's text past the limit is counted, not kept: the cell is refused where it ends.
              cellChars += xml.getTextLength();
              if (cellChars <= limits.maxCellChars()) {
                cellText.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
              }
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            String ns = xml.getNamespaceURI();
            String local = xml.getLocalName();
            if (cellText != null && depthInCell > 0) {
              depthInCell--;
            } else if (cellText != null && TABLE.equals(ns)
                && (local.equals("table-cell") || local.equals("covered-table-cell"))) {
              if (cellChars > limits.maxCellChars()) {
                // Named as the .xlsx reader names it: the columns and rows before it counted with
                // their repeats, blank ones included.
                throw new XlsxSheets.TooLarge("Sheet " + name + ", cell "
                    + Formulas.letters(cells.size() + pendingBlankCells + 1) + (rows.size() + pendingBlankRows + 1)
                    + " holds " + String.format(java.util.Locale.ROOT, "%,d", cellChars) + " characters, more than the "
                    + String.format(java.util.Locale.ROOT, "%,d", limits.maxCellChars()) + " a cell may have");
              }
              if ((spanColumns > 1 || spanRows > 1) && merges.size() < 1000) {
                int r = rows.size() + pendingBlankRows + 1;
                int c = cells.size() + pendingBlankCells + 1;
                merges.add(Formulas.letters(c) + r + ":" + Formulas.letters(c + spanColumns - 1) + (r + spanRows - 1));
              }
              spanColumns = 1;
              spanRows = 1;
              String text = cellText.toString().strip();
              if (text.isEmpty() && cellValue != null) {
                text = cellValue;
              }
              if (text.isEmpty()) {
                pendingBlankCells += cellRepeat;
              } else {
                if (cells.size() + pendingBlankCells + cellRepeat > limits.maxColumns()) {
                  throw new XlsxSheets.TooLarge("Sheet " + name + ", row " + (rows.size() + pendingBlankRows + 1)
                      + " has more than the " + limits.maxColumns() + " columns a table may have");
                }
                for (int i = 0; i < pendingBlankCells; i++) {
                  cells.add("");
                }
                pendingBlankCells = 0;
                int row = rows.size() + pendingBlankRows + 1;
                for (int i = 0; i < cellRepeat; i++) {
                  cells.add(text);
                  long key = SheetCells.key(row, cells.size());
                  if (cellFormula != null) {
                    formulas.put(key, openFormula(cellFormula));
                  } else if (cellNumber) {
                    constants.add(key);
                  } else if (cellString) {
                    texts.add(key);
                  }
                }
              }
              cellText = null;
            } else if (TABLE.equals(ns) && local.equals("table-row") && cells != null) {
              if (cells.isEmpty()) {
                pendingBlankRows += rowRepeat;
              } else {
                if ((long) rows.size() + pendingBlankRows + rowRepeat > limits.maxRows()) {
                  throw new XlsxSheets.TooLarge("Sheet " + name + " has more than the " + limits.maxRows()
                      + " rows a table may have");
                }
                for (int i = 0; i < pendingBlankRows; i++) {
                  rows.add(List.of());
                }
                pendingBlankRows = 0;
                for (int i = 0; i < rowRepeat; i++) {
                  rows.add(cells);
                  if (rowHidden) {
                    hiddenRows.add(rows.size());
                  }
                }
              }
              cells = null;
            } else if (TABLE.equals(ns) && local.equals("table") && rows != null) {
              if (keep) {
                sheets.add(new SheetCells(PrintedSheet.of(name, rows), formulas, constants, texts,
                    new SheetLayout(hiddenRows, hiddenColumns, List.copyOf(merges))));
              }
              rows = null;
            }
          }
        }
      } finally {
        xml.close();
      }
    }
    return sheets;
  }

  /**
   * An OpenFormula as a spreadsheet's A1 formula: {@code of:=SUM([.B2:.B6])-[.B7]} is
   * {@code SUM(B2:B6)-B7}.
   */
  static String openFormula(String formula) {
    String f = formula.startsWith("of:") ? formula.substring(3) : formula;
    f = f.startsWith("=") ? f.substring(1) : f;
    return f.replaceAll("\\[\\.([^\\]]*)\\]", "$1").replace(":.", ":").replace(';', ',');
  }

  private static boolean isHidden(String visibility) {
    return "collapse".equals(visibility) || "filter".equals(visibility);
  }

  private static int count(String attribute, int otherwise) {
    if (attribute == null) {
      return otherwise;
    }
    try {
      return Math.max(1, Integer.parseInt(attribute.strip()));
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
