package org.scplan.continuity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.PlanSection;
import org.scplan.core.SectionView;
import org.scplan.core.ValidationReport;
import org.scplan.core.ViewData;
import org.scplan.core.Viewable;
import org.scplan.core.internal.ScplanStyle;
import org.scplan.risk.RiskRules;
import org.scplan.risk.internal.Quote;
import org.scplan.risk.internal.TextGrid;

/**
 * The business continuity section of a plan: what the plan says about continuity and its
 * critical functions, each with a recovery time objective and a minimum service level (the Kent LD/MH plan 2013-14's
 * CRITICAL FUNCTIONS table).
 *
 * <p>{@link #validate()} holds each function's recovery time objective against its maximum tolerable
 * period of disruption where both are given, and a function's recovery time against those of the
 * critical functions it depends on (codes {@code risk.continuity.*} in {@link RiskRules}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class BusinessContinuityPlan implements PlanSection, Viewable {

  /** Only the generated implementation (or this package) constructs it. */
  BusinessContinuityPlan() {}
  /** The section kind of a business continuity plan in the scplan file format. */
  public static final String KIND = "continuity";

  /**
   * Returns the section's id, unique within its plan: {@code continuity}.
   *
   * @return the id
   */
  @Override
  public abstract String id();

  /**
   * Returns the section's title as published: {@code BUSINESS CONTINUITY}.
   *
   * @return the title
   */
  @Override
  public abstract String title();

  /**
   * Returns what the plan says about its continuity arrangements, as published.
   *
   * @return the narrative
   */
  public abstract Optional<String> narrative();

  /**
   * Returns the critical functions, in the published order.
   *
   * @return the functions
   */
  public abstract List<CriticalFunction> criticalFunctions();

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
   * Checks the critical functions.
   *
   * @return the findings; never throws for a fault in the plan
   */
  public ValidationReport validate() {
    return ValidationReport.of(ContinuityChecks.check(this));
  }

  /**
   * Finds a critical function by name, ignoring case.
   *
   * @param name the name
   * @return the function, or empty
   */
  public Optional<CriticalFunction> criticalFunction(String name) {
    requireNonNull(name, "name");
    return criticalFunctions().stream().filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  @Value.Check
  void check0() {
    checkArgument(!id().isBlank(), "A business continuity plan's id is blank");
    checkArgument(!title().isBlank(), "The title of business continuity plan %s is blank", id());
  }

  /**
   * Returns what a report shows of the plan: its critical functions in a table, and as data each
   * function's recovery time, maximum tolerable disruption and minimum service level.
   *
   * @return the view
   */
  @Override
  public SectionView view() {
    List<ViewData> rows = new ArrayList<>();
    for (CriticalFunction f : criticalFunctions()) {
      rows.add(ViewData.builder().put("name", f.name())
          .put("recoveryTime", f.recoveryTime().map(RecoveryTime::toString).orElse(null))
          .put("maximumTolerableDisruption", f.maximumTolerableDisruption().map(RecoveryTime::toString).orElse(null))
          .put("minimumServiceLevel", f.minimumServiceLevel().orElse(null)).build());
    }
    return new SectionView(table(), ViewData.builder().put("criticalFunctions", rows).build());
  }

  private List<String> table() {
    List<List<String>> rows = new ArrayList<>();
    for (CriticalFunction f : criticalFunctions()) {
      rows.add(List.of(Quote.shorten(f.name(), 60), f.recoveryTime().map(RecoveryTime::toString).orElse("-"),
          f.maximumTolerableDisruption().map(RecoveryTime::toString).orElse("-"),
          f.minimumServiceLevel().map(m -> Quote.shorten(m, 50)).orElse("-")));
    }
    List<String> lines = new ArrayList<>();
    lines.add(criticalFunctions().size() + (criticalFunctions().size() == 1 ? " critical function"
        : " critical functions"));
    if (!rows.isEmpty()) {
      lines.addAll(TextGrid.table(List.of("CRITICAL FUNCTION", "RTO", "MTPD", "MINIMUM SERVICE LEVEL"), rows).lines()
          .toList());
    }
    return lines;
  }

  /**
   * Returns the section as a table of its critical functions.
   *
   * @return the section as text
   */
  @Override
  public String toString() {
    List<String> table = table();
    return title() + " (" + KIND + " \"" + id() + "\"): " + String.join("\n", table);
  }


  /** Builds a {@link BusinessContinuityPlan}. */
  public static final class Builder extends ImmutableBusinessContinuityPlan.Builder {
    Builder() {}
  }
}
