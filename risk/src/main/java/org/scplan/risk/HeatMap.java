package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import org.scplan.core.ViewData;
import org.scplan.risk.internal.TextGrid;

/**
 * How many open risks of a register fall in each cell of its matrix, for one kind of rating
 * (current, target or inherent); the risks that have no such rating or one off the matrix are
 * listed apart. As data ({@link #cells()}, {@link #count(Rating)}, {@link #countsByLevel()}) and,
 * from {@link #toString()}, as a grid for JShell, most likely at the top:
 *
 * <pre>
 * Current ratings of Table 1 on kent-5x5: 2 risks on the matrix, 11 not rated
 *     I1   I2   I3   I4   I5
 * L5  · L  · M  · M  · H  · H
 * L4  · L  · M  1 M  · H  1 H
 * ...
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HeatMap {
  private final String title;
  private final RiskMatrix matrix;
  private final RatingKind kind;
  private final Map<Rating, List<String>> cells;
  private final List<String> notRated;
  private final List<String> offMatrix;

  private HeatMap(String title, RiskMatrix matrix, RatingKind kind, Map<Rating, List<String>> cells,
      List<String> notRated, List<String> offMatrix) {
    this.title = title;
    this.matrix = matrix;
    this.kind = kind;
    this.cells = cells;
    this.notRated = notRated;
    this.offMatrix = offMatrix;
  }

  /**
   * A cell of the heat map: a rating, its score and level, and the risks there.
   *
   * @param rating the cell's likelihood and impact
   * @param score the cell's score
   * @param level the cell's level
   * @param risks the labels of the risks in the cell, in register order
   */
  public record Cell(Rating rating, int score, RiskLevel level, List<String> risks) {
    /**
     * Checks the parts and copies the list.
     *
     * @param rating the cell's likelihood and impact
     * @param score the cell's score
     * @param level the cell's level
     * @param risks the labels of the risks in the cell
     */
    public Cell {
      requireNonNull(rating, "rating");
      requireNonNull(level, "level");
      risks = List.copyOf(risks);
    }

    /**
     * Returns how many risks are in the cell.
     *
     * @return the count
     */
    public int count() {
      return risks.size();
    }
  }

  /**
   * Obtains the heat map of the open risks of a register.
   *
   * @param register the register
   * @param kind which rating to place
   * @return the heat map
   */
  public static HeatMap of(RiskRegister register, RatingKind kind) {
    requireNonNull(register, "register");
    return of(register.title(), register.matrix(), kind, register.risks());
  }

  /**
   * Obtains the heat map of the open risks among some risks, on a matrix.
   *
   * @param title what the risks are, for the heading: {@code Table 1}
   * @param matrix the matrix
   * @param kind which rating to place
   * @param risks the risks; closed ones are left out
   * @return the heat map
   */
  public static HeatMap of(String title, RiskMatrix matrix, RatingKind kind, List<Risk> risks) {
    requireNonNull(title, "title");
    requireNonNull(matrix, "matrix");
    requireNonNull(kind, "kind");
    Map<Rating, List<String>> cells = new LinkedHashMap<>();
    for (Rating r : matrix.ratings()) {
      cells.put(r, new ArrayList<>());
    }
    List<String> notRated = new ArrayList<>();
    List<String> offMatrix = new ArrayList<>();
    for (Risk risk : risks) {
      if (!risk.isOpen()) {
        continue;
      }
      kind.of(risk).ifPresentOrElse(r -> {
        if (matrix.contains(r)) {
          cells.get(r).add(risk.label());
        } else {
          offMatrix.add(risk.label());
        }
      }, () -> notRated.add(risk.label()));
    }
    Map<Rating, List<String>> frozen = new LinkedHashMap<>();
    cells.forEach((r, l) -> frozen.put(r, List.copyOf(l)));
    return new HeatMap(title, matrix, kind, Collections.unmodifiableMap(frozen), List.copyOf(notRated),
        List.copyOf(offMatrix));
  }

  /**
   * Returns the matrix.
   *
   * @return the matrix
   */
  public RiskMatrix matrix() {
    return matrix;
  }

  /**
   * Returns which rating the map places.
   *
   * @return the kind
   */
  public RatingKind kind() {
    return kind;
  }

  /**
   * Returns how many risks are in a cell.
   *
   * @param rating the cell
   * @return the count
   * @throws IllegalArgumentException if the rating is not on the matrix
   */
  public int count(Rating rating) {
    return risks(rating).size();
  }

  /**
   * Returns the risks in a cell.
   *
   * @param rating the cell
   * @return the labels of the risks there, in register order
   * @throws IllegalArgumentException if the rating is not on the matrix
   */
  public List<String> risks(Rating rating) {
    checkArgument(matrix.contains(requireNonNull(rating, "rating")), "Rating %s is not on matrix %s", rating,
        matrix.id());
    return cells.get(rating);
  }

  /**
   * Returns every cell, by likelihood then impact, lowest first.
   *
   * @return the cells
   */
  public List<Cell> cells() {
    return cells.entrySet().stream()
        .map(e -> new Cell(e.getKey(), matrix.score(e.getKey()), matrix.level(e.getKey()), e.getValue()))
        .toList();
  }

  /**
   * Returns how many risks are at each level, least severe first; every level is listed.
   *
   * @return the counts by level
   */
  public Map<RiskLevel, Integer> countsByLevel() {
    Map<RiskLevel, Integer> counts = new LinkedHashMap<>();
    matrix.levels().forEach(l -> counts.put(l, 0));
    cells.forEach((r, l) -> counts.merge(matrix.level(r), l.size(), Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns how many risks are placed on the matrix.
   *
   * @return the total of the counts
   */
  public int total() {
    return cells.values().stream().mapToInt(List::size).sum();
  }

  /**
   * Returns the open risks that have no rating of this kind.
   *
   * @return their labels
   */
  public List<String> notRated() {
    return notRated;
  }

  /**
   * Returns the open risks whose rating of this kind is not on the matrix.
   *
   * @return their labels
   */
  public List<String> offMatrix() {
    return offMatrix;
  }

  /**
   * Checks whether another object is a heat map of the same risks in the same cells.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof HeatMap o && o.title.equals(title) && o.matrix.equals(matrix) && o.kind == kind
        && o.cells.equals(cells) && o.notRated.equals(notRated) && o.offMatrix.equals(offMatrix);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(title, matrix, kind, cells, notRated, offMatrix);
  }

  /**
   * Returns the heat map as a grid, most likely at the top, each cell its count (a dot for none)
   * and the initial of its level, under a heading and above a legend.
   *
   * @return the heat map as text
   */
  /**
   * Draws the heat map as SVG: the matrix's grid with each cell in its level's colour from the
   * matrix data, its count and its risks' references, the axes' labels and the levels' legend with
   * counts; a title and a description for assistive technology, a tooltip on every cell. A pure
   * function of the heat map: the same bytes every run. {@link RiskRegister#toSvg()} adds the
   * register's date and each risk's movement from current to target.
   *
   * @return the heat map as an SVG document
   */
  public String toSvg() {
    return HeatMapSvg.draw(kind + " ratings of " + title + " on " + matrix.id(), this, List.of(), Optional.empty());
  }

  /**
   * Returns the heat map as data: its rating kind, matrix, counts, and each cell with risks in it
   * (likelihood, impact, score, level and the risks' labels).
   *
   * @return the data
   */
  public ViewData data() {
    List<ViewData> filled = new ArrayList<>();
    for (Cell c : cells()) {
      if (c.count() > 0) {
        filled.add(ViewData.builder().put("likelihood", c.rating().likelihood()).put("impact", c.rating().impact())
            .put("score", c.score()).put("level", c.level().name()).put("risks", c.risks()).build());
      }
    }
    return ViewData.builder().put("rating", kind.toString()).put("matrix", matrix.id()).put("risks", total())
        .put("notRated", notRated).put("offMatrix", offMatrix).put("cells", filled).build();
  }

  @Override
  public String toString() {
    return String.join("\n", lines());
  }

  /**
   * Returns the heat map as lines of text: a heading, the grid, most likely at the top, each cell its
   * count (a dot for none) and the initial of its level, and a legend.
   *
   * @return the lines
   */
  public List<String> lines() {
    List<String> abbr = TextGrid.abbreviations(matrix.levels().stream().map(RiskLevel::name).toList());
    List<String> columns = matrix.impact().levels().stream().map(i -> "I" + i.number()).toList();
    List<String> rows = new ArrayList<>();
    List<List<String>> grid = new ArrayList<>();
    List<AxisLevel> ls = matrix.likelihood().levels();
    for (int li = ls.size() - 1; li >= 0; li--) {
      rows.add("L" + ls.get(li).number());
      List<String> row = new ArrayList<>();
      for (AxisLevel i : matrix.impact().levels()) {
        Rating r = Rating.of(ls.get(li).number(), i.number());
        int n = cells.get(r).size();
        row.add((n == 0 ? "·" : Integer.toString(n)) + " " + abbr.get(matrix.severity(matrix.level(r))));
      }
      grid.add(row);
    }
    StringBuilder sb = new StringBuilder(kind.toString()).append(" ratings of ").append(title).append(" on ")
        .append(matrix.id()).append(": ").append(total()).append(total() == 1 ? " risk" : " risks")
        .append(" on the matrix");
    if (!notRated.isEmpty()) {
      sb.append(", ").append(notRated.size()).append(" not rated");
    }
    if (!offMatrix.isEmpty()) {
      sb.append(", ").append(offMatrix.size()).append(" off the matrix (").append(String.join(", ", offMatrix))
          .append(')');
    }
    sb.append('\n').append(TextGrid.render("", columns, rows, grid)).append('\n');
    List<String> legend = new ArrayList<>();
    Map<RiskLevel, Integer> byLevel = countsByLevel();
    for (int i = 0; i < matrix.levels().size(); i++) {
      RiskLevel level = matrix.levels().get(i);
      legend.add(abbr.get(i) + " = " + level.name() + " (" + byLevel.get(level) + ")");
    }
    return sb.append(String.join(", ", legend)).toString().lines().toList();
  }
}
