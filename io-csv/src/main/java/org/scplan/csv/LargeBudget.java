package org.scplan.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetProfileBuilder;
import org.scplan.budget.LineKind;
import org.scplan.budget.SignConvention;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.csv.internal.Labels;

/**
 * Reads a large budget table in one pass over its bytes, holding nothing but the profile it builds.
 * Not API.
 *
 * <p>The first rows ({@link #HEAD_ROWS}) are read as any table is: kind, headings, schema, unit,
 * precision and income sign are decided from them, and their lines start the profile. Every further
 * row is then read straight from the file's bytes into the same profile's builder, and what the
 * figures show (their decimals, their signs) is counted on.
 *
 * <p>Only a table whose further rows are all plain lines is read this way: a name, and plain figures
 * ({@code 12,345.6}, {@code -1,234}, {@code (980)}, a dash for nil) in the columns the head decided,
 * with at most a grand total as the last row. Anything else gives up: a row without a name or without
 * figures, a subtotal or a memo line, a cell with a £ sign, a footnote or words, a cell beyond the
 * headings, a quoted cell over two lines, text that is not UTF-8, or a figure that would change a
 * decision made from the head (a finer precision, a majority of income signs, a note's presence).
 * The table is then read whole the usual way, so the two readings never differ: where the one-pass
 * reading gives a result, it is the one the whole reading gives.
 */
final class LargeBudget {
  /** How many rows are read the usual way before the rest is read in one pass. */
  static final int HEAD_ROWS = 2000;

  /**
   * About how many bytes of heap the one-pass reading takes for each byte of the file, with room:
   * the profile it builds (BENCHMARKS.md); {@code scplan.table.largeMemoryPerByte} sets another.
   */
  static final long MEMORY_PER_BYTE = Long.getLong("scplan.table.largeMemoryPerByte", 2);

  private static final int BUFFER = 1 << 16;
  /** A record longer than this gives up: the general reader reports such a cell. */
  private static final int MAX_RECORD = 1 << 20;
  private static final long[] POWERS = new long[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  /** Thrown (without a stack trace) when a row is not one this reader takes: the table is read whole. */
  private static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("not a plain row", null, false, false);
    }
  }

  private final TableReader reader;
  private final BudgetTables.Plan plan;
  private final Problems problems;
  private final Records records;
  private final int names;
  private final int[] tableColumn;
  private final boolean[] income;
  private final boolean[] money;
  private final int[] most;
  private final int[] fewest;
  private final boolean[] wholeThousands;
  private final boolean[] anyNonZero;
  private final boolean[] known;
  private final long[] scaled;
  private int negative;
  private int positive;
  private boolean unitUsed;
  private int rows;
  private String totalName;
  private long[] totalCells;

  private LargeBudget(TableReader reader, BudgetTables.Plan plan, Problems problems, Records records, int headRows) {
    this.reader = reader;
    this.rows = headRows;
    this.plan = plan;
    this.problems = problems;
    this.records = records;
    this.names = plan.layout.names;
    int n = plan.cols.size();
    tableColumn = new int[n];
    income = new boolean[n];
    money = new boolean[n];
    most = new int[n];
    fewest = new int[n];
    wholeThousands = new boolean[n];
    anyNonZero = new boolean[n];
    known = new boolean[n];
    scaled = new long[n];
    for (int k = 0; k < n; k++) {
      BudgetTables.Col col = plan.cols.get(k);
      BudgetTables.FigureStats s = plan.stats[k];
      tableColumn[k] = col.table();
      income[k] = col.column().kind().isIncome() && col.table() >= 0;
      money[k] = col.column().isMoney();
      most[k] = s.most();
      fewest[k] = s.fewest();
      wholeThousands[k] = s.wholeThousands();
      anyNonZero[k] = s.anyNonZero();
      known[k] = s.most() != Integer.MIN_VALUE;
    }
    negative = plan.negative;
    positive = plan.positive;
    unitUsed = plan.unitUsed;
  }

  /**
   * Reads a large table in one pass if it is a budget of plain lines.
   *
   * @param reader the reader, whose options apply
   * @param file the file
   * @param source the file's name in findings
   * @param skip the bytes of a UTF-8 byte order mark to skip (0 or 3)
   * @param format the table's format
   * @param headRows how many rows to read the usual way first
   * @return the result the whole reading would give, or empty if the table is to be read whole
   */
  static Optional<ReadResult<Document>> read(TableReader reader, Path file, String source, int skip, TableFormat format,
      int headRows) {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(skip);
      Records records = new Records(in, (byte) format.separator(), reader.options().limits().maxColumns());
      byte[] head = records.head(headRows);
      if (head == null) {
        return Optional.empty();
      }
      String text = strict(head, 0, head.length);
      Problems problems = new Problems(source);
      RawTable raw = RawTable.parse(text, format, reader.options().limits(), problems);
      BudgetTables.Plan plan = reader.readHead(raw, TableReader.baseName(source), problems);
      if (plan == null || !suits(plan)) {
        return Optional.empty();
      }
      return Optional.of(new LargeBudget(reader, plan, problems, records, headRows).rest(source));
    } catch (GiveUp | IOException | RuntimeException e) {
      // RuntimeException: the builder refusing a line; the whole reading says why, in its own words.
      return Optional.empty();
    }
  }

  /** Whether the head's layout is one this reader can go on with. */
  private static boolean suits(BudgetTables.Plan plan) {
    BudgetLayout l = plan.layout;
    if (l.transposed || l.people >= 0 || l.names < 0 || plan.decimals.length != plan.cols.size()) {
      return false;
    }
    java.util.Set<Integer> read = new java.util.HashSet<>(l.keys.keySet());
    read.addAll(l.extra);
    java.util.Set<Integer> cols = new java.util.HashSet<>();
    for (BudgetTables.Col c : plan.cols) {
      if (c.table() >= 0) {
        cols.add(c.table());
        if (c.column().isMoney() && c.unit() != null && c.unit() != plan.unit) {
          return false; // its figures are restated in the table's unit, each at its own precision
        }
      }
    }
    return read.equals(cols);
  }

  private ReadResult<Document> rest(String source) throws IOException, GiveUp {
    BudgetProfileBuilder builder = plan.builder;
    int width = plan.layout.headings.width;
    while (records.next()) {
      if (++rows >= reader.options().limits().maxRows()) {
        throw GiveUp.INSTANCE;
      }
      if (records.isBlank()) {
        continue;
      }
      if (totalName != null || records.cells < width || !records.blankFrom(width)) {
        throw GiveUp.INSTANCE; // a row after the total, a short row, or a cell beyond the headings
      }
      String name = Labels.clean(records.text(names));
      if (name.isEmpty()) {
        throw GiveUp.INSTANCE;
      }
      boolean figures = false;
      for (int c = 0; c < width; c++) {
        if (c == names) {
          continue;
        }
        int k = indexOf(c);
        if (k < 0) {
          if (!records.isBlank(c)) {
            throw GiveUp.INSTANCE;
          }
          continue;
        }
        figures |= figure(k, c);
      }
      if (!figures) {
        throw GiveUp.INSTANCE; // a heading or a group's name
      }
      if (names > 0 && (!Labels.years(name).isEmpty() || Labels.unit(name).isPresent())) {
        throw GiveUp.INSTANCE; // the row might be a second row of headings
      }
      if (isSpecial(name)) {
        totalName = name;
        totalCells = scaled.clone();
        continue;
      }
      builder.addScaled(LineKind.ITEM, name, scaled);
      plan.lines++;
    }
    if (totalName != null) {
      List<Structure.Event> events = Structure.of(List.of(new Structure.Line(0, "Line", true),
          new Structure.Line(1, totalName, true)), reader.options().totalRow().orElse(null));
      if (events.size() != 2 || events.get(1).kind() != Structure.Kind.TOTAL) {
        throw GiveUp.INSTANCE;
      }
      builder.addScaled(LineKind.TOTAL, totalName, totalCells);
      plan.lines++;
    }
    if (plan.lines <= BudgetTables.LOCATED) {
      throw GiveUp.INSTANCE; // a table this small has its cells named: read it whole
    }
    restateNotes();
    problems.forgetCells();
    return TableReader.result(source, List.of(builder.build()), problems);
  }

  private int indexOf(int tableColumn) {
    for (int k = 0; k < this.tableColumn.length; k++) {
      if (this.tableColumn[k] == tableColumn) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a line's name makes it more than an item: a total, a subtotal or a memo line. */
  private boolean isSpecial(String name) {
    if (!mayBeSpecial(name)) {
      return false;
    }
    String w = Labels.words(name);
    return Structure.isMemo(w) || Structure.isSubtotal(w) || Structure.isGrand(w)
        || reader.options().totalRow().map(t -> Labels.words(t).equals(w)).orElse(false);
  }

  /** A quick look for the words a total's or a memo line's name holds; most names hold none. */
  private boolean mayBeSpecial(String name) {
    if (reader.options().totalRow().isPresent()) {
      return true;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if (c == 't' && name.regionMatches(true, i, "tot", 0, 3) || c == 'o' && name.regionMatches(true, i, "of", 0, 2)
          || c == 'm' && name.regionMatches(true, i, "memo", 0, 4)
          || c == 'i' && name.regionMatches(true, i, "includ", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads one figure into {@link #scaled} at its column's precision and counts what it shows; false
   * for a blank cell.
   */
  private boolean figure(int k, int c) throws GiveUp {
    int s = records.start[c];
    int e = records.end[c];
    if (records.escaped[c]) {
      throw GiveUp.INSTANCE;
    }
    byte[] b = records.buf;
    int n = e - s;
    boolean blank = true;
    for (int i = s; i < e && blank; i++) {
      blank = b[i] == ' ';
    }
    if (blank) {
      scaled[k] = BudgetProfile.BLANK;
      return false;
    }
    if (n == 1 && b[s] == '-') {
      scaled[k] = 0; // nil: a zero that shows no precision
      return true;
    }
    if (n > 40) {
      throw GiveUp.INSTANCE;
    }
    int i = s;
    int end = e;
    boolean minus = false;
    if (b[i] == '-') {
      minus = true;
      i++;
    } else if (b[i] == '(' && b[e - 1] == ')') {
      minus = true;
      i++;
      end--;
    }
    if (i >= end || !digit(b[i]) || b[i] == '0' && i + 1 < end && b[i + 1] != '.') {
      throw GiveUp.INSTANCE;
    }
    long v = 0;
    int digits = 0;
    int group = 0;
    boolean separators = false;
    for (; i < end && b[i] != '.'; i++) {
      byte x = b[i];
      if (x == ',') {
        if (group == 0 || group > 3 || !separators && digits > 3 || separators && group != 3) {
          throw GiveUp.INSTANCE;
        }
        separators = true;
        group = 0;
      } else if (digit(x)) {
        v = v * 10 + (x - '0');
        digits++;
        group++;
      } else {
        throw GiveUp.INSTANCE;
      }
    }
    if (separators && group != 3 || group == 0) {
      throw GiveUp.INSTANCE;
    }
    int decimals = 0;
    if (i < end) {
      for (i++; i < end; i++) {
        if (!digit(b[i])) {
          throw GiveUp.INSTANCE;
        }
        v = v * 10 + (b[i] - '0');
        digits++;
        decimals++;
      }
      if (decimals == 0) {
        throw GiveUp.INSTANCE;
      }
    }
    if (digits > 17) {
      throw GiveUp.INSTANCE;
    }
    int d = plan.decimals[k];
    long value;
    if (d >= decimals) {
      if (d - decimals > 17 || v > BudgetProfile.MAX_SCALED / POWERS[d - decimals]) {
        throw GiveUp.INSTANCE;
      }
      value = v * POWERS[d - decimals];
    } else if (decimals == 0 && d >= -17 && v % POWERS[-d] == 0) {
      value = v / POWERS[-d];
    } else {
      throw GiveUp.INSTANCE; // finer than the precision decided
    }
    scaled[k] = minus ? -value : value;
    // What the figure shows, as the whole reading counts it.
    known[k] = true;
    most[k] = Math.max(most[k], decimals);
    fewest[k] = Math.min(fewest[k], decimals);
    wholeThousands[k] &= decimals == 0 && v % 1000 == 0;
    anyNonZero[k] |= v != 0;
    if (income[k] && v != 0) {
      negative += minus ? 1 : 0;
      positive += minus ? 0 : 1;
    }
    unitUsed |= money[k];
    return true;
  }

  private static boolean digit(byte b) {
    return b >= '0' && b <= '9';
  }

  /**
   * Checks that the whole table leads to the decisions its head led to, and restates the notes that
   * count figures with the whole table's counts.
   */
  private void restateNotes() throws GiveUp {
    if (unitUsed != plan.unitUsed) {
      throw GiveUp.INSTANCE;
    }
    for (int k = 0; k < most.length; k++) {
      BudgetTables.FigureStats s = plan.stats[k];
      if (known[k] != (s.most() != Integer.MIN_VALUE)) {
        throw GiveUp.INSTANCE; // a column with no figures in the head has its precision from the others
      }
      if (reader.options().decimals().isPresent() || !known[k]) {
        continue;
      }
      boolean inferred = wholeThousands[k] && anyNonZero[k];
      if (most[k] != s.most() || inferred != plan.inferred[k]) {
        throw GiveUp.INSTANCE;
      }
      boolean mixed = !inferred && fewest[k] < most[k] && fewest[k] != Integer.MAX_VALUE;
      if (mixed != (plan.mixed[k] != null)) {
        throw GiveUp.INSTANCE;
      }
      if (mixed) {
        problems.replaceNote(plan.mixed[k], BudgetPrecision.mixedNote(problems.file(), plan.cols.get(k), plan.title,
            fewest[k], most[k]));
      }
    }
    if (plan.signNote != null) {
      SignConvention decided = IncomeSigns.decideSign(negative, positive, plan.baseSign);
      if (decided != plan.sign) {
        throw GiveUp.INSTANCE;
      }
      problems.replaceNote(plan.signNote, IncomeSigns.signNote(problems.file(), plan.title, plan.incomeLabels,
          plan.baseSchemaName, decided, negative, positive));
    }
  }

  private static String strict(byte[] bytes, int from, int to) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
  }

  /**
   * The records of a CSV or TSV file, split from its bytes as Jackson's CSV parser splits them, for
   * the plain forms only: a quoted cell must end at its closing quote and hold no line break, and an
   * unquoted cell holds no quote; anything else gives up.
   */
  private static final class Records {
    private final InputStream in;
    private final byte separator;
    byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    /** Where the current record starts in the buffer. */
    private int recordStart;
    int cells;
    int[] start = new int[64];
    int[] end = new int[64];
    boolean[] escaped = new boolean[64];

    private final int maxColumns;

    Records(InputStream in, byte separator, int maxColumns) {
      this.in = in;
      this.separator = separator;
      this.maxColumns = maxColumns;
    }

    /**
     * Reads the first rows and returns their bytes, or null if the file has no more rows than
     * that (it is read whole) or they cannot be split plainly.
     */
    byte[] head(int rows) throws IOException, GiveUp {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
      for (int r = 0; r < rows; r++) {
        if (!next()) {
          return null;
        }
        out.write(buf, recordStart, pos - recordStart);
      }
      return out.toByteArray();
    }

    /** Moves to the next record; false at the end of the file. */
    boolean next() throws IOException, GiveUp {
      while (true) {
        if (pos >= limit && !fill()) {
          return false;
        }
        int at = split(pos);
        if (at >= 0) {
          recordStart = pos;
          pos = at;
          return true;
        }
        // The record runs past the bytes read: keep its start and read more.
        if (limit - pos >= MAX_RECORD) {
          throw GiveUp.INSTANCE;
        }
        if (!fill()) {
          int last = split(pos); // the file ends without a line break
          if (last < 0) {
            throw GiveUp.INSTANCE;
          }
          recordStart = pos;
          pos = last;
          return true;
        }
      }
    }

    /** Reads more bytes after those not yet consumed; false at the end of the file. */
    private boolean fill() throws IOException {
      if (eof) {
        return false;
      }
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
      }
      if (limit == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
        return false;
      }
      limit += n;
      return true;
    }

    /**
     * Splits the record starting at {@code i} into cells: returns where the next record starts, or
     * −1 if the bytes end before the record does (and the file may go on).
     */
    private int split(int i) throws GiveUp {
      cells = 0;
      while (true) {
        if (cells == start.length) {
          start = Arrays.copyOf(start, cells * 2);
          end = Arrays.copyOf(end, cells * 2);
          escaped = Arrays.copyOf(escaped, cells * 2);
        }
        if (cells > maxColumns) {
          throw GiveUp.INSTANCE;
        }
        boolean esc = false;
        int s;
        int e;
        if (i < limit && buf[i] == '"') {
          s = i + 1;
          int j = s;
          while (true) {
            if (j >= limit) {
              return eof ? fail() : -1;
            }
            byte b = buf[j];
            if (b == '"') {
              if (j + 1 >= limit && !eof) {
                return -1;
              }
              if (j + 1 < limit && buf[j + 1] == '"') {
                esc = true;
                j += 2;
                continue;
              }
              break;
            }
            if (b == '\n' || b == '\r') {
              throw GiveUp.INSTANCE;
            }
            j++;
          }
          e = j;
          i = j + 1;
          if (i < limit && buf[i] != separator && buf[i] != '\n' && buf[i] != '\r') {
            throw GiveUp.INSTANCE; // text after the closing quote
          }
        } else {
          s = i;
          while (i < limit && buf[i] != separator && buf[i] != '\n' && buf[i] != '\r') {
            if (buf[i] == '"') {
              throw GiveUp.INSTANCE;
            }
            i++;
          }
          e = i;
        }
        start[cells] = s;
        end[cells] = e;
        escaped[cells] = esc;
        cells++;
        if (i >= limit) {
          return eof ? i : -1;
        }
        byte b = buf[i];
        if (b == separator) {
          i++;
          continue;
        }
        if (b == '\r') {
          if (i + 1 >= limit && !eof) {
            return -1;
          }
          return i + 1 < limit && buf[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return i + 1; // '\n'
      }
    }

    private int fail() throws GiveUp {
      throw GiveUp.INSTANCE;
    }

    /** Whether every cell of the record is blank (spaces at most). */
    boolean isBlank() {
      return blankFrom(0);
    }

    boolean blankFrom(int from) {
      for (int c = from; c < cells; c++) {
        if (!isBlank(c)) {
          return false;
        }
      }
      return true;
    }

    boolean isBlank(int c) {
      if (c >= cells) {
        return true;
      }
      for (int i = start[c]; i < end[c]; i++) {
        if (buf[i] != ' ') {
          return false;
        }
      }
      return true;
    }

    /** A cell's text, decoded strictly as UTF-8. */
    String text(int c) throws GiveUp {
      if (c >= cells) {
        return "";
      }
      int s = start[c];
      int e = end[c];
      boolean ascii = true;
      for (int i = s; i < e && ascii; i++) {
        ascii = buf[i] >= 0;
      }
      String t;
      if (ascii) {
        t = new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
      } else {
        try {
          t = strict(buf, s, e);
        } catch (CharacterCodingException x) {
          throw GiveUp.INSTANCE;
        }
      }
      return escaped[c] ? t.replace("\"\"", "\"") : t;
    }
  }
}
