package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a file holds, whatever its format: a whole {@link BusinessPlan}, one {@link PlanSection}
 * (a budget table, an indicator set, a risk register), or several sections read from one source
 * (a budget table printed for two years gives a profile for each).
 *
 * <pre>{@code
 * Document d = ScplanJson.standard().read(Path.of("plan.json")).orElseThrow();
 * d.sections(BudgetProfile.class)   // the plan's budget tables
 * d.validate()                      // everything scplan check reports about it
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Document {
  private final BusinessPlan plan;
  private final List<PlanSection> sections;

  private Document(BusinessPlan plan, List<PlanSection> sections) {
    this.plan = plan;
    this.sections = sections;
  }

  /**
   * Obtains the document of a whole plan.
   *
   * @param plan the plan
   * @return the document
   */
  public static Document of(BusinessPlan plan) {
    requireNonNull(plan, "plan");
    return new Document(plan, List.copyOf(plan.sections()));
  }

  /**
   * Obtains the document of a single section.
   *
   * @param section the section
   * @return the document
   */
  public static Document of(PlanSection section) {
    return new Document(null, List.of(requireNonNull(section, "section")));
  }

  /**
   * Obtains the document of sections read from one source without a plan around them.
   *
   * @param sections the sections, at least one
   * @return the document
   * @throws IllegalArgumentException if there are none
   */
  public static Document of(List<? extends PlanSection> sections) {
    requireNonNull(sections, "sections");
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("A document holds a plan or at least one section");
    }
    return new Document(null, List.copyOf(sections));
  }

  /**
   * Returns the plan, if the document is a whole plan.
   *
   * @return the plan
   */
  public Optional<BusinessPlan> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * Returns the section, if the document is a single section without a plan.
   *
   * @return the section
   */
  public Optional<PlanSection> section() {
    return plan == null && sections.size() == 1 ? Optional.of(sections.get(0)) : Optional.empty();
  }

  /**
   * Returns every section: the plan's, or those read on their own, in order.
   *
   * @return the sections
   */
  public List<PlanSection> sections() {
    return sections;
  }

  /**
   * Returns the sections of one kind: {@code sections(BudgetProfile.class)}.
   *
   * @param <S> the kind of section
   * @param type its class
   * @return those sections, in order
   */
  public <S extends PlanSection> List<S> sections(Class<S> type) {
    requireNonNull(type, "type");
    return sections.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Checks the document: a plan with all its sections, or each section on its own (when the checks
   * against a plan's text do not apply).
   *
   * @return the findings
   */
  public ValidationReport validate() {
    if (plan != null) {
      return plan.validate();
    }
    ValidationReport report = ValidationReport.empty();
    for (PlanSection s : sections) {
      report = report.plus(s.validate());
    }
    return report;
  }

  /**
   * Checks whether another object is a document with the same content.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Document o && java.util.Objects.equals(o.plan, plan) && o.sections.equals(sections);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(plan, sections);
  }

  /**
   * Returns what the document holds: the plan's description, or a line per section.
   *
   * @return the description
   */
  @Override
  public String toString() {
    if (plan != null) {
      return plan.toString();
    }
    StringBuilder sb = new StringBuilder();
    for (PlanSection s : sections) {
      sb.append(sb.length() == 0 ? "" : "\n").append(s.kind()).append(" section \"").append(s.id()).append("\": ")
          .append(s.title());
    }
    return sb.toString();
  }
}
