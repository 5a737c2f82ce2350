package org.scplan.json;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.scplan.core.BusinessPlan;
import org.scplan.core.PlanSection;
import org.scplan.core.ValidationReport;

/**
 * What a scplan JSON file holds: a whole {@link BusinessPlan}, or a single {@link PlanSection}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonDocument {
  private final BusinessPlan plan;
  private final PlanSection section;

  private JsonDocument(BusinessPlan plan, PlanSection section) {
    this.plan = plan;
    this.section = section;
  }

  /**
   * Obtains the document of a whole plan.
   *
   * @param plan the plan
   * @return the document
   */
  public static JsonDocument of(BusinessPlan plan) {
    return new JsonDocument(requireNonNull(plan, "plan"), null);
  }

  /**
   * Obtains the document of a single section.
   *
   * @param section the section
   * @return the document
   */
  public static JsonDocument of(PlanSection section) {
    return new JsonDocument(null, requireNonNull(section, "section"));
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
   * Returns the section, if the document is a single section.
   *
   * @return the section
   */
  public Optional<PlanSection> section() {
    return Optional.ofNullable(section);
  }

  /**
   * Checks the document: a plan with all its sections, or a section on its own (when the checks
   * against a plan's text do not apply).
   *
   * @return the findings
   */
  public ValidationReport validate() {
    if (plan != null) {
      return plan.validate();
    }
    return section.validate();
  }

  /**
   * Checks whether another object is a document with the same content.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof JsonDocument o && java.util.Objects.equals(o.plan, plan)
        && java.util.Objects.equals(o.section, section);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(plan, section);
  }

  /**
   * Returns what the document holds.
   *
   * @return the plan's or section's description
   */
  @Override
  public String toString() {
    return plan != null ? plan.toString() : section.kind() + " section \"" + section.id() + "\": " + section.title();
  }
}
