package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.BusinessPlan;
import org.scplan.core.PlanSection;
import org.scplan.core.SectionView;
import org.scplan.core.ValidationReport;
import org.scplan.core.ViewData;
import org.scplan.core.Viewable;
import org.scplan.core.internal.ScplanStyle;
import org.scplan.risk.internal.Quote;
import org.scplan.risk.internal.TextGrid;

/**
 * A risk register, a section of a plan: the matrix its risks are rated on, the register it is
 * (directorate, corporate …), the date it stands at, how often its risks are reviewed, and the
 * risks.
 *
 * <pre>{@code
 * RiskRegister register = RiskRegister.builder()
 *     .id("directorate-risks").title("Table 1")
 *     .matrix(RiskMatrices.kent5x5()).level(RegisterLevel.DIRECTORATE)
 *     .reviewFrequency(ReviewFrequency.QUARTERLY)
 *     .addRisk(Risk.of("AH0005", "Financial pressures", "Current pressures on public sector funding ..."))
 *     .build();
 * register.validate(LocalDate.of(2018, 6, 30));   // findings, judged as at 30 June 2018
 * register.heatMap(RatingKind.CURRENT);        // counts per cell
 * }</pre>
 *
 * <p>Dates are judged against an explicit date, never the machine clock: {@link #validate()} and
 * {@link #validate(BusinessPlan)} use the register's own {@link #asAt()} date and skip the date
 * checks if it has none; {@link #validate(LocalDate)} takes the date to judge by.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class RiskRegister implements PlanSection, Viewable {

  /** Only the generated implementation (or this package) constructs it. */
  RiskRegister() {}
  /** The section kind of a risk register in the scplan file format. */
  public static final String KIND = "risks";

  /**
   * Returns the section's id, unique within its plan: {@code directorate-risks}.
   *
   * @return the id
   */
  @Override
  public abstract String id();

  /**
   * Returns the register's title as published: {@code Table 1}.
   *
   * @return the title
   */
  @Override
  public abstract String title();

  /**
   * Returns the matrix the register's risks are rated on.
   *
   * @return the matrix
   */
  public abstract RiskMatrix matrix();

  /**
   * Returns which register this is: directorate, corporate ….
   *
   * @return the level
   */
  public abstract Optional<RegisterLevel> level();

  /**
   * Returns the date the register stands at: the date of this version.
   *
   * @return the as-at date
   */
  public abstract Optional<LocalDate> asAt();

  /**
   * Returns how often the register's risks are reviewed, unless a risk says otherwise.
   *
   * @return the frequency
   */
  public abstract Optional<ReviewFrequency> reviewFrequency();

  /**
   * Returns the risks, in the published order.
   *
   * @return the risks
   */
  public abstract List<Risk> risks();

  /**
   * Returns a plan's risk registers, in the order the plan holds them: {@code RiskRegister.allIn(plan)}, the
   * same as {@code plan.sections(RiskRegister.class)}.
   *
   * @param plan the plan
   * @return its risk registers; empty if it has none
   */
  public static List<RiskRegister> allIn(BusinessPlan plan) {
    return plan.sections(RiskRegister.class);
  }

  /**
   * Draws the register's heat map of current ratings as SVG, with an arrow from each open risk's
   * current rating to its target where the two differ, and the register's "as at" date. See
   * {@link HeatMap#toSvg()}.
   *
   * @return the heat map as an SVG document
   */
  public String toSvg() {
    HeatMap map = heatMap(RatingKind.CURRENT);
    List<HeatMapSvg.Move> moves = new java.util.ArrayList<>();
    for (Risk risk : risks()) {
      if (risk.isOpen() && risk.current().isPresent() && risk.target().isPresent()
          && !risk.current().get().equals(risk.target().get()) && matrix().contains(risk.current().get())
          && matrix().contains(risk.target().get())) {
        moves.add(new HeatMapSvg.Move(risk.label(), risk.current().get(), risk.target().get()));
      }
    }
    return HeatMapSvg.draw(title() + ": current ratings and targets on " + matrix().id(), map, moves, asAt());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@value #KIND}.
   *
   * @return the section kind
   */
  @Override
  public String kind() {
    return KIND;
  }

  /**
   * Returns what a report shows of the register: the heat map of its current ratings, and of its
   * target ratings where any risk has one; as data, its matrix, date and both maps' cells.
   *
   * @return the view
   */
  @Override
  public SectionView view() {
    List<String> lines = new java.util.ArrayList<>();
    List<ViewData> maps = new java.util.ArrayList<>();
    for (RatingKind kind : List.of(RatingKind.CURRENT, RatingKind.TARGET)) {
      HeatMap map = HeatMap.of(this, kind);
      if (map.cells().stream().anyMatch(c -> c.count() > 0) || kind == RatingKind.CURRENT) {
        lines.addAll(map.lines());
        maps.add(map.data());
      }
    }
    return new SectionView(lines, ViewData.builder().put("matrix", matrix().id())
        .put("asAt", asAt().map(Object::toString).orElse(null)).put("risks", risks().size())
        .put("heatMaps", maps).build());
  }

  /**
   * Checks the register, judging dates as at its own {@link #asAt()} date; without one, due
   * dates and reviews are not judged and an INFO finding says so.
   *
   * @return the findings; never throws for a fault in the register
   */
  public ValidationReport validate() {
    return ValidationReport.of(RegisterChecks.check(this, asAt()));
  }

  /**
   * Checks the register, judging due dates and reviews as at a given date: ratings off the matrix,
   * targets worse than current ratings, current ratings worse than inherent ones, lowered targets
   * with no further action behind them, missing ratings and owners, actions past their due date,
   * reviews overdue, duplicate references, closed risks with open actions (codes in
   * {@link RiskRules}).
   *
   * @param asOf the date to judge by
   * @return the findings; never throws for a fault in the register
   */
  public ValidationReport validate(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return ValidationReport.of(RegisterChecks.check(this, Optional.of(asOf)));
  }

  /**
   * Finds a risk by reference.
   *
   * @param reference the reference: {@code AH0005}
   * @return the first risk with that reference, or empty
   */
  public Optional<Risk> risk(String reference) {
    requireNonNull(reference, "reference");
    return risks().stream().filter(r -> r.reference().map(reference::equals).orElse(false)).findFirst();
  }

  /**
   * Returns the open risks, in order.
   *
   * @return the open risks
   */
  public List<Risk> openRisks() {
    return risks().stream().filter(Risk::isOpen).toList();
  }

  /**
   * Returns the heat map of the open risks' ratings of one kind.
   *
   * @param kind current, target or inherent
   * @return the heat map
   */
  public HeatMap heatMap(RatingKind kind) {
    return HeatMap.of(this, kind);
  }

  /**
   * Returns the direction of travel of each risk from an earlier version of this register to
   * this one.
   *
   * @param earlier the earlier version, dated no later than this one
   * @return the direction of travel
   * @throws IllegalArgumentException if either version is undated, the earlier is dated after
   *     this one, or they are rated on different matrices
   */
  public RiskDirectionOfTravel directionOfTravelSince(RiskRegister earlier) {
    return RiskDirectionOfTravel.between(earlier, this);
  }

  /**
   * Returns a copy of this register with a risk added at the end.
   *
   * @param risk the risk
   * @return the register with that risk
   */
  public RiskRegister withRisk(Risk risk) {
    return builder().from(this).addRisk(risk).build();
  }

  /**
   * Returns a copy of this register standing at another date: the next version.
   *
   * @param asAt the date
   * @return the register at that date
   */
  public RiskRegister withAsAt(LocalDate asAt) {
    return builder().from(this).asAt(asAt).build();
  }

  @Value.Check
  void check0() {
    checkArgument(!id().isBlank(), "A risk register's id is blank");
    checkArgument(!title().isBlank(), "The title of risk register %s is blank", id());
  }

  /**
   * Returns the register as a table, one risk per line, with its current and target ratings
   * scored on the matrix.
   *
   * @return the register as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(title()).append(" (").append(KIND).append(" \"").append(id())
        .append("\", ");
    level().ifPresent(l -> sb.append(l).append(" register, "));
    sb.append("matrix ").append(matrix().id());
    asAt().ifPresent(d -> sb.append(", as at ").append(d));
    long rated = risks().stream().filter(r -> r.current().isPresent()).count();
    sb.append("): ").append(risks().size()).append(risks().size() == 1 ? " risk, " : " risks, ")
        .append(openRisks().size()).append(" open, ").append(rated).append(" rated");
    if (risks().isEmpty()) {
      return sb.toString();
    }
    List<List<String>> rows = new ArrayList<>();
    for (Risk r : risks()) {
      rows.add(List.of(r.reference().orElse("-"),
          Quote.shorten(r.title().or(r::description).orElse("-"), 40),
          r.current().map(matrix()::describe).orElse("not rated"),
          r.target().map(matrix()::describe).orElse("-"),
          r.owner().map(o -> Quote.shorten(o, 30)).orElse("-"),
          r.status().toString()));
    }
    return sb.append('\n').append(TextGrid.table(List.of("REF", "RISK", "CURRENT", "TARGET", "OWNER", "STATUS"),
        rows)).toString();
  }

  /** Builds a {@link RiskRegister}. */
  public static final class Builder extends ImmutableRiskRegister.Builder {
    Builder() {}
  }
}
