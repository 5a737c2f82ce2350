package org.scplan.sheets;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.ReadResult;
import org.scplan.core.ValidationReport;
import org.scplan.csv.TableLimits;
import org.scplan.csv.TableReader;

/**
 * Reads a workbook, .xlsx or .ods, through io-csv's table pipeline, so that every rule that holds
 * for a pasted table holds for the same table in a workbook.
 *
 * <pre>{@code
 * ReadResult<Document> read = WorkbookReader.standard().read(Path.of("budget-book.xlsx"));
 * read.validate();   // each finding at its cell: Budget!D14
 * WorkbookReader.standard().sheets("Budget").read(file);   // one sheet only
 * }</pre>
 *
 * <p>Every sheet is read unless {@link #sheets} names some; a sheet that holds no figure (notes, a
 * cover) is left out with a note. Each cell is read as its number format prints it: the figure
 * checked is the one a reader of the sheet sees ({@code #,##0.0} prints one decimal, so the cell
 * stands for ±0.05), a formula by its cached value, a date as a date, an error value such as
 * {@code #REF!} as text, which the table reports at its cell.
 *
 * <p>The reader never throws for a fault in the file: a file that is not a workbook (a CSV renamed
 * .xlsx), an encrypted workbook or an old .xls, a truncated or damaged package, or one whose parts
 * would expand beyond {@link #MAX_PART_BYTES} or more than {@link #MAX_RATIO} times their
 * compressed size (a zip bomb) is a {@link SheetRules} problem naming the file. ODS content is
 * parsed with no DTD and no external entities.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkbookReader {
  /** The largest part of a workbook (a sheet's XML) read, uncompressed: 512 MiB. */
  public static final long MAX_PART_BYTES = 512L << 20;

  /** The most a part may expand from its compressed size (a zip bomb expands thousands of times). */
  public static final long MAX_RATIO = 200;

  /** The most rows a sheet may have: as many as a table. */
  public static final int MAX_ROWS = 2_000_000;

  /** The most columns a sheet may have: as many as a table. */
  public static final int MAX_COLUMNS = 1000;

  /** The longest cell read, in characters. */
  public static final int MAX_CELL_CHARS = 100_000;

  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private final TableReader tables;
  private final Set<String> sheets;
  private final long maxPartBytes;
  private final long maxExpansion;

  private WorkbookReader(TableReader tables, Set<String> sheets, long maxPartBytes, long maxExpansion) {
    this.tables = tables;
    this.sheets = sheets;
    this.maxPartBytes = maxPartBytes;
    this.maxExpansion = maxExpansion;
  }

  /**
   * Obtains a reader of every sheet with the table reader's standard options.
   *
   * @return the reader
   */
  public static WorkbookReader standard() {
    return of(TableReader.standard());
  }

  /**
   * Obtains a reader of every sheet that reads each with the given table reader (its options: a
   * year, a schema, a unit, as for a CSV file).
   *
   * @param tables the table reader
   * @return the reader
   */
  public static WorkbookReader of(TableReader tables) {
    return new WorkbookReader(requireNonNull(tables, "tables"), Set.of(), MAX_PART_BYTES, MAX_RATIO);
  }

  /**
   * Returns a reader of the named sheets only, in the workbook's order.
   *
   * @param names the sheets' names, as their tabs show them; none for every sheet
   * @return the reader
   */
  public WorkbookReader sheets(String... names) {
    Set<String> named = new LinkedHashSet<>();
    for (String name : names) {
      named.add(requireNonNull(name, "name"));
    }
    return new WorkbookReader(tables, Set.copyOf(named), maxPartBytes, maxExpansion);
  }

  /**
   * Returns a reader that refuses a workbook part (a sheet's XML, its shared strings) larger than
   * {@code maxPartBytes} uncompressed, or expanding more than {@code maxExpansion} times its
   * compressed size (a zip bomb), as {@code sheets.workbook.too-large}. The defaults are
   * {@link #MAX_PART_BYTES} and {@link #MAX_RATIO}; the rows, columns and cell lengths a sheet may
   * have are its table reader's ({@code TableOptions.limits}).
   *
   * @param maxPartBytes the largest part read, in bytes, uncompressed; at least 1
   * @param maxExpansion the most a part of over 1 MiB may expand; at least 1
   * @return the reader
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public WorkbookReader withPartLimits(long maxPartBytes, long maxExpansion) {
    if (maxPartBytes < 1 || maxExpansion < 1) {
      throw new IllegalArgumentException("Part limits must be at least 1: got " + maxPartBytes + " bytes and "
          + maxExpansion + " times");
    }
    return new WorkbookReader(tables, sheets, maxPartBytes, maxExpansion);
  }

  /**
   * Tells whether a file is named as a workbook this reader reads: {@code .xlsx}, {@code .xlsm} or
   * {@code .ods}.
   *
   * @param file the file
   * @return true for a workbook's name
   */
  public static boolean isWorkbook(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".ods");
  }

  /**
   * Reads a workbook's sheets as tables.
   *
   * @param file the workbook
   * @return the sections of every sheet read, with notes, or the problems that stopped reading;
   *     never throws for a fault in the file
   */
  public ReadResult<Document> read(Path file) {
    requireNonNull(file, "file");
    String source = file.toString();
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    } catch (NoSuchFileException e) {
      return problem(source, SheetRules.WORKBOOK_UNREADABLE, "Could not open the file: no such file");
    } catch (IOException e) {
      return problem(source, SheetRules.WORKBOOK_UNREADABLE, "Could not read the file: " + e.getMessage());
    }
    if (startsWith(head, OLE2)) {
      return problem(source, SheetRules.WORKBOOK_UNREADABLE, "The file is an encrypted workbook or an Excel 97-2003"
          + " (.xls) workbook, which scplan does not read: save it unencrypted as .xlsx or .ods");
    }
    if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
      return problem(source, SheetRules.WORKBOOK_UNREADABLE, "The file is not a workbook (.xlsx or .ods): it is not"
          + " a zip package" + (head.length == 0 ? " (it is empty)" : "; a table saved as CSV is read by name .csv"));
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String refused = checkParts(zip);
      if (refused != null) {
        return problem(source, SheetRules.WORKBOOK_TOO_LARGE, refused);
      }
      // An .xlsx sheet's layout is read first: that pass also refuses cells fastexcel-reader cannot stream.
      Map<String, SheetLayout> layouts = isOds(zip) ? Map.of() : SheetLayout.ofXlsx(zip, maxPartBytes);
      List<SheetCells> read;
      if (isOds(zip)) {
        read = OdsSheets.read(zip, this::wanted, tables.options().limits(), maxPartBytes);
      } else if (zip.getEntry("xl/workbook.xml") != null) {
        read = XlsxSheets.read(file, this::wanted, tables.options().limits());
      } else {
        return problem(source, SheetRules.WORKBOOK_UNREADABLE, "The file is a zip package but not a workbook:"
            + " it has neither an .xlsx workbook part (xl/workbook.xml) nor an OpenDocument spreadsheet's mimetype");
      }
      List<String> missing = new ArrayList<>(sheets);
      read.forEach(s -> missing.remove(s.printed().name()));
      if (!missing.isEmpty()) {
        return problem(source, SheetRules.SHEET_MISSING, "The workbook has no sheet named " + String.join(", ", missing)
            + "; its sheets are " + String.join(", ", names(file, zip)));
      }
      ReadResult<Document> result = tables.read(source, read.stream().map(SheetCells::printed).toList());
      if (!result.isRead()) {
        return result;
      }
      ValidationReport sheetNotes = ValidationReport.empty();
      for (SheetCells sheet : read) {
        SheetLayout layout = sheet.layout() != null ? sheet.layout()
            : layouts.getOrDefault(sheet.printed().name(), SheetLayout.NONE);
        sheetNotes = sheetNotes.plus(layout.notes(source, sheet)).plus(Formulas.check(source, sheet));
      }
      return result.withNotes(result.notes().plus(sheetNotes));
    } catch (XlsxSheets.TooLarge e) {
      return problem(source, SheetRules.WORKBOOK_TOO_LARGE, e.getMessage());
    } catch (ZipException e) {
      return problem(source, SheetRules.WORKBOOK_UNREADABLE, "The workbook is damaged or truncated: " + e.getMessage());
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // fastexcel-reader reports a damaged part as an unchecked exception of its own
      return problem(source, SheetRules.WORKBOOK_UNREADABLE, "The workbook is damaged or truncated: " + reason(e));
    } catch (OutOfMemoryError e) {
      return problem(source, SheetRules.WORKBOOK_TOO_LARGE, "The workbook is too large for the memory this program"
          + " may use; give Java more (for scplan, JDK_JAVA_OPTIONS=-Xmx4g) or save the sheet as CSV");
    }
  }

  /**
   * Why a part could not be read, on one line: the XML parser's message without its exception's
   * class name, its own line breaks or its "Message:" prefix, and what a DTD or an entity means.
   */
  static String reason(Exception e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    message = message.replaceAll("^(\\w+\\.)+\\w+(Exception|Error): ", "").replace("\nMessage: ", ": ")
        .replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    if (message.length() > 300) {
      message = message.substring(0, 300) + "…";
    }
    if (message.toLowerCase(Locale.ROOT).contains("entity") || message.contains("DOCTYPE")) {
      message += " (the workbook's XML declares or uses entities, as an entity expansion or external entity"
          + " attack does; scplan never expands or fetches them)";
    }
    return message;
  }

  private boolean wanted(String sheet) {
    return sheets.isEmpty() || sheets.contains(sheet);
  }

  private static List<String> names(Path file, ZipFile zip) throws IOException, XMLStreamException {
    List<SheetCells> all = isOds(zip) ? OdsSheets.read(zip, s -> true, TableLimits.standard(), MAX_PART_BYTES)
        : XlsxSheets.read(file, s -> true, TableLimits.standard());
    return all.stream().map(s -> s.printed().name()).toList();
  }

  private static boolean isOds(ZipFile zip) throws IOException {
    ZipEntry mimetype = zip.getEntry("mimetype");
    if (mimetype == null) {
      return false;
    }
    try (InputStream in = zip.getInputStream(mimetype)) {
      return new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip()
          .startsWith("application/vnd.oasis.opendocument.spreadsheet");
    }
  }

  /** Refuses a package whose parts would expand too far: the reason, or null if it may be read. */
  private String checkParts(ZipFile zip) {
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry e = entries.nextElement();
      long size = e.getSize();
      long packed = e.getCompressedSize();
      if (size > maxPartBytes) {
        return "The workbook's part " + e.getName() + " is " + bytes(size) + " uncompressed, more than the "
            + bytes(maxPartBytes) + " read";
      }
      if (packed > 0 && size > (1 << 20) && size / packed > maxExpansion) {
        return "The workbook's part " + e.getName() + " expands " + size / packed + " times (" + packed + " bytes to "
            + size + "), more than the " + maxExpansion + " times a workbook does: it is refused as a zip bomb";
      }
    }
    return null;
  }

  /** A size for a message: {@code 512 MiB}, or {@code 1,024 bytes} below a mebibyte. */
  static String bytes(long size) {
    return size >= (1 << 20) ? String.format(java.util.Locale.ROOT, "%,d MiB", size >> 20)
        : String.format(java.util.Locale.ROOT, "%,d bytes", size);
  }

  /** A part's stream that stops at {@code max} bytes, whatever its header says. */
  static InputStream bounded(InputStream in, String part, long max) {
    return new FilterInputStream(in) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(Math.max(0, n));
        return n;
      }

      private void count(int n) {
        read += n;
        if (read > max) {
          throw new XlsxSheets.TooLarge("The workbook's part " + part + " expands beyond the " + bytes(max) + " read");
        }
      }
    };
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static ReadResult<Document> problem(String source, String code, String message) {
    return ReadResult.of(source, null, ValidationReport.of(Finding.error(code, Location.document().inFile(source),
        message)));
  }

  /**
   * Returns the reader and its sheets: {@code WorkbookReader (every sheet) TableReader …}.
   *
   * @return the reader as text
   */
  @Override
  public String toString() {
    String parts = maxPartBytes == MAX_PART_BYTES && maxExpansion == MAX_RATIO ? ""
        : ", parts of at most " + bytes(maxPartBytes) + " expanding at most " + maxExpansion + " times";
    return "WorkbookReader (" + (sheets.isEmpty() ? "every sheet" : "sheets " + String.join(", ", sheets)) + parts
        + ") " + tables;
  }
}
