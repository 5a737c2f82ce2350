package org.scplan.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks {@link BusinessPlan#validate()} runs. Not API. */
final class PlanChecks {
  private PlanChecks() {}

  /** Checks a plan and its sections. */
  public static ValidationReport check(BusinessPlan plan) {
    List<Finding> findings = new ArrayList<>();
    checkPriorities(plan, findings);
    ValidationReport report = ValidationReport.of(findings);
    Set<String> sectionIds = new HashSet<>();
    List<PlanSection> sections = plan.sections();
    for (int i = 0; i < sections.size(); i++) {
      report = report.plus(checkSection(plan, sections.get(i), i, sectionIds));
    }
    return report;
  }

  /**
   * Checks one section. A section is another module's code: whatever it does wrong (throws, or
   * returns no report) is reported against it, never thrown at the caller of validate().
   */
  private static ValidationReport checkSection(BusinessPlan plan, PlanSection section, int index,
      Set<String> sectionIds) {
    Location where = Location.of("Section " + (index + 1));
    try {
      where = Location.of(section.kind() + " \"" + section.id() + "\"");
      ValidationReport report = ValidationReport.empty();
      if (!sectionIds.add(section.id())) {
        report = ValidationReport.of(Finding.error(PlanRules.SECTION_DUPLICATE_ID, where,
            "Section id \"" + section.id() + "\" is used by an earlier section"));
      }
      ValidationReport own = section.validate(plan);
      if (own == null) {
        return report.plus(ValidationReport.of(Finding.error(PlanRules.SECTION_CHECK_FAILED, where,
            "Checking this section failed: it returned no report")));
      }
      return report.plus(own);
    } catch (RuntimeException e) {
      return ValidationReport.of(Finding.error(PlanRules.SECTION_CHECK_FAILED, where,
          "Checking this section failed: " + e));
    }
  }

  private static void checkPriorities(BusinessPlan plan, List<Finding> findings) {
    Set<String> priorityNumbers = new HashSet<>();
    LocalDate planStart = plan.year().start();
    LocalDate planEnd = plan.lastYear().orElse(plan.year()).end();
    for (Priority priority : plan.priorities()) {
      Location at = Location.of(priority.label());
      priority.number().ifPresent(n -> {
        if (!priorityNumbers.add(n)) {
          findings.add(Finding.error(PlanRules.PRIORITY_DUPLICATE_NUMBER, at,
              "Priority number " + n + " is used by an earlier priority"));
        }
      });
      Set<String> actionNumbers = new HashSet<>();
      for (Action action : priority.actions()) {
        checkAction(action, Optional.empty(), at, actionNumbers, findings);
      }
      Set<String> letters = new HashSet<>();
      for (Milestone m : priority.milestones()) {
        Location mat = at.child("Milestone " + m.letter().orElse("(no letter)"));
        m.letter().ifPresent(l -> {
          if (!letters.add(l)) {
            findings.add(Finding.error(PlanRules.MILESTONE_DUPLICATE_LETTER, mat,
                "Milestone letter " + l + " is used by an earlier milestone of " + priority.label()));
          }
        });
        if (m.due().isEmpty()) {
          findings.add(Finding.warning(PlanRules.MILESTONE_NO_DUE_DATE, mat,
              "Milestone \"" + abbreviate(m.description()) + "\" has no due date"));
        } else {
          PlanDate due = m.due().get();
          checkReadable(due, mat.field("due"), findings);
          if (due.isDated() && (due.latest().get().isBefore(planStart) || due.earliest().get().isAfter(planEnd))) {
            String years = plan.lastYear().map(l -> plan.year() + " to " + l).orElse(plan.year().toString());
            findings.add(Finding.warning(PlanRules.MILESTONE_OUTSIDE_PLAN_YEARS, mat.field("due"),
                "Milestone falls due in " + due + ", outside the plan's years (" + years + ")")
                .withValues(planStart + " to " + planEnd, due.toString()));
          }
        }
      }
    }
  }

  private static void checkAction(Action action, Optional<String> groupNumber, Location parent,
      Set<String> numbers, List<Finding> findings) {
    Location at = parent.child("Action " + action.number().orElse("\"" + abbreviate(action.description()) + "\""));
    action.number().ifPresent(n -> {
      if (!numbers.add(n)) {
        findings.add(Finding.error(PlanRules.ACTION_DUPLICATE_NUMBER, at,
            "Action number " + n + " is used by an earlier action of " + parent.path().get(0)));
      }
      groupNumber.ifPresent(g -> {
        if (!n.startsWith(g + ".")) {
          findings.add(Finding.warning(PlanRules.ACTION_NUMBER_OUTSIDE_GROUP, at,
              "Action " + n + " is listed under action " + g + " but its number does not start with " + g + ".")
              .withValues(g + ".…", n));
        }
      });
    });
    action.start().ifPresent(d -> checkReadable(d, at.field("start"), findings));
    action.end().ifPresent(d -> checkReadable(d, at.field("end"), findings));
    if (action.start().isPresent() && action.end().isPresent()
        && action.end().get().isBefore(action.start().get())) {
      findings.add(Finding.error(PlanRules.ACTION_END_BEFORE_START, at,
          "Action ends (" + action.end().get() + ") before it starts (" + action.start().get() + ")")
          .withValues("end on or after " + action.start().get(), action.end().get().toString()));
    }
    for (Action sub : action.actions()) {
      checkAction(sub, action.number(), parent, numbers, findings);
    }
  }

  private static void checkReadable(PlanDate date, Location at, List<Finding> findings) {
    if (date.looksMistyped()) {
      findings.add(Finding.warning(PlanRules.DATE_UNREADABLE, at,
          "Date \"" + date + "\" contains figures but is not a day, month or year scplan can read;"
              + " it is kept as text and not checked")
          .withValues("a date such as April 2013 or 31 March 2014", date.toString()));
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 50 ? s : s.substring(0, 49) + "…";
  }
}
