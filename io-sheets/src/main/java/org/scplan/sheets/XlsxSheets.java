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
import org.dhatim.fastexcel.reader.CellType;
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
        PrintedSheet printed = rows(sheet, name, formulas, constants, texts, limits);
        sheets.add(new SheetCells(printed, formulas, constants, texts, null));
      }
    }
    return sheets;
  }

  /**
   * Reads a sheet's rows into a printed sheet: a number whose format prints it plainly ({@code
   * #,##0.0}) is kept as a number, any other cell as its printed text.
   */
  private static PrintedSheet rows(Sheet sheet, String name, Map<Long, String> formulas, CellKeys constants,
      CellKeys texts, TableLimits limits) throws IOException {
    PrintedSheet.Builder printed = PrintedSheet.builder(name);
    try (Stream<Row> stream = sheet.openStream()) {
      Iterator<Row> it = stream.iterator();
      int last = 0;
      while (it.hasNext()) {
        Row row = it.next();
        // A damaged sheet may number a row 0, or out of order: each row read goes below the last.
        int number = Math.max(row.getRowNum(), last + 1);
        last = number;
        if (number > limits.maxRows()) {
          throw new TooLarge("Sheet " + name + " has a row " + number + ", beyond the "
              + limits.maxRows() + " rows a table may have");
        }
        int count = row.getCellCount();
        if (count > limits.maxColumns()) {
          throw new TooLarge("Sheet " + name + ", row " + number + " has " + count
              + " columns, more than the " + limits.maxColumns() + " a table may have");
        }
        for (int c = 0; c < count; c++) {
          Cell cell = row.getCell(c);
          if (cell == null) {
            continue;
          }
          String raw = cell.getRawValue();
          if (raw != null && raw.length() > limits.maxCellChars()) {
            throw new TooLarge("Sheet " + sheet.getName() + ", cell " + Formulas.letters(c + 1) + number + " holds "
                + String.format(java.util.Locale.ROOT, "%,d", raw.length()) + " characters, more than the "
                + String.format(java.util.Locale.ROOT, "%,d", limits.maxCellChars())
                + " a cell may have");
          }
          CellType type = cell.getType();
          if (type == CellType.FORMULA && cell.getFormula() != null) {
            formulas.put(SheetCells.key(number, c + 1), cell.getFormula());
          } else if (type == CellType.NUMBER) {
            constants.add(SheetCells.key(number, c + 1));
          } else if (type == CellType.STRING) {
            texts.add(SheetCells.key(number, c + 1));
          }
          if ((type == CellType.NUMBER || type == CellType.FORMULA) && raw != null) {
            int format = NumberFormat.plain(cell.getDataFormatString());
            if (format != NumberFormat.NOT_PLAIN) {
              int decimals = format & NumberFormat.DECIMALS;
              long unscaled = NumberFormat.unscaled(raw, decimals);
              if (unscaled != Long.MIN_VALUE) {
                printed.figure(number, c + 1, unscaled, decimals, (format & NumberFormat.GROUPED) != 0,
                    (format & NumberFormat.BRACKETS) != 0);
                continue;
              }
            }
          }
          String text = text(cell);
          if (!text.isEmpty()) {
            printed.text(number, c + 1, text);
          }
        }
      }
    }
    return printed.build();
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
