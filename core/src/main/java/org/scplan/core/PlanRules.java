package org.scplan.core;

/**
 * The rule codes of the checks {@link BusinessPlan#validate()} runs on the plan itself. Codes are
 * stable: programs may rely on them.
 */
public final class PlanRules {
  private PlanRules() {}

  /** ERROR: two sections of one plan share an id. */
  public static final String SECTION_DUPLICATE_ID = "plan.section.duplicate-id";

  /** ERROR: checking a section failed with an exception (a defect in that section's code). */
  public static final String SECTION_CHECK_FAILED = "plan.section.check-failed";

  /** ERROR: two priorities share a number. */
  public static final String PRIORITY_DUPLICATE_NUMBER = "plan.priority.duplicate-number";

  /** ERROR: two actions of one priority share a number. */
  public static final String ACTION_DUPLICATE_NUMBER = "plan.action.duplicate-number";

  /** WARNING: a sub-action's number does not start with its heading action's ({@code 2.1} under {@code 1}). */
  public static final String ACTION_NUMBER_OUTSIDE_GROUP = "plan.action.number-outside-group";

  /** ERROR: an action ends before it starts. */
  public static final String ACTION_END_BEFORE_START = "plan.action.end-before-start";

  /** ERROR: two milestones of one priority share a letter. */
  public static final String MILESTONE_DUPLICATE_LETTER = "plan.milestone.duplicate-letter";

  /** WARNING: a milestone falls due outside the financial years the plan covers. */
  public static final String MILESTONE_OUTSIDE_PLAN_YEARS = "plan.milestone.outside-plan-years";

  /** WARNING: a milestone has no due date, so its delivery cannot be monitored. */
  public static final String MILESTONE_NO_DUE_DATE = "plan.milestone.no-due-date";

  /** WARNING: a date contains figures but is not a date scplan can read ({@code Aprl 2013}). */
  public static final String DATE_UNREADABLE = "plan.date.unreadable";
}
