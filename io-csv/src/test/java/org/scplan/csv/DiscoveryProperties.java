package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.scplan.budget.PublishedTable;
import org.scplan.budget.TableRelation;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;

/**
 * The laws of discovering a table's arithmetic from its figures alone (headings that name no
 * schema and no relation): a consistent table in any layout reconciles clean, and pushing k cells
 * out of their rounding intervals, k under a third of the lines, makes exactly the relations
 * through those cells fail, no more.
 */
class DiscoveryProperties {

  /** How income is printed. */
  enum Sign { NEGATIVE, BRACKETS, POSITIVE }

  /** A generated table: its text, and for each cell of figures which relations run through it. */
  static final class Generated {
    final List<String[]> rows = new ArrayList<>();
    /** Column relations as the generator made them: the target column and its terms (all columns of one set). */
    final List<Set<Integer>> columnSets = new ArrayList<>();
    /** The same relations as coefficients: −1 for the derived column, ±1 for each term. */
    final List<long[]> columnVectors = new ArrayList<>();
    /** The rows of lines (as file records, from 1) and, for each, the rows that total it (its subtotal, the total). */
    final List<Integer> lineRecords = new ArrayList<>();
    final java.util.Map<Integer, List<Integer>> totalsOf = new java.util.HashMap<>();
    int figureColumns;
    int firstFigureColumn = 1;

    String text() {
      StringBuilder sb = new StringBuilder();
      for (String[] r : rows) {
        sb.append(String.join("\t", r)).append('\n');
      }
      return sb.toString();
    }
  }

  /**
   * Generates a consistent table: lines of parts, their sum, an offset and the remainder (in one of
   * six column orders, three sign conventions, three units and precisions), with or without
   * subtotals and a total.
   */
  static Generated generate(long seed, int lines, boolean totals, boolean groups) {
    return generate(seed, lines, totals, groups, false);
  }

  /**
   * Generates a table; {@code statement} prints it as a statement down the page would be: the parts,
   * their sum, the offset ("Less: Offset" when printed positive) and the remainder, in that order.
   */
  static Generated generate(long seed, int lines, boolean totals, boolean groups, boolean statement) {
    Random random = new Random(seed);
    int parts = random.nextBoolean() ? 0 : 2 + random.nextInt(2);
    int decimals = new int[] {0, 1, 3}[random.nextInt(3)];
    String unit = new String[] {" £", " £'000", " £m"}[random.nextInt(3)];
    Sign sign = Sign.values()[random.nextInt(3)];
    // Blocks: the parts with their sum after them; the offset; the remainder.
    List<List<String>> blocks = new ArrayList<>();
    List<String> first = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      first.add("Part " + (char) ('A' + p));
    }
    first.add("Sum of parts");
    blocks.add(first);
    blocks.add(List.of("Offset"));
    blocks.add(List.of("Remainder"));
    if (!statement) {
      java.util.Collections.shuffle(blocks, random);
    }
    List<String> headings = new ArrayList<>();
    blocks.forEach(headings::addAll);
    Generated g = new Generated();
    g.figureColumns = headings.size();
    int sumAt = headings.indexOf("Sum of parts");
    int offsetAt = headings.indexOf("Offset");
    int remainderAt = headings.indexOf("Remainder");
    g.columnSets.add(Set.of(sumAt, offsetAt, remainderAt));
    long[] remainder = new long[headings.size()];
    remainder[remainderAt] = -1;
    remainder[sumAt] = 1;
    remainder[offsetAt] = sign == Sign.POSITIVE ? -1 : 1;
    g.columnVectors.add(remainder);
    if (parts > 0) {
      Set<Integer> sum = new HashSet<>();
      sum.add(sumAt);
      long[] v = new long[headings.size()];
      v[sumAt] = -1;
      for (int p = 0; p < parts; p++) {
        sum.add(headings.indexOf("Part " + (char) ('A' + p)));
        v[headings.indexOf("Part " + (char) ('A' + p))] = 1;
      }
      g.columnSets.add(sum);
      g.columnVectors.add(v);
    }
    g.rows.add(new String[] {"Service lines " + seed});
    String[] heading = new String[headings.size() + 1];
    heading[0] = "Service";
    for (int c = 0; c < headings.size(); c++) {
      heading[c + 1] = (statement && c == offsetAt && sign == Sign.POSITIVE ? "Less: " : "") + headings.get(c) + unit;
    }
    g.rows.add(heading);
    int groupsOf = groups ? 2 + random.nextInt(2) : lines;
    long[] grand = new long[headings.size()];
    long[] group = new long[headings.size()];
    List<Integer> inGroup = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      long[] v = new long[headings.size()];
      long sum = 0;
      for (int p = 0; p < parts; p++) {
        long x = random.nextInt(90_000) + 10;
        v[headings.indexOf("Part " + (char) ('A' + p))] = x;
        sum += x;
      }
      if (parts == 0) {
        sum = random.nextInt(900_000) + 1_000;
      }
      long offset = random.nextInt((int) Math.min(sum, Integer.MAX_VALUE - 1)) + 1;
      v[sumAt] = sum;
      v[offsetAt] = offset;
      v[remainderAt] = sum - offset;
      g.rows.add(line("Line " + (i + 1), v, headings, offsetAt, sign, decimals));
      int record = g.rows.size();
      g.lineRecords.add(record);
      inGroup.add(record);
      all.add(record);
      for (int c = 0; c < v.length; c++) {
        group[c] += v[c];
        grand[c] += v[c];
      }
      boolean closes = groups && ((i + 1) % groupsOf == 0 || i == lines - 1);
      if (closes) {
        g.rows.add(line("Total group " + (i / groupsOf + 1), group, headings, offsetAt, sign, decimals));
        int subtotal = g.rows.size();
        for (int r : inGroup) {
          g.totalsOf.computeIfAbsent(r, k -> new ArrayList<>()).add(subtotal);
        }
        inGroup.clear();
        group = new long[headings.size()];
      }
    }
    if (totals) {
      g.rows.add(line("Total", grand, headings, offsetAt, sign, decimals));
      for (int r : all) {
        g.totalsOf.computeIfAbsent(r, k -> new ArrayList<>()).add(g.rows.size());
      }
    }
    return g;
  }

  private static String[] line(String name, long[] v, List<String> headings, int offsetAt, Sign sign, int decimals) {
    String[] row = new String[headings.size() + 1];
    row[0] = name;
    for (int c = 0; c < v.length; c++) {
      long x = c == offsetAt && sign != Sign.POSITIVE ? -v[c] : v[c];
      row[c + 1] = printed(x, decimals, c == offsetAt && sign == Sign.BRACKETS);
    }
    return row;
  }

  static String printed(long units, int decimals, boolean brackets) {
    String s = String.format(Locale.ROOT, "%,." + decimals + "f", BigDecimal.valueOf(Math.abs(units), decimals));
    return units < 0 ? brackets ? "(" + s + ")" : "-" + s : s;
  }

  @Property(tries = 200)
  void aConsistentTableReconcilesCleanWithItsRelationsDiscovered(@ForAll long seed,
      @ForAll @IntRange(min = 4, max = 20) int lines, @ForAll boolean totals, @ForAll boolean groups) {
    Generated g = generate(seed, lines, totals, groups);
    ReadResult<Document> r = TableReader.standard().read("generated.tsv", g.text());
    assertThat(r.isRead()).as(r + "\n" + g.text()).isTrue();
    PublishedTable table = (PublishedTable) r.sections(PlanSection.class).get(0);
    assertThat(r.validate().errors()).as(g.text()).isEmpty();
    // The relations found say what the generator's say: as many, and each of the generator's follows from them.
    List<long[]> found = new ArrayList<>();
    for (TableRelation rel : table.relations()) {
      if (rel.axis() == TableRelation.Axis.COLUMNS) {
        long[] v = new long[g.figureColumns];
        v[rel.target()] = -1;
        rel.terms().forEach(t -> v[t.index()] += t.sign());
        found.add(v);
      }
    }
    assertThat(found).as(table + "\n" + g.text()).hasSameSizeAs(g.columnVectors);
    for (long[] v : g.columnVectors) {
      assertThat(rank(found, v)).as("%s follows from what was found\n%s\n%s", java.util.Arrays.toString(v), table,
          g.text()).isEqualTo(rank(found, null));
    }
    long rowRelations = table.relations().stream().filter(x -> x.axis() == TableRelation.Axis.ROWS).count();
    long expectedRows = g.totalsOf.values().stream().flatMap(List::stream).distinct().count();
    assertThat(rowRelations).as(table + "\n" + g.text()).isEqualTo(expectedRows);
  }

  /**
   * A column of percentage changes between two others, printed with no % and headed in words no rule
   * knows ("Movement"), adds in no total and joins no relation: the table reads exactly as without it.
   */
  @Property(tries = 200)
  void aColumnOfPercentageChangesChangesNothingFound(@ForAll long seed,
      @ForAll @IntRange(min = 4, max = 20) int lines, @ForAll boolean groups) {
    Generated g = generate(seed, lines, true, groups);
    // The change from each line's sum to its remainder: a fall of under 100 per cent, as a year on
    // year change is printed.
    List<String> headings = List.of(g.rows.get(1));
    int from = headings.indexOf(headings.stream().filter(h -> h.startsWith("Sum of parts")).findFirst().orElseThrow());
    int to = headings.indexOf(headings.stream().filter(h -> h.startsWith("Remainder")).findFirst().orElseThrow());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < g.rows.size(); i++) {
      String[] row = g.rows.get(i);
      text.append(String.join("\t", row));
      if (i == 1) {
        text.append("\tMovement");
      } else if (i > 1) {
        BigDecimal a = figure(row[from]);
        BigDecimal b = figure(row[to]);
        text.append('\t').append(a.signum() == 0 ? "-" : b.subtract(a).multiply(BigDecimal.valueOf(100))
            .divide(a.abs(), 1, java.math.RoundingMode.HALF_UP).toPlainString());
      }
      text.append('\n');
    }
    ReadResult<Document> plain = TableReader.standard().read("generated.tsv", g.text());
    ReadResult<Document> changed = TableReader.standard().read("changed.tsv", text.toString());
    assertThat(changed.isRead()).as(changed + "\n" + text).isTrue();
    assertThat(changed.validate().errors()).as(changed.validate() + "\n" + text).isEmpty();
    assertThat(((PublishedTable) changed.sections(PlanSection.class).get(0)).relations()).as(text.toString())
        .isEqualTo(((PublishedTable) plain.sections(PlanSection.class).get(0)).relations());
    assertThat(changed.notes().withCode(CsvRules.LAYOUT_DISCOVERED).get(0).message()).as(text.toString())
        .contains("column \"Movement\" is the change in per cent");
  }

  private static BigDecimal figure(String printed) {
    String s = printed.replace(",", "");
    return s.startsWith("(") ? new BigDecimal(s.substring(1, s.length() - 1)).negate() : new BigDecimal(s);
  }

  /**
   * A statement printed down the page (the generated table turned on its side: its columns are rows,
   * its lines columns) reconciles clean too, its rows' relations saying what the generator's columns'
   * do, and a total column, where there is one, the sum of the lines' columns.
   */
  @Property(tries = 200)
  void aStatementDownThePageReconcilesCleanWithItsRelationsDiscovered(@ForAll long seed,
      @ForAll @IntRange(min = 4, max = 12) int lines, @ForAll boolean totals) {
    Generated g = generate(seed, lines, totals, false, true);
    List<String[]> turned = new ArrayList<>();
    turned.add(g.rows.get(0));
    for (int c = 0; c < g.rows.get(1).length; c++) {
      String[] row = new String[g.rows.size() - 1];
      for (int i = 1; i < g.rows.size(); i++) {
        row[i - 1] = g.rows.get(i)[c];
      }
      turned.add(row);
    }
    StringBuilder text = new StringBuilder();
    turned.forEach(r -> text.append(String.join("\t", r)).append('\n'));
    ReadResult<Document> r = TableReader.standard().read("statement.tsv", text.toString());
    assertThat(r.isRead()).as(r + "\n" + text).isTrue();
    PublishedTable table = (PublishedTable) r.sections(PlanSection.class).get(0);
    assertThat(r.validate().errors()).as(table + "\n" + text).isEmpty();
    List<long[]> found = new ArrayList<>();
    for (TableRelation rel : table.relations()) {
      if (rel.axis() == TableRelation.Axis.ROWS) {
        long[] v = new long[g.figureColumns];
        v[rel.target()] = -1;
        rel.terms().forEach(t -> v[t.index()] += t.sign());
        found.add(v);
      }
    }
    assertThat(found).as(table + "\n" + text).hasSameSizeAs(g.columnVectors);
    for (long[] v : g.columnVectors) {
      assertThat(rank(found, v)).as("%s follows from what was found\n%s\n%s", java.util.Arrays.toString(v), table,
          text).isEqualTo(rank(found, null));
    }
    long columnRelations = table.relations().stream().filter(x -> x.axis() == TableRelation.Axis.COLUMNS).count();
    assertThat(columnRelations).as(table + "\n" + text).isEqualTo(totals ? 1 : 0);
  }

  /**
   * Pushing cells out of their intervals fails exactly the column relations through them, and totals
   * only in the columns of pushed cells among the rows they add: each pushed cell under a total fails
   * a total in its column (its group's, or one that adds its group's lines), and no other total fails.
   */
  @Property(tries = 200)
  void cellsPushedOutOfTheirIntervalsFailExactlyTheirRelations(@ForAll long seed,
      @ForAll @IntRange(min = 4, max = 20) int lines, @ForAll boolean totals, @ForAll boolean groups) {
    Generated g = generate(seed, lines, totals, groups);
    Random random = new Random(~seed);
    int k = random.nextInt((lines - 1) / 3 + 1);
    List<Integer> records = new ArrayList<>(g.lineRecords);
    java.util.Collections.shuffle(records, random);
    Set<String> expected = new TreeSet<>();
    Set<String> pushedCells = new TreeSet<>();
    for (int i = 0; i < k; i++) {
      int record = records.get(i);
      int column = random.nextInt(g.figureColumns);
      String[] row = g.rows.get(record - 1);
      row[column + 1] = pushed(row[column + 1]);
      pushedCells.add(record + "/" + column);
      for (Set<Integer> set : g.columnSets) {
        if (set.contains(column)) {
          expected.add("row " + record + " " + new TreeSet<>(set));
        }
      }
    }
    ReadResult<Document> r = TableReader.standard().read("pushed.tsv", g.text());
    assertThat(r.isRead()).as(r + "\n" + g.text()).isTrue();
    PublishedTable table = (PublishedTable) r.sections(PlanSection.class).get(0);
    int[] recordOf = new int[table.rows().size()];
    for (int i = 0; i < recordOf.length; i++) {
      recordOf[i] = record(table.cell(i, 0).orElseThrow().location().pointer().orElseThrow());
    }
    Set<String> failingColumns = new TreeSet<>();
    Set<String> failingTotals = new TreeSet<>();
    for (Finding f : r.validate().errors()) {
      String pointer = f.location().pointer().orElseThrow();
      int column = CorpusTest.Grid.column(pointer.split(":")[0].replaceAll("[0-9]", "")) - 1 - g.firstFigureColumn;
      int record = record(pointer);
      if (f.code().equals("budget.derived.mismatch")) {
        // The relations deriving this column (a column may be derived two ways: sum = parts, sum = remainder + offset).
        Set<Integer> set = new TreeSet<>();
        table.relations().stream().filter(x -> x.axis() == TableRelation.Axis.COLUMNS && x.target() == column)
            .forEach(rel -> {
              set.add(rel.target());
              rel.terms().forEach(t -> set.add(t.index()));
            });
        failingColumns.add("row " + record + " " + set);
      } else {
        TableRelation rel = table.relations().stream().filter(x -> x.axis() == TableRelation.Axis.ROWS
            && recordOf[x.target()] == record).findFirst().orElseThrow();
        boolean throughPushed = rel.terms().stream().anyMatch(t -> pushedCells.contains(recordOf[t.index()] + "/"
            + column));
        assertThat(throughPushed).as("%s fails without a pushed cell among its rows %s\n%s\n%s", pointer, pushedCells,
            table, g.text())
            .isTrue();
        failingTotals.add(column + "");
      }
    }
    // Column relations fail on exactly the rows of pushed cells, and each failing one runs through a pushed cell.
    Set<Integer> pushedRecords = new TreeSet<>();
    pushedCells.forEach(c -> pushedRecords.add(Integer.parseInt(c.split("/")[0])));
    Set<Integer> failingRecords = new TreeSet<>();
    for (String f : failingColumns) {
      int record = Integer.parseInt(f.split(" ")[1]);
      failingRecords.add(record);
      String set = f.substring(f.indexOf('['));
      boolean through = pushedCells.stream().anyMatch(c -> c.startsWith(record + "/")
          && java.util.Arrays.stream(set.replaceAll("[\\[\\] ]", "").split(",")).anyMatch(x -> c.endsWith("/" + x)));
      assertThat(through).as("%s runs through no pushed cell\n%s\n%s", f, r.validate(), g.text()).isTrue();
    }
    assertThat(failingRecords).as(r.validate() + "\n" + g.text()).isEqualTo(pushedRecords);
    for (String cell : pushedCells) {
      int record = Integer.parseInt(cell.split("/")[0]);
      if (g.totalsOf.containsKey(record)) {
        assertThat(failingTotals).as("a total in the column of pushed cell %s\n%s\n%s", cell, r.validate(),
            g.text()).contains(cell.split("/")[1]);
      }
    }
  }

  /**
   * The same law on a statement printed down the page: pushing cells of some lines (columns of the
   * statement) out of their intervals fails relations in exactly those lines' columns, and in no other
   * but the total's.
   */
  @Property(tries = 200)
  void cellsPushedInAStatementFailExactlyTheirLines(@ForAll long seed,
      @ForAll @IntRange(min = 4, max = 12) int lines, @ForAll boolean totals) {
    Generated g = generate(seed, lines, totals, false, true);
    Random random = new Random(~seed);
    int k = random.nextInt((lines - 1) / 3 + 1);
    List<Integer> records = new ArrayList<>(g.lineRecords);
    java.util.Collections.shuffle(records, random);
    Set<Integer> pushedColumns = new TreeSet<>();
    for (int i = 0; i < k; i++) {
      int record = records.get(i);
      String[] row = g.rows.get(record - 1);
      int column = 1 + random.nextInt(g.figureColumns);
      row[column] = pushed(row[column]);
      // Turned on its side, the line of file record r is the statement's column r - 1 (A is the names).
      pushedColumns.add(record - 1);
    }
    StringBuilder text = new StringBuilder(String.join("\t", g.rows.get(0))).append('\n');
    for (int c = 0; c < g.rows.get(1).length; c++) {
      List<String> row = new ArrayList<>();
      for (int i = 1; i < g.rows.size(); i++) {
        row.add(g.rows.get(i)[c]);
      }
      text.append(String.join("\t", row)).append('\n');
    }
    ReadResult<Document> r = TableReader.standard().read("statement.tsv", text.toString());
    assertThat(r.isRead()).as(r + "\n" + text).isTrue();
    int totalColumn = totals ? g.rows.size() - 1 : -1;
    Set<Integer> failing = new TreeSet<>();
    for (Finding f : r.validate().errors()) {
      int column = CorpusTest.Grid.column(f.location().pointer().orElseThrow().split(":")[0].replaceAll("[0-9]", ""));
      if (column != totalColumn) {
        failing.add(column);
      }
    }
    assertThat(failing).as("%s\n%s", r.validate(), text).isEqualTo(pushedColumns);
  }

  /** The rank of a set of relation vectors, with one more vector if given (exact elimination over whole numbers). */
  static int rank(List<long[]> vectors, long[] extra) {
    List<long[]> rows = new ArrayList<>();
    vectors.forEach(v -> rows.add(v.clone()));
    if (extra != null) {
      rows.add(extra.clone());
    }
    int rank = 0;
    int width = rows.isEmpty() ? 0 : rows.get(0).length;
    for (int c = 0; c < width && rank < rows.size(); c++) {
      int pivot = -1;
      for (int i = rank; i < rows.size(); i++) {
        if (rows.get(i)[c] != 0) {
          pivot = i;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      java.util.Collections.swap(rows, rank, pivot);
      long[] p = rows.get(rank);
      for (int i = 0; i < rows.size(); i++) {
        long[] q = rows.get(i);
        if (i != rank && q[c] != 0) {
          long f = q[c];
          for (int k = 0; k < width; k++) {
            q[k] = q[k] * p[c] - p[k] * f;
          }
        }
      }
      rank++;
    }
    return rank;
  }

  private static int record(String pointer) {
    return Integer.parseInt(pointer.split(":")[0].replaceAll("[A-Z]", ""));
  }

  /** A printed figure moved far outside its interval: a thousand units of its last digit more. */
  private static String pushed(String printed) {
    boolean brackets = printed.startsWith("(");
    boolean negative = brackets || printed.startsWith("-");
    String digits = printed.replaceAll("[^0-9.]", "");
    int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
    long units = new BigDecimal(digits).movePointRight(decimals).longValueExact() * (negative ? -1 : 1) + 7_919;
    return printed(units, decimals, brackets && units < 0);
  }
}
