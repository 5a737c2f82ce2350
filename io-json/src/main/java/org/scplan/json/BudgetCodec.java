package org.scplan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetProfileBuilder;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.LineKind;
import org.scplan.budget.Tolerance;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.Location;
import org.scplan.core.OrgUnit;
import org.scplan.core.PrintedFigures;
import org.scplan.core.internal.Text;

/**
 * Reads and writes a {@link BudgetProfile}, section kind {@code "budget"}. Not API; the shape is
 * documented in io-json/README.md.
 *
 * <p>The lines are streamed into the profile's builder as they are read, never held as JSON, so
 * the members that say how to read a cell ({@code id}, {@code title}, {@code schema}, {@code unit},
 * {@code decimals}, {@code columnDecimals}) must come before {@code lines}; one that comes after is
 * reported at {@code lines}. Cells are scaled to their column's precision straight from the
 * parser's characters, and a figure printed with more decimals than its column is a problem, not a
 * rounding.
 */
final class BudgetCodec implements SectionCodec<BudgetProfile> {
  /** The members a reader must have met before the lines, in the order the writer puts them. */
  private static final List<String> BEFORE_LINES = List.of("id", "title", "schema", "unit", "decimals",
      "columnDecimals");
  private static final int MIN_DECIMALS = -12;
  private static final int MAX_DECIMALS = 12;
  private static final long[] POWERS = new long[19];
  /** Returned by the fast path for a number it leaves to {@link BigDecimal}. */
  static final long SLOW = Long.MIN_VALUE + 1;
  /** Abandons a value whose problem is already recorded, or needs no report of its own. */
  private static final JsonIn.Abandon SKIP = new JsonIn.Abandon();

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  @Override
  public String kind() {
    return "budget";
  }

  @Override
  public Class<BudgetProfile> type() {
    return BudgetProfile.class;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Collects a budget's members; the lines go straight into {@link #builder}. */
  static final class Parts {
    final Set<String> seen = new HashSet<>();
    Location start;
    String id;
    String title;
    BudgetSchema schema;
    FinancialYear year;
    OrgUnit orgUnit;
    AmountUnit unit;
    Integer decimals;
    final Map<String, Integer> columnDecimals = new LinkedHashMap<>();
    final Map<String, Location> columnDecimalsAt = new LinkedHashMap<>();
    Tolerance tolerance;
    Boolean coversPlan;
    List<String> notes;
    Location linesAt;
    BudgetProfileBuilder builder;
  }

  /** Reads a member the lines depend on, reporting it at the lines if it comes after them. */
  private static JsonFields.Builder<Parts> beforeLines(JsonFields.Builder<Parts> fields, String name, boolean required,
      BiConsumer<JsonIn, Parts> reader) {
    BiConsumer<JsonIn, Parts> checked = (in, p) -> {
      p.seen.add(name);
      if (p.linesAt != null) {
        in.problemAt(p.linesAt, JsonRules.MISSING_MEMBER, "expected " + Text.quote(name) + " before \"lines\": a"
            + " budget's lines are read as they come, so " + String.join(", ", BEFORE_LINES)
            + " must come before them (write \"lines\" last); found " + Text.quote(name) + " after the lines");
        throw SKIP;
      }
      reader.accept(in, p);
    };
    return required ? fields.required(name, checked) : fields.optional(name, checked);
  }

  static final JsonFields<Parts> FIELDS;

  static {
    JsonFields.Builder<Parts> f = JsonFields.of("a budget");
    beforeLines(f, "id", true, (in, p) -> p.id = in.nonBlank());
    beforeLines(f, "title", true, (in, p) -> p.title = in.nonBlank());
    beforeLines(f, "schema", true, (in, p) -> p.schema = BudgetSchemaCodec.readReference(in));
    f.required("year", (in, p) -> p.year = in.financialYear());
    f.optional("orgUnit", (in, p) -> p.orgUnit = PlanCodec.readUnit(in));
    beforeLines(f, "unit", false, (in, p) -> p.unit = in.enumValue(AmountUnit.class));
    beforeLines(f, "decimals", true, (in, p) -> p.decimals = readDecimals(in));
    beforeLines(f, "columnDecimals", false, (in, p) -> in.entries(key -> {
      p.columnDecimalsAt.put(key, in.here());
      p.columnDecimals.put(key, readDecimals(in));
    }));
    f.optional("tolerance", (in, p) -> p.tolerance = in.parsed("a tolerance: intervals, absolute 0.5 or relative 0.001",
        Tolerance::parse));
    f.optional("coversPlan", (in, p) -> p.coversPlan = in.bool());
    f.optional("notes", (in, p) -> p.notes = in.list(in::nonBlank));
    f.optional("lines", BudgetCodec::readLines);
    FIELDS = f.build();
  }

  @Override
  public BudgetProfile read(JsonIn in) {
    Parts parts = new Parts();
    parts.start = in.here();
    return in.build(FIELDS, parts, p -> finish(in, p));
  }

  private static int readDecimals(JsonIn in) {
    int d = in.integer();
    if (d < MIN_DECIMALS || d > MAX_DECIMALS) {
      throw in.problem(JsonRules.INVALID_VALUE, "expected a precision from " + MIN_DECIMALS + " to " + MAX_DECIMALS
          + " decimal places (negative for figures rounded to tens, hundreds or thousands), found the number " + d);
    }
    return d;
  }

  private static boolean hasMoney(BudgetSchema schema) {
    return schema.columns().stream().anyMatch(BudgetColumn::isMoney);
  }

  private static void readLines(JsonIn in, Parts p) {
    p.linesAt = in.here();
    for (String name : BEFORE_LINES) {
      boolean needed = !name.equals("columnDecimals") && (!name.equals("unit") || p.schema != null && hasMoney(p.schema));
      if (needed && !p.seen.contains(name)) {
        // Reported where it is settled: at the lines if the member comes later, as missing if it never does.
        throw SKIP;
      }
    }
    if (p.id == null || p.title == null || p.schema == null || p.decimals == null
        || p.seen.contains("unit") && p.unit == null) {
      throw SKIP; // a member the lines need could not be read; its problem is recorded
    }
    p.builder = newBuilder(in, p);
    if (p.builder == null) {
      throw SKIP;
    }
    new Lines(in, p.builder, p.schema, decimals(p)).read(null);
  }

  private static int[] decimals(Parts p) {
    List<String> keys = p.schema.keys();
    int[] d = new int[keys.size()];
    for (int c = 0; c < d.length; c++) {
      d[c] = p.columnDecimals.getOrDefault(keys.get(c), p.decimals);
    }
    return d;
  }

  /** Starts the profile, or returns null after reporting a column precision for no column of the schema. */
  private static BudgetProfileBuilder newBuilder(JsonIn in, Parts p) {
    BudgetProfileBuilder b;
    try {
      b = BudgetProfile.builder(p.id, p.title, p.schema);
    } catch (IllegalArgumentException e) {
      in.problemAt(p.start, JsonRules.INVALID_VALUE, "a budget is not valid: " + e.getMessage());
      return null;
    }
    b.unit(p.unit == null ? AmountUnit.POUNDS : p.unit).decimals(p.decimals);
    boolean ok = true;
    for (Map.Entry<String, Integer> e : p.columnDecimals.entrySet()) {
      if (p.schema.keys().contains(e.getKey())) {
        b.decimals(e.getKey(), e.getValue());
      } else {
        ok = false;
        in.problemAt(p.columnDecimalsAt.get(e.getKey()), JsonRules.INVALID_VALUE, "expected the key of a column of"
            + " schema " + p.schema.name() + " (" + String.join(", ", p.schema.keys()) + "), found "
            + Text.quote(e.getKey()));
      }
    }
    return ok ? b : null;
  }

  private static BudgetProfile finish(JsonIn in, Parts p) {
    if (!p.seen.contains("unit") && hasMoney(p.schema)) {
      in.problemAt(p.start, JsonRules.MISSING_MEMBER, "a budget whose schema has money columns needs the member"
          + " \"unit\": pounds, thousands or millions");
      throw new IllegalArgumentException("no unit");
    }
    BudgetProfileBuilder b = p.builder != null ? p.builder : newBuilder(in, p);
    if (b == null) {
      throw new IllegalArgumentException("a column precision names no column");
    }
    b.year(p.year);
    if (p.orgUnit != null) {
      b.orgUnit(p.orgUnit);
    }
    if (p.tolerance != null) {
      b.tolerance(p.tolerance);
    }
    if (p.coversPlan != null) {
      b.coversPlan(p.coversPlan);
    }
    if (p.notes != null) {
      p.notes.forEach(b::note);
    }
    return b.build();
  }

  /** A line's members, read before the line is added (a group is opened as soon as its name is read). */
  static final class LineParts {
    final Lines lines;
    final String group;
    final Sibling siblings;
    final Location arrayAt;
    final int index;
    final JsonLocation token;
    LineKind kind;
    String name;
    boolean bad;
    boolean cellsSeen;
    long[] cells;
    String responsible;
    /** Cells printed coarser than their columns: column key to decimals, and where each was given. */
    final Map<String, Integer> printed = new LinkedHashMap<>();
    final Map<String, Location> printedAt = new LinkedHashMap<>();
    boolean groupOpened;
    boolean membersRead;
    boolean closedBySubtotal;

    LineParts(Lines lines, String group, Sibling siblings, Location arrayAt, int index, JsonLocation token) {
      this.lines = lines;
      this.group = group;
      this.siblings = siblings;
      this.arrayAt = arrayAt;
      this.index = index;
      this.token = token;
    }

    /** Where the line is: made only for a problem, as a pointer costs more than reading the line. */
    Location at() {
      return within("");
    }

    /** Where a member of the line is, at a token of its value. */
    Location within(String member, JsonLocation at) {
      return arrayAt.at(arrayAt.pointer().orElse("") + "/" + index + member, at.getLineNr(), at.getColumnNr());
    }

    private Location within(String member) {
      return within(member, token);
    }
  }

  /** What the lines of one array have met so far. */
  static final class Sibling {
    String subtotal;
    int count;
  }

  private static final JsonFields<LineParts> LINE = JsonFields.<LineParts>of("a budget line")
      .optional("item", (in, l) -> l.lines.kindMember(in, l, LineKind.ITEM))
      .optional("group", (in, l) -> l.lines.kindMember(in, l, LineKind.GROUP))
      .optional("subtotal", (in, l) -> l.lines.kindMember(in, l, LineKind.SUBTOTAL))
      .optional("total", (in, l) -> l.lines.kindMember(in, l, LineKind.TOTAL))
      .optional("memo", (in, l) -> l.lines.kindMember(in, l, LineKind.MEMO))
      .optional("responsible", (in, l) -> l.lines.responsible(in, l))
      .optional("cells", (in, l) -> l.lines.cells(in, l))
      .optional("printed", (in, l) -> l.lines.printed(in, l))
      .optional("lines", (in, l) -> l.lines.members(in, l))
      .build();

  /** Streams lines into the builder, checking the table's structure as it goes. */
  static final class Lines {
    private final JsonIn in;
    private final JsonParser parser;
    private final BudgetProfileBuilder builder;
    private final int[] decimals;
    private final List<BudgetColumn> columns;
    private final BudgetSchema schema;
    private String total;

    Lines(JsonIn in, BudgetProfileBuilder builder, BudgetSchema schema, int[] decimals) {
      this.in = in;
      this.parser = in.parser();
      this.builder = builder;
      this.schema = schema;
      this.columns = schema.columns();
      this.decimals = decimals;
    }

    /**
     * Reads an array of lines: the table's, or a group's members.
     *
     * @param group the group's name, or null for the table's top level
     * @return true if a subtotal closed the group
     */
    boolean read(String group) {
      Sibling siblings = new Sibling();
      Location arrayAt = in.here();
      in.array(() -> line(group, siblings, arrayAt));
      return siblings.subtotal != null;
    }

    private void line(String group, Sibling siblings, Location arrayAt) {
      LineParts l = new LineParts(this, group, siblings, arrayAt, siblings.count++, parser.currentTokenLocation());
      in.object(LINE, l);
      if (l.groupOpened) {
        if (!l.closedBySubtotal) {
          builder.end();
        }
        return;
      }
      if (l.bad) {
        return;
      }
      if (l.kind == null) {
        in.problemAt(l.at(), JsonRules.MISSING_MEMBER, "a budget line needs its kind and name: one of \"item\","
            + " \"group\", \"subtotal\", \"total\" or \"memo\"");
        return;
      }
      if (!l.cellsSeen) {
        in.problemAt(l.at(), JsonRules.MISSING_MEMBER, "a budget line of kind " + JsonIn.jsonName(l.kind)
            + " needs the member \"cells\"");
        return;
      }
      if (l.cells == null || !fits(l)) {
        return;
      }
      try {
        builder.addScaled(l.kind, l.name, l.cells);
        if (l.responsible != null) {
          builder.responsible(l.responsible);
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        in.problemAt(l.at(), JsonRules.INVALID_VALUE, "the line cannot be added: " + e.getMessage());
        return;
      }
      for (Map.Entry<String, Integer> e : l.printed.entrySet()) {
        if (schema.indexOf(e.getKey()) < 0) {
          in.problemAt(l.printedAt.get(e.getKey()), JsonRules.INVALID_VALUE, "expected a column key of schema "
              + schema.name() + " (" + String.join(", ", schema.keys()) + "), found " + Text.quote(e.getKey()));
          continue;
        }
        try {
          builder.printed(e.getKey(), e.getValue());
        } catch (IllegalArgumentException x) {
          in.problemAt(l.printedAt.get(e.getKey()), JsonRules.INVALID_VALUE, "expected the decimals a figure of the"
              + " line was printed to, no finer than its column's; " + x.getMessage());
        }
      }
      if (l.kind == LineKind.SUBTOTAL) {
        siblings.subtotal = l.name;
      } else if (l.kind == LineKind.TOTAL) {
        total = l.name;
      }
    }

    /** Checks where a line stands in the table, reporting it at the line if it cannot stand there. */
    private boolean fits(LineParts l) {
      String expected = null;
      if (l.siblings.subtotal != null) {
        expected = "the subtotal " + Text.quote(l.siblings.subtotal) + " to be the last line of its group";
      } else if (total != null && l.kind != LineKind.MEMO) {
        expected = (l.kind == LineKind.TOTAL ? "one grand total" : "only memo lines after the grand total")
            + " (" + Text.quote(total) + ")";
      } else if (l.kind == LineKind.SUBTOTAL && l.group == null) {
        expected = "a subtotal among a group's lines, which it closes (the table's grand total is a \"total\")";
      } else if (l.kind == LineKind.TOTAL && l.group != null) {
        expected = "the grand total at the top level of the table, not among the lines of the group "
            + Text.quote(l.group);
      }
      if (expected == null) {
        return true;
      }
      in.problemAt(l.at(), JsonRules.INVALID_VALUE, "expected " + expected + ", found the "
          + JsonIn.jsonName(l.kind) + " " + Text.quote(l.name));
      l.bad = true;
      return false;
    }

    void kindMember(JsonIn in, LineParts l, LineKind kind) {
      if (l.bad) {
        throw SKIP;
      }
      if (l.kind != null) {
        throw in.problem(JsonRules.INVALID_VALUE, "expected one kind per line, found \"" + JsonIn.jsonName(kind)
            + "\" after \"" + JsonIn.jsonName(l.kind) + "\"");
      }
      l.kind = kind;
      l.bad = true; // until the name is read
      l.name = in.nonBlank();
      l.bad = false;
      if (kind == LineKind.GROUP && fits(l)) {
        try {
          builder.group(l.name);
          l.groupOpened = true;
        } catch (IllegalArgumentException | IllegalStateException e) {
          in.problemAt(l.at(), JsonRules.INVALID_VALUE, "the group cannot be added: " + e.getMessage());
          l.bad = true;
        }
      }
    }

    private void afterKind(JsonIn in, LineParts l, String member) {
      if (l.bad) {
        throw SKIP;
      }
      if (l.kind == null) {
        in.problemAt(l.at(), JsonRules.MISSING_MEMBER, "a budget line starts with its kind and name (\"item\","
            + " \"group\", \"subtotal\", \"total\" or \"memo\"), found " + Text.quote(member) + " first");
        l.bad = true;
        throw SKIP;
      }
    }

    void responsible(JsonIn in, LineParts l) {
      afterKind(in, l, "responsible");
      if (l.kind != LineKind.GROUP) {
        l.responsible = in.nonBlank();
      } else if (l.membersRead) {
        throw in.problem(JsonRules.INVALID_VALUE, "expected a group's \"responsible\" before its \"lines\","
            + " found it after them");
      } else {
        builder.responsible(in.nonBlank());
      }
    }

    void printed(JsonIn in, LineParts l) {
      afterKind(in, l, "printed");
      if (l.kind == LineKind.GROUP) {
        throw in.problem(JsonRules.UNKNOWN_MEMBER, "unknown member \"printed\" in a group: a group heading has no"
            + " figures");
      }
      in.entries(key -> {
        l.printedAt.put(key, in.here());
        l.printed.put(key, readDecimals(in));
      });
    }

    void members(JsonIn in, LineParts l) {
      afterKind(in, l, "lines");
      if (l.kind != LineKind.GROUP) {
        throw in.problem(JsonRules.UNKNOWN_MEMBER, "unknown member \"lines\" in a budget line of kind "
            + JsonIn.jsonName(l.kind) + "; only a group has lines");
      }
      l.membersRead = true;
      if (l.groupOpened) {
        l.closedBySubtotal = read(l.name);
      } else {
        throw SKIP;
      }
    }

    void cells(JsonIn in, LineParts l) {
      afterKind(in, l, "cells");
      if (l.kind == LineKind.GROUP) {
        throw in.problem(JsonRules.UNKNOWN_MEMBER, "unknown member \"cells\" in a group: a group heading has no"
            + " figures (its subtotal has them)");
      }
      l.cellsSeen = true;
      JsonLocation at = parser.currentTokenLocation();
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw in.problem(JsonRules.WRONG_TYPE, "expected an array of cells, one per column, found " + in.found());
      }
      long[] cells = new long[decimals.length];
      int[] count = {0};
      int before = in.problems().size();
      in.array(() -> {
        int c = count[0]++;
        if (c < cells.length) {
          cells[c] = cell(c);
        } else if (parser.currentToken().isStructStart()) {
          throw SKIP;
        }
      });
      if (count[0] != cells.length) {
        in.problemAt(l.within("/cells", at), JsonRules.INVALID_VALUE, "expected " + cells.length + " cells, one for each column of"
            + " schema " + schema.name() + " (" + String.join(", ", schema.keys()) + "), found " + count[0]);
        return;
      }
      if (in.problems().size() == before) {
        l.cells = cells;
      }
    }

    /** Reads one cell, the parser on its value: a number scaled to the column's precision, or null for a blank. */
    private long cell(int c) {
      JsonToken t = parser.currentToken();
      if (t == JsonToken.VALUE_NULL) {
        return BudgetProfile.BLANK;
      }
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw in.problem(JsonRules.WRONG_TYPE, "expected a number, or null for a blank cell, found " + in.found());
      }
      long v;
      try {
        v = scaled(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), decimals[c]);
      } catch (IOException e) {
        v = SLOW;
      }
      return v != SLOW ? v : slowCell(c);
    }

    /** Reads a cell the fast path leaves: long, in exponent form, or not fitting its column. */
    private long slowCell(int c) {
      BigDecimal x = in.decimal();
      int d = decimals[c];
      String column = "column " + Text.quote(columns.get(c).label()) + " (" + columns.get(c).key() + ")";
      if (x.scale() > Math.max(d, 0)) {
        throw in.problem(JsonRules.INVALID_VALUE, "expected " + (d > 0 ? "at most " + d + " decimal place"
            + (d == 1 ? "" : "s") : "a whole number") + ", the precision of " + column + ", found " + in.found());
      }
      PrintedFigures.Scaled scaled = PrintedFigures.scale(x, d, BudgetProfile.MAX_SCALED);
      return switch (scaled.scaling()) {
        case EXACT -> scaled.units();
        case FINER_THAN_PRECISION -> throw in.problem(JsonRules.INVALID_VALUE, "expected a multiple of "
            + Text.grouped(POWERS[-d]) + " (" + column + " is printed to the nearest " + Text.grouped(POWERS[-d])
            + "), found " + in.found());
        case TOO_LARGE -> throw in.problem(JsonRules.NUMBER_TOO_LONG, "expected a figure of at most "
            + BigDecimal.valueOf(BudgetProfile.MAX_SCALED, d).toPlainString() + " either side of zero (the largest "
            + column + " holds at its precision), found " + in.found());
      };
    }
  }

  /**
   * Scales a plain JSON number of at most 18 digits to a column's precision, straight from its
   * characters; {@link #SLOW} for anything else (an exponent, more digits, more decimals than the
   * column has, a figure too large), which {@link Lines#slowCell} reads or reports.
   */
  static long scaled(char[] text, int offset, int length, int decimals) {
    int i = offset;
    int end = offset + length;
    boolean negative = text[i] == '-';
    if (negative) {
      i++;
    }
    long v = 0;
    int digits = 0;
    int fraction = -1;
    for (; i < end; i++) {
      char ch = text[i];
      if (ch >= '0' && ch <= '9') {
        if (++digits > 18) {
          return SLOW;
        }
        v = v * 10 + (ch - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else if (ch == '.' && fraction < 0) {
        fraction = 0;
      } else {
        return SLOW;
      }
    }
    int places = Math.max(fraction, 0);
    long scaled;
    if (decimals >= 0) {
      int shift = decimals - places;
      if (shift < 0 || shift > 18 || v > BudgetProfile.MAX_SCALED / POWERS[shift]) {
        return SLOW;
      }
      scaled = v * POWERS[shift];
    } else {
      if (places > 0 || v % POWERS[-decimals] != 0) {
        return SLOW;
      }
      scaled = v / POWERS[-decimals];
      if (scaled > BudgetProfile.MAX_SCALED) {
        return SLOW;
      }
    }
    return negative ? -scaled : scaled;
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  @Override
  public void write(BudgetProfile profile, JsonOut out) {
    BudgetSchema schema = profile.schema();
    out.field("id", profile.id());
    out.field("title", profile.title());
    BudgetSchemaCodec.writeReference(schema, out);
    out.text("year", profile.year());
    profile.orgUnit().ifPresent(u -> out.object("orgUnit", o -> PlanCodec.writeUnit(u, o)));
    if (hasMoney(schema) || profile.unit() != AmountUnit.POUNDS) {
      out.field("unit", profile.unit());
    }
    List<String> keys = schema.keys();
    int[] decimals = new int[keys.size()];
    for (int c = 0; c < decimals.length; c++) {
      decimals[c] = profile.decimals(keys.get(c));
    }
    int common = mostFrequent(decimals);
    out.field("decimals", common);
    if (Arrays.stream(decimals).anyMatch(d -> d != common)) {
      out.name("columnDecimals").inlineObject(o -> {
        for (int c = 0; c < decimals.length; c++) {
          if (decimals[c] != common) {
            o.field(keys.get(c), decimals[c]);
          }
        }
      });
    }
    if (!profile.tolerance().isIntervals()) {
      out.text("tolerance", profile.tolerance());
    }
    if (!profile.coversPlan()) {
      out.field("coversPlan", false);
    }
    out.strings("notes", profile.notes());
    if (profile.lineCount() > 0) {
      out.name("lines");
      new Writer(profile, out, decimals).lines(0, -1);
    }
  }

  /** The precision most columns have; the first column's among equals. */
  private static int mostFrequent(int[] decimals) {
    int best = decimals[0];
    int bestCount = 0;
    for (int d : decimals) {
      int count = 0;
      for (int e : decimals) {
        if (e == d) {
          count++;
        }
      }
      if (count > bestCount) {
        best = d;
        bestCount = count;
      }
    }
    return best;
  }

  /** Writes a profile's lines as nested arrays, groups holding their members. */
  private static final class Writer {
    private final BudgetProfile profile;
    private final JsonOut out;
    private final int[] decimals;
    private final int[] parents;

    Writer(BudgetProfile profile, JsonOut out, int[] decimals) {
      this.profile = profile;
      this.out = out;
      this.decimals = decimals;
      this.parents = new int[profile.lineCount()];
      for (int i = 0; i < parents.length; i++) {
        parents[i] = profile.line(i).group().map(BudgetLine::index).orElse(-1);
      }
    }

    /** Writes the lines from {@code from} whose group is {@code parent}; returns the index after them. */
    int lines(int from, int parent) {
      JsonGenerator g = out.generator();
      int i = from;
      try {
        g.writeStartArray();
        while (i < parents.length && parents[i] == parent) {
          i = line(i);
        }
        g.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return i;
    }

    private int line(int i) {
      BudgetLine line = profile.line(i);
      String kind = JsonIn.jsonName(line.kind());
      if (line.kind() != LineKind.GROUP) {
        List<BigDecimal> cells = new ArrayList<>(decimals.length);
        for (int c = 0; c < decimals.length; c++) {
          long v = profile.scaled(i, c);
          cells.add(v == BudgetProfile.BLANK ? null : BigDecimal.valueOf(v, decimals[c]));
        }
        Map<String, Integer> printed = new LinkedHashMap<>();
        for (int c = 0; c < decimals.length && profile.hasCoarserFigures(); c++) {
          int own = line.figure(profile.schema().keys().get(c)).map(f -> f.decimals()).orElse(decimals[c]);
          if (own != decimals[c]) {
            printed.put(profile.schema().keys().get(c), own);
          }
        }
        out.inlineObject(o -> {
          o.field(kind, line.name());
          o.numbers("cells", cells);
          if (!printed.isEmpty()) {
            o.name("printed").inlineObject(p -> printed.forEach(p::field));
          }
          o.field("responsible", line.responsible());
        });
        return i + 1;
      }
      int[] next = {i + 1};
      out.object(o -> {
        o.field(kind, line.name());
        o.field("responsible", line.responsible());
        if (next[0] < parents.length && parents[next[0]] == i) {
          o.name("lines");
          next[0] = lines(i + 1, i);
        }
      });
      return next[0];
    }
  }
}
