package org.scplan.risk;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in risk matrices, by stable name, so that a file or a command line can say
 * {@code --matrix kent-5x5}.
 *
 * <ul>
 *   <li>{@code kent-5x5}: Kent County Council's matrix, likelihood 1–5 × impact 1–5, Low 1–6,
 *       Medium 8–15, High 16–25 (only 1–6, 8, 9, 10, 12, 15, 16, 20 and 25 can occur).
 *   <li>{@code npsa-5x5}: the NHS National Patient Safety Agency's matrix ("A risk matrix for
 *       risk managers", 2008), consequence × likelihood, Low 1–3, Moderate 4–6, High 8–12,
 *       Extreme 15–25.
 *   <li>{@code example-4x4-additive}: an illustrative 4 × 4 scored likelihood + impact, Low 2–4,
 *       Medium 5–6, High 7–8.
 *   <li>{@code example-5x5-grid}: an illustrative 5 × 5 whose levels are given cell by cell and
 *       weigh impact above likelihood: a major impact is High however unlikely.
 * </ul>
 */
public final class RiskMatrices {
  private static final Axis KENT_LIKELIHOOD =
      Axis.numbered("Likelihood", "Very unlikely", "Unlikely", "Possible", "Likely", "Very likely");
  private static final Axis KENT_IMPACT = Axis.numbered("Impact", "Minor", "Moderate", "Significant", "Serious", "Major");
  private static final RiskMatrix KENT_5X5 = RiskMatrix.builder()
      .id("kent-5x5")
      .title("Kent County Council risk matrix")
      .likelihood(KENT_LIKELIHOOD)
      .impact(KENT_IMPACT)
      .addLevel("Low", "green").addLevel("Medium", "amber").addLevel("High", "red")
      .addBand("Low", 1, 6).addBand("Medium", 8, 15).addBand("High", 16, 25)
      .build();

  private static final RiskMatrix NPSA_5X5 = RiskMatrix.builder()
      .id("npsa-5x5")
      .title("NHS National Patient Safety Agency risk matrix (2008)")
      .likelihood(Axis.numbered("Likelihood", "Rare", "Unlikely", "Possible", "Likely", "Almost certain"))
      .impact(Axis.numbered("Consequence", "Negligible", "Minor", "Moderate", "Major", "Catastrophic"))
      .addLevel("Low", "green").addLevel("Moderate", "yellow").addLevel("High", "orange")
      .addLevel("Extreme", "red")
      .addBand("Low", 1, 3).addBand("Moderate", 4, 6).addBand("High", 8, 12).addBand("Extreme", 15, 25)
      .build();

  private static final RiskMatrix EXAMPLE_4X4_ADDITIVE = RiskMatrix.builder()
      .id("example-4x4-additive")
      .title("Example 4 × 4 matrix scored likelihood + impact")
      .likelihood(Axis.numbered("Likelihood", "Unlikely", "Possible", "Likely", "Almost certain"))
      .impact(Axis.numbered("Impact", "Minor", "Moderate", "Major", "Severe"))
      .formula(ScoreFormula.SUM)
      .addLevel("Low", "green").addLevel("Medium", "amber").addLevel("High", "red")
      .addBand("Low", 2, 4).addBand("Medium", 5, 6).addBand("High", 7, 8)
      .build();

  private static final RiskMatrix EXAMPLE_5X5_GRID = RiskMatrix.builder()
      .id("example-5x5-grid")
      .title("Example 5 × 5 matrix with levels cell by cell, impact weighted")
      .likelihood(KENT_LIKELIHOOD)
      .impact(KENT_IMPACT)
      .addLevel("Low", "green").addLevel("Medium", "amber").addLevel("High", "red")
      .addGridRow(1, "Low", "Low", "Medium", "Medium", "High")
      .addGridRow(2, "Low", "Low", "Medium", "High", "High")
      .addGridRow(3, "Low", "Medium", "Medium", "High", "High")
      .addGridRow(4, "Low", "Medium", "High", "High", "High")
      .addGridRow(5, "Medium", "Medium", "High", "High", "High")
      .build();

  private static final List<RiskMatrix> ALL = List.of(KENT_5X5, NPSA_5X5, EXAMPLE_4X4_ADDITIVE, EXAMPLE_5X5_GRID);

  private RiskMatrices() {}

  /**
   * Returns Kent County Council's 5 × 5 matrix, {@code kent-5x5}.
   *
   * @return the matrix
   */
  public static RiskMatrix kent5x5() {
    return KENT_5X5;
  }

  /**
   * Returns every built-in matrix, Kent's first.
   *
   * @return the matrices
   */
  public static List<RiskMatrix> all() {
    return ALL;
  }

  /**
   * Returns the names of the built-in matrices.
   *
   * @return the ids, Kent's first
   */
  public static List<String> names() {
    return ALL.stream().map(RiskMatrix::id).toList();
  }

  /**
   * Finds a built-in matrix by name.
   *
   * @param id the name, such as {@code kent-5x5}
   * @return the matrix, or empty if there is none of that name
   */
  public static Optional<RiskMatrix> find(String id) {
    requireNonNull(id, "id");
    return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * Returns a built-in matrix by name, as given on a command line.
   *
   * @param id the name, such as {@code kent-5x5}
   * @return the matrix
   * @throws IllegalArgumentException if there is none of that name; the message lists the names
   */
  public static RiskMatrix named(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("No built-in risk matrix is named \""
        + id + "\" (built-in: " + ALL.stream().map(RiskMatrix::id).collect(Collectors.joining(", ")) + ")"));
  }
}
