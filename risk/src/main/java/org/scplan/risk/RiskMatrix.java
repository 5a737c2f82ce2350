package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.scplan.core.Finding;
import org.scplan.core.ValidationReport;
import org.scplan.risk.internal.TextGrid;

/**
 * A risk matrix: the likelihood and impact axes a risk is rated on, the levels of risk with their
 * colours (least severe first), and the rule that gives each cell its level, either score bands
 * over a {@link ScoreFormula} or a grid of levels cell by cell.
 *
 * <p>A matrix is data, so that it can be written to a file and named on a command line
 * ({@code --matrix kent-5x5}); the built-in ones are in {@link RiskMatrices}. It is checked when
 * loaded: {@link Builder#check()} returns every problem as findings (a band that overlaps
 * another, a score no band covers, a cell naming an undefined level), each naming the band or
 * cell at fault; {@link Builder#build()} throws if there is any. A built matrix is therefore
 * sound: every cell has exactly one level, and raising likelihood or impact never lowers the
 * score or the level.
 *
 * <pre>{@code
 * RiskMatrix m = RiskMatrix.builder().id("kent-5x5")
 *     .likelihood(Axis.numbered("Likelihood", "Very unlikely", "Unlikely", "Possible", "Likely", "Very likely"))
 *     .impact(Axis.numbered("Impact", "Minor", "Moderate", "Significant", "Serious", "Major"))
 *     .addLevel("Low", "green").addLevel("Medium", "amber").addLevel("High", "red")
 *     .addBand("Low", 1, 6).addBand("Medium", 8, 15).addBand("High", 16, 25)
 *     .build();
 * m.level(Rating.of(4, 4))   // High (red)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiskMatrix {
  private final String id;
  private final String title;
  private final Axis likelihood;
  private final Axis impact;
  private final List<RiskLevel> levels;
  private final ScoreFormula formula;
  private final List<ScoreBand> bands;
  private final SortedMap<Integer, List<String>> grid;
  private final int[][] cellLevel;

  private RiskMatrix(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.likelihood = b.likelihood;
    this.impact = b.impact;
    this.levels = List.copyOf(b.levels);
    this.formula = b.formula;
    this.bands = List.copyOf(b.bands);
    TreeMap<Integer, List<String>> rows = new TreeMap<>();
    b.grid.forEach(e -> rows.put(e.getKey(), List.copyOf(e.getValue())));
    this.grid = Collections.unmodifiableSortedMap(rows);
    this.cellLevel = new int[likelihood.size()][impact.size()];
    for (int li = 0; li < likelihood.size(); li++) {
      for (int ii = 0; ii < impact.size(); ii++) {
        int l = likelihood.levels().get(li).number();
        int i = impact.levels().get(ii).number();
        String name = grid.isEmpty() ? bandOf(formula.score(l, i)).level() : grid.get(l).get(ii);
        cellLevel[li][ii] = indexOfLevel(name);
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with the formula likelihood × impact and nothing else
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this matrix's definition, to derive another from it.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = builder().id(id).likelihood(likelihood).impact(impact).levels(levels).formula(formula)
        .bands(bands);
    if (title != null) {
      b.title(title);
    }
    grid.forEach(b::addGridRow);
    return b;
  }

  /**
   * Returns the matrix's stable name: {@code kent-5x5}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the matrix's title: {@code Kent County Council risk matrix}.
   *
   * @return the title
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns the likelihood axis.
   *
   * @return the axis
   */
  public Axis likelihood() {
    return likelihood;
  }

  /**
   * Returns the impact axis.
   *
   * @return the axis
   */
  public Axis impact() {
    return impact;
  }

  /**
   * Returns the levels of risk, least severe first.
   *
   * @return the levels
   */
  public List<RiskLevel> levels() {
    return levels;
  }

  /**
   * Returns how a rating's numbers become a score. A grid matrix has a formula too: its score
   * orders ratings of the same level and is shown, but the grid alone decides the level.
   *
   * @return the formula
   */
  public ScoreFormula formula() {
    return formula;
  }

  /**
   * Returns the score bands, as defined; empty for a grid matrix.
   *
   * @return the bands
   */
  public List<ScoreBand> bands() {
    return bands;
  }

  /**
   * Returns the grid of levels: for each likelihood number, the names of the levels of its cells
   * in impact order, lowest impact first; empty for a banded matrix.
   *
   * @return the grid, by likelihood number
   */
  public SortedMap<Integer, List<String>> grid() {
    return grid;
  }

  /**
   * Checks whether the levels are given cell by cell rather than by score bands.
   *
   * @return true for a grid matrix
   */
  public boolean isGrid() {
    return !grid.isEmpty();
  }

  /**
   * Finds a level by name.
   *
   * @param name the level's name, exactly as defined
   * @return the level, or empty if the matrix has none of that name
   */
  public Optional<RiskLevel> level(String name) {
    requireNonNull(name, "name");
    return levels.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /**
   * Returns how severe a level is: its position in {@link #levels()}, from 0 for the least
   * severe.
   *
   * @param level a level of this matrix
   * @return the severity
   * @throws IllegalArgumentException if the level is not one of this matrix's
   */
  public int severity(RiskLevel level) {
    int i = levels.indexOf(requireNonNull(level, "level"));
    checkArgument(i >= 0, "Level %s is not a level of matrix %s", level, id);
    return i;
  }

  /**
   * Checks whether a rating's likelihood and impact are both levels of this matrix.
   *
   * @param rating the rating
   * @return true if the rating is on the matrix
   */
  public boolean contains(Rating rating) {
    requireNonNull(rating, "rating");
    return likelihood.contains(rating.likelihood()) && impact.contains(rating.impact());
  }

  /**
   * Returns a rating's score.
   *
   * @param rating a rating on this matrix
   * @return the score
   * @throws IllegalArgumentException if the rating is not on the matrix
   */
  public int score(Rating rating) {
    checkOn(rating);
    return formula.score(rating.likelihood(), rating.impact());
  }

  /**
   * Returns a rating's level.
   *
   * @param rating a rating on this matrix
   * @return the level
   * @throws IllegalArgumentException if the rating is not on the matrix
   */
  public RiskLevel level(Rating rating) {
    checkOn(rating);
    return levels.get(cellLevel[likelihood.indexOf(rating.likelihood())][impact.indexOf(rating.impact())]);
  }

  /**
   * Compares how bad two ratings are: first by level, then by score. Ratings of the same level
   * and score compare equal even if their numbers differ ({@code L2 × I3} and {@code L3 × I2}).
   *
   * @param a a rating on this matrix
   * @param b another rating on this matrix
   * @return negative if {@code a} is less bad, zero if as bad, positive if worse
   * @throws IllegalArgumentException if a rating is not on the matrix
   */
  public int compare(Rating a, Rating b) {
    int bySeverity = Integer.compare(severity(level(a)), severity(level(b)));
    return bySeverity != 0 ? bySeverity : Integer.compare(score(a), score(b));
  }

  /**
   * Checks whether one rating is worse than another ({@link #compare} is positive).
   *
   * @param a a rating on this matrix
   * @param b another rating on this matrix
   * @return true if {@code a} is worse than {@code b}
   * @throws IllegalArgumentException if a rating is not on the matrix
   */
  public boolean isWorse(Rating a, Rating b) {
    return compare(a, b) > 0;
  }

  /**
   * Returns every score the matrix can produce, lowest first. Kent's 5 × 5 gives 1–6, 8, 9, 10,
   * 12, 15, 16, 20 and 25.
   *
   * @return the scores
   */
  public SortedSet<Integer> scores() {
    SortedSet<Integer> scores = new TreeSet<>();
    for (Rating r : ratings()) {
      scores.add(score(r));
    }
    return Collections.unmodifiableSortedSet(scores);
  }

  /**
   * Returns every rating on the matrix, by likelihood then impact, lowest first.
   *
   * @return the ratings, one per cell
   */
  public List<Rating> ratings() {
    List<Rating> all = new ArrayList<>();
    for (AxisLevel l : likelihood.levels()) {
      for (AxisLevel i : impact.levels()) {
        all.add(Rating.of(l.number(), i.number()));
      }
    }
    return List.copyOf(all);
  }

  /**
   * Returns the ratings of a level, by likelihood then impact.
   *
   * @param level a level of this matrix
   * @return the ratings that have it
   */
  public List<Rating> ratings(RiskLevel level) {
    int s = severity(level);
    return ratings().stream().filter(r -> severity(level(r)) == s).toList();
  }

  /**
   * Returns a rating with its score and level, as a register prints it: {@code 20 High (L4 × I5)}.
   *
   * @param rating a rating
   * @return the description, or {@code L6 × I2 (off matrix kent-5x5)} for a rating not on it
   */
  public String describe(Rating rating) {
    if (!contains(rating)) {
      return rating + " (off matrix " + id + ")";
    }
    return score(rating) + " " + level(rating).name() + " (" + rating + ")";
  }

  private void checkOn(Rating rating) {
    checkArgument(contains(rating), "Rating %s is not on matrix %s (likelihood %s, impact %s)", rating, id,
        likelihood.range(), impact.range());
  }

  private ScoreBand bandOf(int score) {
    return bands.stream().filter(b -> b.contains(score)).findFirst().orElseThrow();
  }

  private int indexOfLevel(String name) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("Level " + name + " is not defined");
  }

  /**
   * Checks whether another object is a matrix with the same definition.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof RiskMatrix o && o.id.equals(id) && Objects.equals(o.title, title)
        && o.likelihood.equals(likelihood) && o.impact.equals(impact) && o.levels.equals(levels)
        && o.formula == formula && o.bands.equals(bands) && o.grid.equals(grid);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, title, likelihood, impact, levels, formula, bands, grid);
  }

  /**
   * Returns the matrix as a grid, most likely at the top, each cell its score and level, with the
   * axes and levels spelt out below.
   *
   * @return the matrix as text
   */
  @Override
  public String toString() {
    List<String> abbr = TextGrid.abbreviations(levels.stream().map(RiskLevel::name).toList());
    List<String> columns = impact.levels().stream().map(i -> "I" + i.number()).toList();
    List<String> rows = new ArrayList<>();
    List<List<String>> cells = new ArrayList<>();
    for (int li = likelihood.size() - 1; li >= 0; li--) {
      int l = likelihood.levels().get(li).number();
      rows.add("L" + l);
      List<String> row = new ArrayList<>();
      for (AxisLevel i : impact.levels()) {
        Rating r = Rating.of(l, i.number());
        row.add(score(r) + " " + abbr.get(severity(level(r))));
      }
      cells.add(row);
    }
    StringBuilder sb = new StringBuilder("Risk matrix ").append(id);
    title().ifPresent(t -> sb.append(" — ").append(t));
    sb.append("\n").append(likelihood.name()).append(" × ").append(impact.name()).append(", score ")
        .append(formula).append(isGrid() ? ", levels cell by cell" : ", levels by score band").append('\n')
        .append(TextGrid.render("", columns, rows, cells)).append('\n')
        .append(likelihood).append('\n').append(impact).append('\n').append("Levels: ");
    List<String> legend = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      RiskLevel level = levels.get(i);
      String scores = bands.stream().filter(b -> b.level().equals(level.name())).map(ScoreBand::scores)
          .collect(Collectors.joining(", "));
      legend.add(abbr.get(i) + " = " + level + (scores.isEmpty() ? "" : " " + scores));
    }
    return sb.append(String.join("; ", legend)).toString();
  }

  /**
   * Builds a {@link RiskMatrix}, checking it when loaded. Collect the parts, then call
   * {@link #check()} for the problems as findings, or {@link #build()}, which throws if there is
   * any.
   */
  public static final class Builder {
    private String id;
    private String title;
    private Axis likelihood;
    private Axis impact;
    private final List<RiskLevel> levels = new ArrayList<>();
    private ScoreFormula formula = ScoreFormula.PRODUCT;
    private final List<ScoreBand> bands = new ArrayList<>();
    private final List<Map.Entry<Integer, List<String>>> grid = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the stable name: lower-case words and digits joined by hyphens, {@code kent-5x5}.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the likelihood axis.
     *
     * @param axis the axis, least likely first
     * @return this builder
     */
    public Builder likelihood(Axis axis) {
      this.likelihood = requireNonNull(axis, "axis");
      return this;
    }

    /**
     * Sets the impact axis.
     *
     * @param axis the axis, least severe first
     * @return this builder
     */
    public Builder impact(Axis axis) {
      this.impact = requireNonNull(axis, "axis");
      return this;
    }

    /**
     * Adds a level of risk, more severe than those added before it.
     *
     * @param level the level
     * @return this builder
     */
    public Builder addLevel(RiskLevel level) {
      levels.add(requireNonNull(level, "level"));
      return this;
    }

    /**
     * Adds a level of risk, more severe than those added before it.
     *
     * @param name the level's name
     * @param colour its colour
     * @return this builder
     */
    public Builder addLevel(String name, String colour) {
      return addLevel(RiskLevel.of(name, colour));
    }

    /**
     * Replaces the levels of risk.
     *
     * @param levels the levels, least severe first
     * @return this builder
     */
    public Builder levels(List<RiskLevel> levels) {
      List<RiskLevel> copy = List.copyOf(levels);
      this.levels.clear();
      this.levels.addAll(copy);
      return this;
    }

    /**
     * Sets the score formula (likelihood × impact unless set).
     *
     * @param formula the formula
     * @return this builder
     */
    public Builder formula(ScoreFormula formula) {
      this.formula = requireNonNull(formula, "formula");
      return this;
    }

    /**
     * Adds a score band.
     *
     * @param band the band
     * @return this builder
     */
    public Builder addBand(ScoreBand band) {
      bands.add(requireNonNull(band, "band"));
      return this;
    }

    /**
     * Adds a score band.
     *
     * @param level the name of the level it assigns
     * @param from its lowest score, included
     * @param to its highest score, included
     * @return this builder
     */
    public Builder addBand(String level, int from, int to) {
      return addBand(ScoreBand.of(level, from, to));
    }

    /**
     * Replaces the score bands.
     *
     * @param bands the bands
     * @return this builder
     */
    public Builder bands(List<ScoreBand> bands) {
      List<ScoreBand> copy = List.copyOf(bands);
      this.bands.clear();
      this.bands.addAll(copy);
      return this;
    }

    /**
     * Adds a row of the grid: the levels of the cells of one likelihood, lowest impact first.
     *
     * @param likelihood the likelihood number
     * @param levelsByImpact the names of the cells' levels, lowest impact first
     * @return this builder
     */
    public Builder addGridRow(int likelihood, List<String> levelsByImpact) {
      List<String> copy = List.copyOf(levelsByImpact);
      grid.add(Map.entry(likelihood, copy));
      return this;
    }

    /**
     * Adds a row of the grid: the levels of the cells of one likelihood, lowest impact first.
     *
     * @param likelihood the likelihood number
     * @param levelsByImpact the names of the cells' levels, lowest impact first
     * @return this builder
     */
    public Builder addGridRow(int likelihood, String... levelsByImpact) {
      return addGridRow(likelihood, List.of(levelsByImpact));
    }

    /**
     * Checks the matrix as it stands: ids, axes, levels, bands or grid. Each problem is an ERROR
     * finding (codes {@code risk.matrix.*} in {@link RiskRules}) whose location names the band,
     * cell, level or axis level at fault, and whose pointer locates it within the matrix
     * ({@code /bands/1}, {@code /grid/0/levels/3}, {@code /likelihood/levels/2}) so that a file
     * reader can point into the file. Never throws for a fault in the definition.
     *
     * @return the problems; empty if the matrix can be built
     */
    public ValidationReport check() {
      return ValidationReport.of(MatrixChecks.check(definition()));
    }

    /**
     * Builds the matrix.
     *
     * @return the matrix
     * @throws IllegalArgumentException if {@link #check()} finds any problem; the message lists them
     */
    public RiskMatrix build() {
      List<Finding> problems = MatrixChecks.check(definition());
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("Invalid risk matrix " + (id == null ? "(no id)" : id) + ": "
            + problems.stream().map(Finding::message).collect(Collectors.joining("; ")));
      }
      return new RiskMatrix(this);
    }

    private MatrixChecks.Definition definition() {
      return new MatrixChecks.Definition(id, likelihood, impact, List.copyOf(levels), formula,
          List.copyOf(bands), List.copyOf(grid));
    }
  }
}
