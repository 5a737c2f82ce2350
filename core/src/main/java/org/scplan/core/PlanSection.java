package org.scplan.core;

/**
 * A part of a plan that another module contributes: a budget profile, an indicator set, a risk
 * register. The kernel knows nothing of the concrete kinds; each domain module implements this
 * interface, and a plan holds any number of sections, several of one kind if need be (a
 * directorate plan has one budget table per division).
 *
 * <p>A section checks itself ({@link #validate()}), and checks itself against the plan that holds
 * it ({@link #validate(BusinessPlan)}): that is how a budget table is held against the headline
 * "total net budget of £414m" in the plan's text.
 * Implementations must be immutable and have value equality.
 */
public interface PlanSection {

  /**
   * Returns the section's id, unique within its plan: {@code "budget-2018-19"}.
   *
   * @return the id, not blank
   */
  String id();

  /**
   * Returns the kind of section, as named in the scplan file format: {@code "budget"},
   * {@code "indicators"}, {@code "risks"}.
   *
   * @return the kind
   */
  String kind();

  /**
   * Returns the section's title as published: {@code "Table 5: Resources"}.
   *
   * @return the title
   */
  String title();

  /**
   * Checks this section on its own, as when it is read from a file of its own: every check except
   * those against a plan's text.
   *
   * @return the findings; never throws for a fault in the document
   */
  ValidationReport validate();

  /**
   * Checks this section on its own and against the plan that holds it: everything
   * {@link #validate()} checks, and the plan's headline figures, years and priorities. Sections
   * that make no claims on their plan need not override this: by default it is {@link #validate()}.
   *
   * @param plan the plan holding this section
   * @return the findings; never throws for a fault in the document
   */
  default ValidationReport validate(BusinessPlan plan) {
    java.util.Objects.requireNonNull(plan, "plan");
    return validate();
  }
}
