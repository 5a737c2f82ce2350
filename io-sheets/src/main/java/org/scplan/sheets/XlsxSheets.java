package org.scplan.sheets;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.scplan.csv.PrintedSheet;
import org.scplan.csv.TableLimits;

/**
 * Reads the sheets of an .xlsx workbook as printed, streaming each sheet's rows (fastexcel-reader):
 * a number as its cell's format prints it, a formula's cached value likewise, text as typed, an
 * error value ({@code #REF!}) as its text, so that it is reported at its cell and never read as a
 * figure. Not API.
 */
final class XlsxSheets {
  private XlsxSheets() {}

  static List<SheetCells> read(Path file, Predicate<String> wanted, TableLimits limits) throws IOException {
    List<SheetCells> sheets = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      Iterator<Sheet> it = workbook.getSheets().iterator();
      while (it.hasNext()) {
        Sheet sheet = it.next();
        // A sheet the workbook part names not at all is named by its place, as an .ods sheet is
        String name = sheet.getName() == null ? "Sheet" + (sheet.getIndex() + 1) : sheet.getName();
        if (!wanted.test(name)) {
          continue;
        }
        Map<Long, String> formulas = new HashMap<>();
        CellKeys constants = new CellKeys();
        CellKeys texts = new CellKeys();
        List<List<String>> rows = rows(sheet, name, formulas, constants, texts, limits);
        sheets.add(new SheetCells(PrintedSheet.of(name, rows), formulas, constants, texts, null));
      }
    }
    return sheets;
  }

  private static List<List<String>> rows(Sheet sheet, String name, Map<Long, String> formulas, CellKeys constants,
      CellKeys texts, TableLimits limits) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Stream<Row> stream = sheet.openStream()) {
      Iterator<Row> it = stream.iterator();
      while (it.hasNext()) {
        Row row = it.next();
        int number = row.getRowNum();
        if (number > limits.maxRows()) {
          throw new TooLarge("Sheet " + name + " has a row " + number + ", beyond the "
              + limits.maxRows() + " rows a table may have");
        }
        while (rows.size() < number - 1) {
          rows.add(List.of());
        }
        int count = row.getCellCount();
        if (count > limits.maxColumns()) {
          throw new TooLarge("Sheet " + name + ", row " + number + " has " + count
              + " columns, more than the " + limits.maxColumns() + " a table may have");
        }
        List<String> cells = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
          Cell cell = row.getCell(c);
          String raw = cell == null ? null : cell.getRawValue();
          if (raw != null && raw.length() > limits.maxCellChars()) {
            throw new TooLarge("Sheet " + sheet.getName() + ", cell " + Formulas.letters(c + 1) + number + " holds "
                + String.format(java.util.Locale.ROOT, "%,d", raw.length()) + " characters, more than the "
                + String.format(java.util.Locale.ROOT, "%,d", limits.maxCellChars())
                + " a cell may have");
          }
          cells.add(text(cell));
          if (cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.FORMULA && cell.getFormula() != null) {
            formulas.put(SheetCells.key(number, c + 1), cell.getFormula());
          } else if (cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
            constants.add(SheetCells.key(number, c + 1));
          } else if (cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
            texts.add(SheetCells.key(number, c + 1));
          }
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
          cells.remove(cells.size() - 1);
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  /** A cell's text as the sheet prints it. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    String raw = cell.getRawValue();
    switch (cell.getType()) {
      case NUMBER:
      case FORMULA:
        if (raw == null) {
          return "";
        }
        BigDecimal number = number(raw);
        // a formula whose cached value is text, or a number no spreadsheet holds: read as its text,
        // which the table reports at its cell
        return number == null ? raw : NumberFormat.print(number, cell.getDataFormatString());
      case BOOLEAN:
        return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
      case ERROR:
        return raw == null ? "#ERROR" : raw;
      case STRING:
        return cell.getText() == null ? "" : cell.getText();
      case EMPTY:
      default:
        return "";
    }
  }

  /**
   * A cell's stored number, or null if it is not one a spreadsheet holds: not a number, or beyond a
   * double's range ({@code 1e1000000} would print as a million digits).
   */
  static BigDecimal number(String raw) {
    try {
      BigDecimal value = new BigDecimal(raw);
      int digitsBeforePoint = value.precision() - value.scale();
      return digitsBeforePoint > 309 || digitsBeforePoint < -330 ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A workbook beyond the limits of a table. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }
}
