package org.scplan.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.risk.internal.Quote;

/**
 * The load check of a risk matrix: what {@code RiskMatrix.Builder.check()} reports. Every
 * finding is an ERROR whose location names the part at fault (axis level, level, band or cell)
 * and carries a JSON pointer relative to the matrix ({@code /bands/1}, {@code /grid/0/levels/3}).
 * Never throws for a fault in the definition.
 */
final class MatrixChecks {
  /** The largest number of levels an axis may have. */
  static final int MAX_AXIS_SIZE = 10;

  private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  private MatrixChecks() {}

  /** The parts of a matrix definition, as a builder holds them; any of them may be faulty. */
  record Definition(String id, Axis likelihood, Axis impact, List<RiskLevel> levels,
      ScoreFormula formula, List<ScoreBand> bands, List<Map.Entry<Integer, List<String>>> grid) {}

  /** Checks a matrix definition, returning every problem found, in the order of the definition. */
  static List<Finding> check(Definition d) {
    List<Finding> out = new ArrayList<>();
    Location base = Location.of("Risk matrix " + (d.id() == null || d.id().isBlank() ? "(no id)" : d.id()));
    if (d.id() == null || !ID.matcher(d.id()).matches()) {
      out.add(Finding.error(RiskRules.MATRIX_ID_INVALID, base.field("id").at("/id", 0, 0),
          "A risk matrix needs an id of lower-case words and digits joined by hyphens, such as kent-5x5, "
              + "to be named by; it has " + (d.id() == null ? "none" : Quote.of(d.id())))
          .withValues("an id such as kent-5x5", d.id() == null ? "none" : d.id()));
    }
    boolean axesOk = checkAxis("likelihood", d.likelihood(), base, out)
        & checkAxis("impact", d.impact(), base, out);
    Map<String, Integer> severity = checkLevels(d.levels(), base, out);
    boolean hasBands = !d.bands().isEmpty();
    boolean hasGrid = !d.grid().isEmpty();
    if (!hasBands && !hasGrid) {
      out.add(Finding.error(RiskRules.MATRIX_RULE_MISSING, base, "The matrix gives neither score bands"
          + " nor a grid of levels, so no rating can be given a level"));
    } else if (hasBands && hasGrid) {
      out.add(Finding.error(RiskRules.MATRIX_RULE_AMBIGUOUS, base, "The matrix gives both score bands ("
          + d.bands().size() + ") and a grid of levels (" + d.grid().size()
          + " rows); give one or the other, so that every cell has one level"));
    } else if (hasBands) {
      new BandChecks(d, axesOk, severity, base, out).run();
    } else {
      checkGrid(d, axesOk, severity, base, out);
    }
    return List.copyOf(out);
  }

  private static boolean checkAxis(String which, Axis axis, Location base, List<Finding> out) {
    String name = which.substring(0, 1).toUpperCase(Locale.ROOT) + which.substring(1);
    Location at = base.child(name + " axis").at("/" + which, 0, 0);
    if (axis == null || axis.levels().isEmpty() || axis.size() > MAX_AXIS_SIZE) {
      int size = axis == null ? 0 : axis.size();
      out.add(Finding.error(RiskRules.MATRIX_AXIS_SIZE, at, "The " + which + " axis has " + size
          + (size == 1 ? " level" : " levels") + "; an axis has 1 to " + MAX_AXIS_SIZE)
          .withValues("1 to " + MAX_AXIS_SIZE + " levels", Integer.toString(size)));
      return false;
    }
    boolean ok = true;
    List<AxisLevel> levels = axis.levels();
    for (int i = 1; i < levels.size(); i++) {
      AxisLevel prev = levels.get(i - 1);
      AxisLevel level = levels.get(i);
      if (level.number() <= prev.number()) {
        ok = false;
        out.add(Finding.error(RiskRules.MATRIX_AXIS_ORDER,
            base.child(name + " axis", "Level " + level).at("/" + which + "/levels/" + i, 0, 0),
            name + " level " + level + " follows level " + prev + ": the numbers must rise strictly,"
                + " lowest first")
            .withValues("a number above " + prev.number(), Integer.toString(level.number())));
      }
    }
    return ok;
  }

  private static Map<String, Integer> checkLevels(List<RiskLevel> levels, Location base, List<Finding> out) {
    Map<String, Integer> severity = new HashMap<>();
    if (levels.isEmpty()) {
      out.add(Finding.error(RiskRules.MATRIX_NO_LEVELS, base.field("levels").at("/levels", 0, 0),
          "The matrix defines no risk levels (such as Low, Medium, High)"));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      RiskLevel level = levels.get(i);
      Integer earlier = seen.putIfAbsent(level.name().toLowerCase(Locale.ROOT), i);
      if (earlier != null) {
        out.add(Finding.error(RiskRules.MATRIX_LEVEL_DUPLICATE,
            base.child("Level " + level.name()).at("/levels/" + i, 0, 0),
            "Level " + Quote.of(level.name()) + " is defined twice (levels " + (earlier + 1) + " and "
                + (i + 1) + ")"));
      } else {
        severity.put(level.name(), i);
      }
    }
    return severity;
  }

  /** Every score the axes can produce, with the first cell producing it. */
  static TreeMap<Integer, String> producible(Definition d) {
    TreeMap<Integer, String> scores = new TreeMap<>();
    for (AxisLevel l : d.likelihood().levels()) {
      for (AxisLevel i : d.impact().levels()) {
        scores.putIfAbsent(d.formula().score(l.number(), i.number()), "L" + l.number() + " × I" + i.number());
      }
    }
    return scores;
  }

  private static final class BandChecks {
    private final Definition d;
    private final boolean axesOk;
    private final Map<String, Integer> severity;
    private final Location base;
    private final List<Finding> out;

    BandChecks(Definition d, boolean axesOk, Map<String, Integer> severity, Location base, List<Finding> out) {
      this.d = d;
      this.axesOk = axesOk;
      this.severity = severity;
      this.base = base;
      this.out = out;
    }

    private Location at(int i) {
      return base.child("Band " + d.bands().get(i)).at("/bands/" + i, 0, 0);
    }

    void run() {
      List<ScoreBand> bands = d.bands();
      boolean sound = true;
      for (int i = 0; i < bands.size(); i++) {
        ScoreBand b = bands.get(i);
        if (!severity.containsKey(b.level())) {
          sound = false;
        }
        if (!severity.containsKey(b.level()) && !d.levels().isEmpty()) {
          out.add(Finding.error(RiskRules.MATRIX_LEVEL_UNDEFINED, at(i).field("level"),
              "Band " + b + " names level " + Quote.of(b.level()) + ", which the matrix does not define"
                  + " (it defines " + defined() + ")")
              .withValues("one of " + defined(), b.level()));
        }
        if (b.lowest() > b.highest()) {
          sound = false;
          out.add(Finding.error(RiskRules.MATRIX_BAND_INVERTED, at(i),
              "Band " + b.level() + " runs from " + b.lowest() + " down to " + b.highest() + ": its lowest score is"
                  + " above its highest")
              .withValues("lowest <= highest", b.lowest() + " > " + b.highest()));
        }
      }
      for (int i = 0; i < bands.size(); i++) {
        for (int j = 0; j < i; j++) {
          ScoreBand b = bands.get(i);
          ScoreBand e = bands.get(j);
          if (b.overlaps(e)) {
            sound = false;
            int lo = Math.max(b.lowest(), e.lowest());
            int hi = Math.min(b.highest(), e.highest());
            String shared = lo == hi ? "score " + lo : "scores " + lo + "–" + hi;
            out.add(Finding.error(RiskRules.MATRIX_BAND_OVERLAP, at(i),
                "Band " + b + " overlaps band " + e + " at " + shared + ", so a rating there would have two levels")
                .withValues("no score in two bands", shared + " in both"));
          }
        }
      }
      if (!axesOk) {
        return;
      }
      TreeMap<Integer, String> scores = producible(d);
      for (Map.Entry<Integer, String> s : scores.entrySet()) {
        int score = s.getKey();
        if (bands.stream().noneMatch(b -> b.contains(score))) {
          sound = false;
          out.add(Finding.error(RiskRules.MATRIX_BAND_GAP, base.field("bands").at("/bands", 0, 0),
              "Score " + score + " can occur (" + s.getValue() + ", " + d.formula() + ") but no band covers it"
                  + neighbours(score))
              .withValues("a band covering " + score, "none"));
        }
      }
      for (int i = 0; i < bands.size(); i++) {
        ScoreBand b = bands.get(i);
        if (b.lowest() <= b.highest() && scores.subMap(b.lowest(), true, b.highest(), true).isEmpty()) {
          sound = false;
          out.add(Finding.error(RiskRules.MATRIX_BAND_UNREACHABLE, at(i),
              "Band " + b + " covers no score the matrix can produce (" + d.formula() + " gives "
                  + scores.firstKey() + " to " + scores.lastKey() + "), so it can never apply")
              .withValues("a band covering a score from " + scores.firstKey() + " to " + scores.lastKey(),
                  b.scores()));
        }
      }
      if (sound) {
        checkOrder();
      }
    }

    private void checkOrder() {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < d.bands().size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> Integer.compare(d.bands().get(a).lowest(), d.bands().get(b).lowest()));
      ScoreBand worst = null;
      for (int i : order) {
        ScoreBand b = d.bands().get(i);
        if (worst != null && severity.get(b.level()) < severity.get(worst.level())) {
          out.add(Finding.error(RiskRules.MATRIX_NOT_MONOTONIC, at(i),
              "Band " + b + " lies above band " + worst + " but names a less severe level (levels run "
                  + defined() + ", least severe first), so a higher score would get a lower level")
              .withValues("a level at least as severe as " + worst.level(), b.level()));
        } else if (worst == null || severity.get(b.level()) > severity.get(worst.level())) {
          worst = b;
        }
      }
    }

    private String neighbours(int score) {
      ScoreBand below = null;
      ScoreBand above = null;
      for (ScoreBand b : d.bands()) {
        if (b.lowest() <= b.highest() && b.highest() < score && (below == null || b.highest() > below.highest())) {
          below = b;
        }
        if (b.lowest() <= b.highest() && b.lowest() > score && (above == null || b.lowest() < above.lowest())) {
          above = b;
        }
      }
      if (below != null && above != null) {
        return " (it lies between band " + below + " and band " + above + ")";
      }
      if (below != null) {
        return " (it lies above band " + below + ")";
      }
      return above != null ? " (it lies below band " + above + ")" : "";
    }

    private String defined() {
      return MatrixChecks.defined(d.levels());
    }
  }

  private static String defined(List<RiskLevel> levels) {
    return levels.isEmpty() ? "no levels" : String.join(", ", levels.stream().map(RiskLevel::name).toList());
  }

  private static void checkGrid(Definition d, boolean axesOk, Map<String, Integer> severity, Location base,
      List<Finding> out) {
    List<Map.Entry<Integer, List<String>>> rows = d.grid();
    boolean sound = axesOk;
    Set<Integer> seen = new HashSet<>();
    for (int k = 0; k < rows.size(); k++) {
      int likelihood = rows.get(k).getKey();
      List<String> cells = rows.get(k).getValue();
      Location rowAt = base.child("Grid row L" + likelihood).at("/grid/" + k, 0, 0);
      if (axesOk && !d.likelihood().contains(likelihood)) {
        sound = false;
        out.add(Finding.error(RiskRules.MATRIX_GRID_SHAPE, rowAt, "The grid has a row for likelihood "
            + likelihood + ", which the likelihood axis does not have (it has " + d.likelihood().range() + ")")
            .withValues(d.likelihood().range(), Integer.toString(likelihood)));
      }
      if (!seen.add(likelihood)) {
        sound = false;
        out.add(Finding.error(RiskRules.MATRIX_GRID_SHAPE, rowAt, "The grid has two rows for likelihood "
            + likelihood));
      }
      if (axesOk && cells.size() != d.impact().size()) {
        sound = false;
        out.add(Finding.error(RiskRules.MATRIX_GRID_SHAPE, rowAt, "The grid row for likelihood " + likelihood
            + " has " + cells.size() + " cells, but the impact axis has " + d.impact().size() + " levels")
            .withValues(Integer.toString(d.impact().size()), Integer.toString(cells.size())));
      }
      for (int j = 0; j < cells.size(); j++) {
        String name = cells.get(j);
        if (!severity.containsKey(name)) {
          sound = false;
          if (d.levels().isEmpty()) {
            continue;
          }
          String impact = axesOk && j < d.impact().size() ? Integer.toString(d.impact().levels().get(j).number())
              : "#" + (j + 1);
          out.add(Finding.error(RiskRules.MATRIX_LEVEL_UNDEFINED,
              base.child("Cell L" + likelihood + " × I" + impact).at("/grid/" + k + "/levels/" + j, 0, 0),
              "Cell L" + likelihood + " × I" + impact + " names level " + Quote.of(name)
                  + ", which the matrix does not define (it defines " + defined(d.levels()) + ")")
              .withValues("one of " + defined(d.levels()), name));
        }
      }
    }
    if (!axesOk) {
      return;
    }
    for (AxisLevel l : d.likelihood().levels()) {
      if (!seen.contains(l.number())) {
        sound = false;
        out.add(Finding.error(RiskRules.MATRIX_GRID_SHAPE, base.field("grid").at("/grid", 0, 0),
            "The grid has no row for likelihood " + l + ", so its cells have no level")
            .withValues("a row for every likelihood level", "no row for " + l.number()));
      }
    }
    if (sound) {
      checkGridOrder(d, severity, base, out);
    }
  }

  private static void checkGridOrder(Definition d, Map<String, Integer> severity, Location base,
      List<Finding> out) {
    Map<Integer, Integer> rowIndex = new HashMap<>();
    for (int k = 0; k < d.grid().size(); k++) {
      rowIndex.put(d.grid().get(k).getKey(), k);
    }
    List<AxisLevel> ls = d.likelihood().levels();
    List<AxisLevel> is = d.impact().levels();
    for (int li = 0; li < ls.size(); li++) {
      int k = rowIndex.get(ls.get(li).number());
      List<String> row = d.grid().get(k).getValue();
      for (int ii = 0; ii < is.size(); ii++) {
        String cell = "L" + ls.get(li).number() + " × I" + is.get(ii).number();
        Location at = base.child("Cell " + cell).at("/grid/" + k + "/levels/" + ii, 0, 0);
        String level = row.get(ii);
        if (li > 0) {
          String lower = d.grid().get(rowIndex.get(ls.get(li - 1).number())).getValue().get(ii);
          if (severity.get(level) < severity.get(lower)) {
            out.add(falls(at, cell, level, "L" + ls.get(li - 1).number() + " × I" + is.get(ii).number(), lower,
                "likelihood"));
          }
        }
        if (ii > 0 && severity.get(level) < severity.get(row.get(ii - 1))) {
          out.add(falls(at, cell, level, "L" + ls.get(li).number() + " × I" + is.get(ii - 1).number(),
              row.get(ii - 1), "impact"));
        }
      }
    }
  }

  private static Finding falls(Location at, String cell, String level, String lowerCell, String lowerLevel,
      String axis) {
    return Finding.error(RiskRules.MATRIX_NOT_MONOTONIC, at, "Cell " + cell + " is " + level + " but cell "
        + lowerCell + " is " + lowerLevel + ": the level falls as " + axis + " rises")
        .withValues("a level at least as severe as " + lowerLevel, level);
  }
}
