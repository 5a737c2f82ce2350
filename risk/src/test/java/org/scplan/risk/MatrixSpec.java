package org.scplan.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generated matrix definition: axes with strictly rising numbers (not necessarily 1, 2, 3 …),
 * a formula, levels, and either bands or a grid. {@link #valid()} and {@link #validGrid()} build
 * only sound definitions, by construction rather than by filtering; {@link #withGap} and
 * {@link #withOverlap} break one.
 */
record MatrixSpec(List<Integer> likelihood, List<Integer> impact, ScoreFormula formula, int levels,
    List<ScoreBand> bands, List<List<String>> grid) {

  static final List<String> NAMES = List.of("Low", "Medium", "High", "Very high");

  static Arbitrary<List<Integer>> axisNumbers() {
    return Arbitraries.integers().between(1, 20).set().ofMinSize(1).ofMaxSize(6).map(s -> List.copyOf(new TreeSet<>(s)));
  }

  /** Sound banded matrices: the producible scores cut into runs, each run a band, levels rising. */
  static Arbitrary<MatrixSpec> valid() {
    return Combinators.combine(axisNumbers(), axisNumbers(), Arbitraries.of(ScoreFormula.class)).flatAs((l, i, f) -> {
      List<Integer> scores = scores(l, i, f);
      int n = scores.size();
      Arbitrary<Set<Integer>> cuts = n == 1 ? Arbitraries.just(Set.of())
          : Arbitraries.integers().between(1, n - 1).set().ofMaxSize(Math.min(3, n - 1));
      Arbitrary<List<Integer>> slack = Arbitraries.integers().between(0, 3).list().ofSize(5);
      return Combinators.combine(cuts, slack).as((c, s) -> banded(l, i, f, scores, new TreeSet<>(c), s));
    });
  }

  private static MatrixSpec banded(List<Integer> l, List<Integer> i, ScoreFormula f, List<Integer> scores,
      TreeSet<Integer> cuts, List<Integer> slack) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    starts.addAll(cuts);
    List<ScoreBand> bands = new ArrayList<>();
    for (int b = 0; b < starts.size(); b++) {
      int first = starts.get(b);
      int last = b + 1 < starts.size() ? starts.get(b + 1) - 1 : scores.size() - 1;
      int lowest = b == 0 ? Math.max(0, scores.get(first) - slack.get(4)) : bands.get(b - 1).highest() + 1;
      int highest = last + 1 < scores.size() ? Math.min(scores.get(last + 1) - 1, scores.get(last) + slack.get(b))
          : scores.get(last) + slack.get(b);
      bands.add(ScoreBand.of(NAMES.get(b), lowest, highest));
    }
    return new MatrixSpec(l, i, f, bands.size(), List.copyOf(bands), List.of());
  }

  /** Sound grid matrices: each cell at least as severe as the cells below and to its left. */
  static Arbitrary<MatrixSpec> validGrid() {
    return Combinators.combine(axisNumbers(), axisNumbers(), Arbitraries.of(ScoreFormula.class),
        Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 1).list().ofSize(36))
        .as(MatrixSpec::grid);
  }

  private static MatrixSpec grid(List<Integer> l, List<Integer> i, ScoreFormula f, int levels, List<Integer> steps) {
    int[][] cell = new int[l.size()][i.size()];
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < l.size(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < i.size(); c++) {
        int below = r > 0 ? cell[r - 1][c] : 0;
        int left = c > 0 ? cell[r][c - 1] : 0;
        cell[r][c] = Math.min(levels - 1, Math.max(below, left) + steps.get(r * 6 + c));
        row.add(NAMES.get(cell[r][c]));
      }
      rows.add(List.copyOf(row));
    }
    return new MatrixSpec(l, i, f, levels, List.of(), List.copyOf(rows));
  }

  static List<Integer> scores(List<Integer> l, List<Integer> i, ScoreFormula f) {
    TreeSet<Integer> scores = new TreeSet<>();
    for (int a : l) {
      for (int b : i) {
        scores.add(f.score(a, b));
      }
    }
    return List.copyOf(scores);
  }

  List<Integer> scores() {
    return scores(likelihood, impact, formula);
  }

  /** The same definition with one producible score taken out of its band. */
  MatrixSpec withGap(int scoreIndex) {
    int score = scores().get(scoreIndex % scores().size());
    List<ScoreBand> out = new ArrayList<>();
    for (ScoreBand b : bands) {
      if (!b.contains(score)) {
        out.add(b);
        continue;
      }
      if (b.lowest() <= score - 1) {
        out.add(ScoreBand.of(b.level(), b.lowest(), score - 1));
      }
      if (score + 1 <= b.highest()) {
        out.add(ScoreBand.of(b.level(), score + 1, b.highest()));
      }
    }
    return new MatrixSpec(likelihood, impact, formula, levels, List.copyOf(out), grid);
  }

  /** The same definition with one band stretched into the next, or a second band over the last. */
  MatrixSpec withOverlap(int bandIndex, int stretch) {
    int j = bandIndex % bands.size();
    List<ScoreBand> out = new ArrayList<>(bands);
    if (j + 1 < bands.size()) {
      ScoreBand next = bands.get(j + 1);
      out.set(j, ScoreBand.of(bands.get(j).level(), bands.get(j).lowest(),
          Math.min(next.highest(), next.lowest() + stretch)));
    } else {
      ScoreBand last = bands.get(j);
      out.add(ScoreBand.of(last.level(), last.highest(), last.highest() + stretch));
    }
    return new MatrixSpec(likelihood, impact, formula, levels, List.copyOf(out), grid);
  }

  RiskMatrix.Builder builder() {
    List<AxisLevel> ls = new ArrayList<>();
    likelihood.forEach(n -> ls.add(AxisLevel.of(n, "L" + n)));
    List<AxisLevel> is = new ArrayList<>();
    impact.forEach(n -> is.add(AxisLevel.of(n, "I" + n)));
    RiskMatrix.Builder b = RiskMatrix.builder().id("generated").likelihood(Axis.of("Likelihood", ls))
        .impact(Axis.of("Impact", is)).formula(formula).bands(bands);
    for (int k = 0; k < levels; k++) {
      b.addLevel(NAMES.get(k), "colour" + k);
    }
    for (int r = 0; r < grid.size(); r++) {
      b.addGridRow(likelihood.get(r), grid.get(r));
    }
    return b;
  }
}
