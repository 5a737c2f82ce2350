package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.performance.IndicatorSet;
import org.scplan.risk.RiskRegister;

/**
 * The corpus of real published tables ({@code src/test/resources/corpus}): each table is read with
 * no options and must give the verdict worked out by hand in its {@code .expect} file. The hand
 * work is itself re-derived here with interval arithmetic written independently of the reader, so
 * that a slip in an {@code .expect} file fails too.
 */
class CorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus");

  /** One table and what a person worked out about it. */
  record Case(String name, Path table, Map<String, List<String>> expect) {
    String one(String key) {
      List<String> v = expect.getOrDefault(key, List.of());
      return v.isEmpty() ? null : v.get(0);
    }

    List<String> all(String key) {
      return expect.getOrDefault(key, List.of());
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path p : files.sorted().toList()) {
        String f = p.getFileName().toString();
        if (!f.endsWith(".expect")) {
          continue;
        }
        String name = f.substring(0, f.length() - ".expect".length());
        Path table = Files.exists(CORPUS.resolve(name + ".tsv")) ? CORPUS.resolve(name + ".tsv")
            : CORPUS.resolve(name + ".csv");
        Map<String, List<String>> expect = new TreeMap<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          String l = line.strip();
          if (l.isEmpty() || l.startsWith("#")) {
            continue;
          }
          int colon = l.indexOf(':');
          String key = l.substring(0, colon).strip();
          String value = l.substring(colon + 1).strip();
          if (!key.equals("source")) {
            value = value.replaceFirst("\\s+#.*$", "");
          }
          expect.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        cases.add(new Case(name, table, expect));
      }
    }
    return cases;
  }

  @Test
  void theCorpusIsLargeAndVaried() throws IOException {
    List<Case> cases = cases();
    Set<String> bodies = cases.stream().map(c -> c.one("body")).collect(Collectors.toSet());
    assertThat(cases).allSatisfy(c -> {
      assertThat(c.table()).as(c.name()).exists();
      assertThat(c.one("body")).as(c.name() + " body").isNotBlank();
      assertThat(c.one("source")).as(c.name() + " source").isNotBlank();
      assertThat(c.one("kind")).as(c.name() + " kind").isIn("budget", "indicators", "risks");
      assertThat(c.one("verdict")).as(c.name() + " verdict").isIn("clean", "errors");
    });
    assertThat(cases.size()).as("tables in the corpus").isGreaterThanOrEqualTo(CorpusScore.MIN_TABLES);
    List<String> sources = Files.readAllLines(CORPUS.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
    assertThat(sources.subList(1, sources.size()).stream().map(l -> l.split("\t")[0]).toList())
        .as("the tables SOURCES.tsv lists").containsExactlyElementsOf(
            cases.stream().map(c -> c.table().getFileName().toString()).toList());
    assertThat(bodies.size()).as("bodies in the corpus").isGreaterThanOrEqualTo(CorpusScore.MIN_BODIES);
  }

  /** The hand-worked failures are exactly those that independent interval arithmetic finds. */
  @TestFactory
  Stream<DynamicTest> theHandWorkAddsUp() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Grid grid = Grid.read(c.table());
      Set<String> failing = new TreeSet<>();
      for (String check : c.all("check")) {
        failing.addAll(grid.check(check));
      }
      assertThat(failing).as("cells that break the checks of " + c.name())
          .isEqualTo(new TreeSet<>(c.all("fail")));
      // A status printed against the table's own key is found by reading, not by arithmetic.
      boolean misrated = !c.all("mismatch").isEmpty();
      assertThat(c.one("verdict")).as(c.name()).isEqualTo(failing.isEmpty() && !misrated ? "clean" : "errors");
    }));
  }

  /**
   * The corpus score: how many tables, read with no options, are judged right. Writes each verdict
   * to {@code target/corpus-score.txt} and holds the score at or above the one io-csv's README reports.
   */
  @Test
  void theScoreIsAtLeastTheReadmes() throws IOException {
    List<Case> cases = cases();
    StringBuilder sb = new StringBuilder();
    int right = 0;
    for (Case c : cases) {
      Verdict v = judge(c);
      right += v.right() && v.problems().isEmpty() ? 1 : 0;
      sb.append(v.right() && v.problems().isEmpty() ? "right  " : "WRONG  ").append(c.name()).append(": ")
          .append(v.why().lines().findFirst().orElse("")).append('\n');
    }
    sb.append("score ").append(right).append(" / ").append(cases.size()).append('\n');
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/corpus-score.txt"), sb.toString(), StandardCharsets.UTF_8);
    assertThat(right).as(sb.toString()).isGreaterThanOrEqualTo(CorpusScore.SCORE);
  }

  /** The verdict scplan gives on a table, and whether it is the one worked out by hand. */
  record Verdict(boolean right, String why, List<String> problems) {}

  static Verdict judge(Case c) {
    ReadResult<Document> r = TableReader.standard().read(c.table());
    List<String> problems = r.problems().findings().stream().map(Finding::toString).toList();
    if (!r.isRead()) {
      return new Verdict(false, "not read: " + problems, problems);
    }
    String kind = Resources.kind(r).map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).orElse("?");
    if (!kind.equals(c.one("kind"))) {
      return new Verdict(false, "read as " + kind + ", not " + c.one("kind"), problems);
    }
    ValidationReport report = r.validate();
    Set<String> errors = new TreeSet<>();
    for (Finding f : report.findings()) {
      if (f.severity() == Severity.ERROR) {
        errors.add(f.location().pointer().map(CorpusTest::reference).orElse(f.code()));
      }
    }
    Set<String> expected = new TreeSet<>(c.all("fail"));
    expected.addAll(c.all("unreadable"));
    expected.addAll(c.all("mismatch"));
    switch (kind) {
      case "indicators" -> {
        int n = r.section(IndicatorSet.class).orElseThrow().indicators().size();
        if (c.one("indicators") != null && n != Integer.parseInt(c.one("indicators"))) {
          return new Verdict(false, n + " indicators read, not " + c.one("indicators"), problems);
        }
      }
      case "risks" -> {
        int n = r.section(RiskRegister.class).orElseThrow().risks().size();
        if (c.one("risks") != null && n != Integer.parseInt(c.one("risks"))) {
          return new Verdict(false, n + " risks read, not " + c.one("risks"), problems);
        }
      }
      default -> { }
    }
    boolean right = errors.equals(expected);
    return new Verdict(right, "errors at " + errors + ", expected at " + expected + "\n" + report, problems);
  }

  private static final Pattern REFERENCE = Pattern.compile("^([A-Z]+[0-9]+)\\b");

  /** The cell reference a finding's pointer starts with ({@code D7: row 7, column "Net"}), or the pointer. */
  static String reference(String pointer) {
    Matcher m = REFERENCE.matcher(pointer);
    return m.find() ? m.group(1) : pointer;
  }

  // -----------------------------------------------------------------------------------------------
  // Independent interval arithmetic over the table as printed

  /** The table's cells as text, by row (from 1) and column (from 1), with a reader of figures. */
  static final class Grid {
    private final List<String[]> rows;
    private final boolean thousands;
    /** Whether most figures carry their own unit ("£8.2m"): then every figure is read in pounds. */
    private final boolean suffixed;

    private Grid(List<String[]> rows) {
      this.rows = rows;
      // A table printed to the pound whose every figure is a whole number of thousands is read to ±£500.
      boolean all = true;
      boolean any = false;
      for (String[] r : rows) {
        for (String cell : r) {
          BigDecimal[] f = figure(cell, false);
          if (f == null || f[0].signum() == 0 || cell.contains("%") || cell.matches(".*[0-9] ?[mk]$")) {
            continue;
          }
          boolean whole = f[0].scale() <= 0 && f[0].remainder(BigDecimal.valueOf(1000)).signum() == 0;
          all &= whole;
          any |= whole;
        }
      }
      this.thousands = all && any;
      // Figures mostly carrying their own unit ("£8.2m") are all read in pounds; else every figure
      // is in the table's unit, whatever its suffix ("296.6 million" in a column of £million).
      long withUnit = rows.stream().flatMap(java.util.Arrays::stream)
          .filter(c -> c.strip().matches("\\(?[-–−]?£?[0-9][0-9,.]*( ?million| ?thousand|[mk])\\)?")).count();
      long without = rows.stream().flatMap(java.util.Arrays::stream)
          .filter(c -> c.strip().matches("\\(?[-–−]?£?[0-9][0-9,.]*\\)?")).count();
      this.suffixed = withUnit > without;
    }

    static Grid read(Path file) throws IOException {
      List<String[]> rows = new ArrayList<>();
      boolean csv = file.toString().endsWith(".csv");
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        rows.add(csv ? splitCsv(line) : line.split("\t", -1));
      }
      return new Grid(rows);
    }

    private static String[] splitCsv(String line) {
      List<String> cells = new ArrayList<>();
      StringBuilder sb = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (ch == '"') {
          if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            sb.append('"');
            i++;
          } else {
            quoted = !quoted;
          }
        } else if (ch == ',' && !quoted) {
          cells.add(sb.toString());
          sb.setLength(0);
        } else {
          sb.append(ch);
        }
      }
      cells.add(sb.toString());
      return cells.toArray(String[]::new);
    }

    String text(int row, int column) {
      String[] r = row - 1 < rows.size() ? rows.get(row - 1) : new String[0];
      return column - 1 < r.length ? r[column - 1].strip() : "";
    }

    /** The interval {lower, upper} of a printed figure; null for a blank or a word for none. */
    BigDecimal[] interval(int row, int column) {
      BigDecimal[] f = figure(text(row, column), thousands);
      if (f != null && suffixed) {
        // In pounds: "£8.2m" is 8,200,000 ± 50,000, "£744,000" is 744,000 ± 0.5.
        String t = text(row, column).strip().replaceAll("[)*]+$", "").replaceAll("(?i)\\s*million$", "m")
            .replaceAll("(?i)\\s*thousand$", "k");
        int exponent = t.endsWith("m") ? 6 : t.endsWith("k") ? 3 : 0;
        f = new BigDecimal[] {f[0].movePointRight(exponent), f[1].movePointRight(exponent)};
      }
      if (f == null) {
        return null;
      }
      return new BigDecimal[] {f[0].subtract(f[1]), f[0].add(f[1])};
    }

    /** {value, half unit} of a figure as printed, or null; every dash is zero. */
    static BigDecimal[] figure(String printed, boolean thousands) {
      String t = printed.replaceAll("<[^>]*>", "").replace('\u00a0', ' ').strip();
      t = t.replaceAll("(\\[[^\\]]{0,6}\\]|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+)$", "").strip();
      if (t.matches("[-–—−]|nil|0")) {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
      }
      boolean negative = false;
      if (t.startsWith("(") && t.endsWith(")")) {
        negative = true;
        t = t.substring(1, t.length() - 1).strip();
      }
      if (t.matches("^[-–−].*")) {
        negative = true;
        t = t.substring(1).strip();
      }
      t = t.replace("£", "").replace("%", "").strip().replaceAll("(?i)\\s*million$", "m")
          .replaceAll("(?i)\\s*thousand$", "k");
      if (t.endsWith("m") || t.endsWith("k")) {
        t = t.substring(0, t.length() - 1);
      }
      if (!t.matches("[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?|[0-9]+(\\.[0-9]+)?")) {
        return null;
      }
      BigDecimal v = new BigDecimal(t.replace(",", ""));
      BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(v.scale(), 0)).divide(BigDecimal.valueOf(2));
      if (thousands && v.scale() == 0 && v.remainder(BigDecimal.valueOf(1000)).signum() == 0) {
        half = BigDecimal.valueOf(500);
      }
      return new BigDecimal[] {negative ? v.negate() : v, half};
    }

    private static final Pattern COLUMN_CHECK = Pattern.compile(
        "([A-Z]+) = (.+?) rows ([0-9,\\- ]+)");
    private static final Pattern ROW_CHECK = Pattern.compile(
        "row ([0-9]+) = (.+?) columns ([A-Z,\\- ]+)");

    /** The cells (A1 references) where a check line fails. */
    List<String> check(String check) {
      List<String> failing = new ArrayList<>();
      Matcher m = COLUMN_CHECK.matcher(check);
      if (m.matches()) {
        int target = column(m.group(1));
        for (int row : numbers(m.group(3))) {
          if (!holds(interval(row, target), sum(m.group(2), false, row))) {
            failing.add(m.group(1) + row);
          }
        }
        return failing;
      }
      m = ROW_CHECK.matcher(check);
      if (m.matches()) {
        int target = Integer.parseInt(m.group(1));
        for (int column : columns(m.group(3))) {
          boolean divided = m.group(2).contains(" / ");
          BigDecimal[] computed = divided ? quotient(m.group(2), column) : sum(m.group(2), true, column);
          if (divided && computed != null && text(target, column).endsWith("%")) {
            // a quotient printed as a percentage: 1.163 is 116.3%
            computed = new BigDecimal[] {computed[0].movePointRight(2), computed[1].movePointRight(2)};
          }
          if (!holds(interval(target, column), computed)) {
            failing.add(letters(column) + target);
          }
        }
        return failing;
      }
      throw new IllegalArgumentException("Cannot read check line: " + check);
    }

    /**
     * The interval of a quotient in a column, {@code row 3 / row 4} or {@code row 6 / B5} (a per-unit
     * figure: Band D is the precept over the tax base), both positive; null when either is not a figure.
     */
    private BigDecimal[] quotient(String expression, int column) {
      String[] p = expression.strip().split(" / ");
      BigDecimal[] a = operand(p[0], column);
      BigDecimal[] b = operand(p[1], column);
      if (a == null || b == null || b[0].signum() <= 0) {
        return null;
      }
      java.math.MathContext mc = new java.math.MathContext(20);
      return new BigDecimal[] {a[0].divide(b[1], mc), a[1].divide(b[0], mc)};
    }

    /** A term of a quotient: {@code row 3} in the column, or a cell {@code B5}. */
    private BigDecimal[] operand(String term, int column) {
      Matcher cell = Pattern.compile("([A-Z]+)([0-9]+)").matcher(term.strip());
      if (cell.matches()) {
        return interval(Integer.parseInt(cell.group(2)), column(cell.group(1)));
      }
      return interval(Integer.parseInt(term.strip().replaceFirst("^row ", "")), column);
    }

    /** The interval of a sum, a difference or a product; null when a term is a word for none. */
    private BigDecimal[] sum(String expression, boolean rowsSummed, int at) {
      String e = expression.strip();
      Matcher sumRows = Pattern.compile("sum rows ([0-9,\\- ]+)").matcher(e);
      List<int[]> terms = new ArrayList<>();
      if (sumRows.matches()) {
        for (int row : numbers(sumRows.group(1))) {
          terms.add(new int[] {1, row});
        }
      } else if (e.matches("[A-Z]+ \\* [A-Z]+")) {
        String[] p = e.split(" \\* ");
        BigDecimal[] a = interval(at, column(p[0]));
        BigDecimal[] b = interval(at, column(p[1]));
        if (a == null || b == null) {
          return null;
        }
        // A whole level (4 x 5) is exact; an average printed with decimals (4.30 x 4.70) stands for its
        // interval, and so does their product. Both factors are positive.
        a = exactIfWhole(a, text(at, column(p[0])));
        b = exactIfWhole(b, text(at, column(p[1])));
        return new BigDecimal[] {a[0].multiply(b[0]), a[1].multiply(b[1])};
      } else {
        String[] tokens = e.split(" ");
        int sign = 1;
        for (int i = 0; i < tokens.length; i++) {
          String tok = tokens[i];
          if (tok.equals("+")) {
            sign = 1;
          } else if (tok.equals("-") || tok.equals("−")) {
            sign = -1;
          } else if (tok.equals("row")) {
            terms.add(new int[] {sign, Integer.parseInt(tokens[++i])});
          } else if (tok.matches("[A-Z]+[0-9]+")) {
            // a cell by its reference: {sign, row, column}
            terms.add(new int[] {sign, Integer.parseInt(tok.replaceAll("[A-Z]", "")), column(tok.replaceAll("[0-9]", ""))});
          } else if (tok.equals("sum") && i + 1 < tokens.length && tokens[i + 1].equals("rows")) {
            // "row 3 + sum rows 5-16": the rows listed, each with the sign before "sum"
            StringBuilder list = new StringBuilder();
            for (i += 2; i < tokens.length && tokens[i].matches("[0-9,\\-]+"); i++) {
              list.append(tokens[i]);
            }
            i--;
            for (int row : numbers(list.toString())) {
              terms.add(new int[] {sign, row});
            }
          } else {
            terms.add(new int[] {sign, column(tok)});
          }
        }
      }
      BigDecimal lower = BigDecimal.ZERO;
      BigDecimal upper = BigDecimal.ZERO;
      int present = 0;
      for (int[] term : terms) {
        boolean cell = term.length == 3;
        BigDecimal[] x = cell ? interval(term[1], term[2]) : rowsSummed ? interval(term[1], at) : interval(at, term[1]);
        String printed = cell ? text(term[1], term[2]) : rowsSummed ? text(term[1], at) : text(at, term[1]);
        if (x == null) {
          if (!printed.isEmpty() || !rowsSummed) {
            return null;
          }
          continue;
        }
        present++;
        lower = lower.add(term[0] > 0 ? x[0] : x[1].negate());
        upper = upper.add(term[0] > 0 ? x[1] : x[0].negate());
      }
      return present == 0 ? null : new BigDecimal[] {lower, upper};
    }

    /** A figure's interval, or the figure itself when it is printed as a whole number. */
    private static BigDecimal[] exactIfWhole(BigDecimal[] interval, String printed) {
      if (printed.strip().matches("[0-9]+")) {
        BigDecimal v = new BigDecimal(printed.strip());
        return new BigDecimal[] {v, v};
      }
      return interval;
    }

    private static boolean holds(BigDecimal[] printed, BigDecimal[] sum) {
      if (printed == null || sum == null) {
        return true;
      }
      return printed[0].compareTo(sum[1]) <= 0 && sum[0].compareTo(printed[1]) <= 0;
    }

    static int column(String letters) {
      int c = 0;
      for (char ch : letters.toCharArray()) {
        c = c * 26 + (ch - 'A' + 1);
      }
      return c;
    }

    static String letters(int column) {
      StringBuilder sb = new StringBuilder();
      for (int c = column; c > 0; c = (c - 1) / 26) {
        sb.insert(0, (char) ('A' + (c - 1) % 26));
      }
      return sb.toString();
    }

    private static List<Integer> numbers(String list) {
      List<Integer> result = new ArrayList<>();
      for (String part : list.replace(" ", "").split(",")) {
        String[] ends = part.split("-");
        int from = Integer.parseInt(ends[0]);
        int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
        for (int i = from; i <= to; i++) {
          result.add(i);
        }
      }
      return result;
    }

    private static List<Integer> columns(String list) {
      List<Integer> result = new ArrayList<>();
      for (String part : list.replace(" ", "").split(",")) {
        String[] ends = part.split("-");
        int from = column(ends[0]);
        int to = ends.length > 1 ? column(ends[1]) : from;
        for (int i = from; i <= to; i++) {
          result.add(i);
        }
      }
      return result;
    }
  }
}
