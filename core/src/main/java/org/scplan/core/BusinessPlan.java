package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

import org.scplan.core.internal.ScplanStyle;

/**
 * A directorate's or division's business plan, as published: who and what it is for, its people,
 * its headline figures, its priorities with their actions, milestones and key decisions, and the
 * sections other modules contribute (budget profiles, indicator sets, risk registers).
 *
 * <pre>{@code
 * BusinessPlan plan = BusinessPlan.builder()
 *     .title("Divisional Business Plan 2013-14")
 *     .unit(OrgUnit.of("ldmh", "Learning Disability/Mental Health", OrgLevel.DIVISION))
 *     .year(FinancialYear.of(2013))
 *     .addPriority(Priority.of("1", "Prevention"))
 *     .build();
 * ValidationReport report = plan.validate();
 * }</pre>
 *
 * <p>{@link #validate()} runs the plan's own checks ({@link PlanRules}) and every section's, and
 * returns findings; it never throws for a fault in the document.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class BusinessPlan {

  /** Only the generated implementation (or this package) constructs it. */
  BusinessPlan() {}

  /**
   * Returns the plan's title: {@code Divisional Business Plan 2013-14}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the organisation unit the plan is for.
   *
   * @return the unit
   */
  public abstract OrgUnit unit();

  /**
   * Returns the organisation the unit belongs to, where the plan records it.
   *
   * @return the organisation, which contains {@link #unit()}
   */
  public abstract Optional<Organisation> organisation();

  /**
   * Returns the (first) financial year the plan is for.
   *
   * @return the year
   */
  public abstract FinancialYear year();

  /**
   * Returns the last financial year of a plan that spans several.
   *
   * @return the last year, or empty for a one-year plan
   */
  public abstract Optional<FinancialYear> lastYear();

  /**
   * Returns the status and version as published: {@code Final Draft v 6 (16/12/2012)}.
   *
   * @return the status
   */
  public abstract Optional<String> status();

  /**
   * Returns where the plan was published or taken from.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * Returns the cabinet member or portfolio holder.
   *
   * @return the portfolio holder
   */
  public abstract Optional<Person> portfolioHolder();

  /**
   * Returns the other cabinet members the plan or report names besides its portfolio holder (a
   * report to a cabinet committee "by" two cabinet members, say).
   *
   * @return the other cabinet members, in the published order
   */
  public abstract List<Person> cabinetMembers();

  /**
   * Returns the responsible corporate director(s).
   *
   * @return the corporate directors
   */
  public abstract List<Person> corporateDirectors();

  /**
   * Returns the responsible director(s) or director/head.
   *
   * @return the directors
   */
  public abstract List<Person> directors();

  /**
   * Returns the heads of service.
   *
   * @return the heads of service
   */
  public abstract List<Person> headsOfService();

  /**
   * Returns the accountable managers.
   *
   * @return the accountable managers
   */
  public abstract List<Person> accountableManagers();

  /**
   * Returns the headline figures stated in the plan's text.
   *
   * @return the headline figures
   */
  public abstract List<HeadlineFigure> headlines();

  /**
   * Returns the priorities, in the published order.
   *
   * @return the priorities
   */
  public abstract List<Priority> priorities();

  /**
   * Returns the sections other modules contribute, in order.
   *
   * @return the sections
   */
  public abstract List<PlanSection> sections();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the financial years the plan covers, first to last.
   *
   * @return the years
   */
  public List<FinancialYear> years() {
    List<FinancialYear> years = new ArrayList<>();
    FinancialYear last = lastYear().orElse(year());
    for (FinancialYear y = year(); !y.isAfter(last); y = y.next()) {
      years.add(y);
    }
    return List.copyOf(years);
  }

  /**
   * Returns the first headline figure of a measure.
   *
   * @param measure the measure
   * @return the figure, or empty if the plan states none
   */
  public Optional<HeadlineFigure> headline(HeadlineMeasure measure) {
    requireNonNull(measure, "measure");
    return headlines().stream().filter(h -> h.measure() == measure).findFirst();
  }

  /**
   * Returns the sections of a type, in order.
   *
   * @param <T> the section type
   * @param type the section type, such as {@code BudgetProfile.class}
   * @return the sections of that type
   */
  public <T extends PlanSection> List<T> sections(Class<T> type) {
    requireNonNull(type, "type");
    return sections().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Finds a section by id.
   *
   * @param id the section's id
   * @return the section, or empty if there is none with that id
   */
  public Optional<PlanSection> section(String id) {
    requireNonNull(id, "id");
    return sections().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Finds a section of a type by id: {@code plan.section("budget-2018-19", BudgetProfile.class)}.
   *
   * @param <T> the section type
   * @param id the section's id
   * @param type the section type
   * @return the section, or empty if there is none of that type with that id
   */
  public <T extends PlanSection> Optional<T> section(String id, Class<T> type) {
    requireNonNull(type, "type");
    return section(id).filter(type::isInstance).map(type::cast);
  }

  /**
   * Returns every action of every priority, sub-actions included.
   *
   * @return all actions
   */
  public List<Action> allActions() {
    return priorities().stream().flatMap(p -> p.allActions().stream()).toList();
  }

  /**
   * Returns a copy of this plan with a section added at the end.
   *
   * @param section the section
   * @return the plan with the section
   */
  public BusinessPlan withSection(PlanSection section) {
    return builder().from(this).addSection(section).build();
  }

  /**
   * Checks the plan and every section, returning findings: the plan's own rules
   * ({@link PlanRules}) first, then each section's in order. A section that fails with an
   * exception, or returns no report, is reported as a {@link PlanRules#SECTION_CHECK_FAILED} ERROR
   * rather than thrown.
   *
   * @return the report
   */
  public ValidationReport validate() {
    return PlanChecks.check(this);
  }

  @Value.Check
  void check() {
    checkArgument(!title().isBlank(), "A plan's title is blank");
    lastYear().ifPresent(last -> checkArgument(!last.isBefore(year()),
        "A plan's last year %s is before its first year %s", last, year()));
    organisation().ifPresent(org -> checkArgument(org.contains(unit().id()),
        "The plan's unit %s is not in its organisation", unit().id()));
  }

  /**
   * Returns a short description: title, unit, years and what the plan holds.
   *
   * @return the plan as text
   */
  @Override
  public String toString() {
    String years = lastYear().map(l -> year() + " to " + l).orElse(year().toString());
    StringBuilder sb = new StringBuilder(title()).append(" — ").append(unit().name()).append(", ")
        .append(years);
    status().ifPresent(s -> sb.append(", ").append(s));
    sb.append("\n  ").append(priorities().size()).append(" priorities, ").append(allActions().size())
        .append(" actions, ")
        .append(priorities().stream().mapToInt(p -> p.milestones().size()).sum()).append(" milestones");
    for (HeadlineFigure h : headlines()) {
      sb.append("\n  headline ").append(h);
    }
    for (PlanSection s : sections()) {
      sb.append("\n  section ").append(s.kind()).append(" \"").append(s.id()).append("\": ").append(s.title());
    }
    return sb.toString();
  }

  /** Builds a {@link BusinessPlan}. */
  public static final class Builder extends ImmutableBusinessPlan.Builder {
    Builder() {}
  }
}
