package org.scplan.equality;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.Person;
import org.scplan.core.PlanDate;
import org.scplan.core.PlanSection;
import org.scplan.core.SectionView;
import org.scplan.core.ValidationReport;
import org.scplan.core.ViewData;
import org.scplan.core.Viewable;
import org.scplan.core.internal.ScplanStyle;
import org.scplan.risk.RiskRules;
import org.scplan.risk.internal.TextGrid;

/**
 * An equality impact assessment, a section of a plan: what is assessed, who is responsible, when
 * it was screened, one row per characteristic (could it affect the group differently, could it
 * promote equal opportunity, the positive and negative impact) and the action plan (the Kent ASC blueprint 2012,
 * appendix 4).
 *
 * <p>{@link #validate()} reports a characteristic assessed twice, a characteristic of the Equality
 * Act 2010 left out, a row with no impact, a high or medium negative impact with no row in the
 * action plan, and an action with no owner (codes {@code risk.equality.*} in {@link RiskRules}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class EqualityImpactAssessment implements PlanSection, Viewable {

  /** Only the generated implementation (or this package) constructs it. */
  EqualityImpactAssessment() {}
  /** The section kind of an equality impact assessment in the scplan file format. */
  public static final String KIND = "equality-impact";

  /**
   * Returns the section's id, unique within its plan: {@code eia}.
   *
   * @return the id
   */
  @Override
  public abstract String id();

  /**
   * Returns the section's title as published: {@code Appendix 4: Equalities Impact Assessment}.
   *
   * @return the title
   */
  @Override
  public abstract String title();

  /**
   * Returns what is assessed: {@code Adult Social Care Transformation Programme}.
   *
   * @return the subject
   */
  public abstract Optional<String> subject();

  /**
   * Returns the responsible owner or senior officer.
   *
   * @return the responsible owner
   */
  public abstract Optional<Person> responsibleOwner();

  /**
   * Returns who completed the assessment.
   *
   * @return the person
   */
  public abstract Optional<Person> completedBy();

  /**
   * Returns the date of the (initial) screening, as published.
   *
   * @return the date
   */
  public abstract Optional<PlanDate> screeningDate();

  /**
   * Returns the rows of the screening, one per characteristic, in the published order.
   *
   * @return the assessments
   */
  public abstract List<CharacteristicAssessment> assessments();

  /**
   * Returns the rows of the action plan, in the published order.
   *
   * @return the actions
   */
  public abstract List<EqualityAction> actions();

  /**
   * Returns a note printed with the assessment.
   *
   * @return the note
   */
  public abstract Optional<String> note();

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
   * Checks the assessment.
   *
   * @return the findings; never throws for a fault in the assessment
   */
  public ValidationReport validate() {
    return ValidationReport.of(EqualityChecks.check(this));
  }

  /**
   * Finds the row of a protected characteristic, however the assessment names it.
   *
   * @param characteristic the characteristic
   * @return the first row naming it, or empty
   */
  public Optional<CharacteristicAssessment> assessment(ProtectedCharacteristic characteristic) {
    requireNonNull(characteristic, "characteristic");
    return assessments().stream().filter(a -> a.protectedCharacteristic().equals(Optional.of(characteristic)))
        .findFirst();
  }

  /**
   * Returns the characteristics the Equality Act 2010 protects that no row names.
   *
   * @return the characteristics left out, in the Act's order
   */
  public List<ProtectedCharacteristic> notAssessed() {
    List<ProtectedCharacteristic> missing = new ArrayList<>();
    for (ProtectedCharacteristic c : ProtectedCharacteristic.values()) {
      if (assessment(c).isEmpty()) {
        missing.add(c);
      }
    }
    return List.copyOf(missing);
  }

  @Value.Check
  void check0() {
    checkArgument(!id().isBlank(), "An equality impact assessment's id is blank");
    checkArgument(!title().isBlank(), "The title of equality impact assessment %s is blank", id());
  }

  /**
   * Returns the assessment as a table, one characteristic a line, and the number of actions.
   *
   * @return the assessment as text
   */
  /**
   * Returns what a report shows of the assessment: how many characteristics were assessed and which
   * protected characteristics were not, and the table of answers; as data, each characteristic's
   * answers and the actions' count.
   *
   * @return the view
   */
  @Override
  public SectionView view() {
    List<ViewData> rows = new ArrayList<>();
    for (CharacteristicAssessment a : assessments()) {
      rows.add(ViewData.builder().put("characteristic", a.characteristic())
          .put("affectedDifferently", a.affectedDifferently().map(b -> b ? "yes" : "no").orElse(null))
          .put("promotesEqualOpportunity", a.promotesEqualOpportunity().map(b -> b ? "yes" : "no").orElse(null))
          .put("positiveImpact", a.positiveImpact().map(Object::toString).orElse(null))
          .put("negativeImpact", a.negativeImpact().map(Object::toString).orElse(null)).build());
    }
    List<String> missing = notAssessed().stream().map(Object::toString).toList();
    List<String> lines = new ArrayList<>();
    lines.add(assessments().size() + " characteristics assessed, " + actions().size()
        + (actions().size() == 1 ? " action" : " actions")
        + (missing.isEmpty() ? "" : "; not assessed: " + String.join(", ", missing)));
    responsibleOwner().ifPresent(p -> lines.add("Responsible: " + p));
    if (!assessments().isEmpty()) {
      lines.addAll(table().lines().toList());
    }
    return new SectionView(lines, ViewData.builder().put("subject", subject().orElse(null))
        .put("screened", screeningDate().map(Object::toString).orElse(null)).put("characteristics", rows)
        .put("notAssessed", missing).put("actions", actions().size()).build());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(title()).append(" (").append(KIND).append(" \"").append(id()).append("\"");
    subject().ifPresent(s -> sb.append(", ").append(s));
    screeningDate().ifPresent(d -> sb.append(", screened ").append(d));
    sb.append("): ").append(assessments().size()).append(" characteristics, ").append(actions().size())
        .append(actions().size() == 1 ? " action" : " actions");
    responsibleOwner().ifPresent(p -> sb.append("\nResponsible: ").append(p));
    if (assessments().isEmpty()) {
      return sb.toString();
    }
    return sb.append('\n').append(table()).toString();
  }

  /** The answers as a table, one characteristic a line. */
  private String table() {
    List<List<String>> rows = new ArrayList<>();
    for (CharacteristicAssessment a : assessments()) {
      rows.add(List.of(a.characteristic(), yesNo(a.affectedDifferently()), yesNo(a.promotesEqualOpportunity()),
          a.positiveImpact().map(ImpactLevel::toString).orElse("-"),
          a.negativeImpact().map(ImpactLevel::toString).orElse("-")));
    }
    return TextGrid.table(
        List.of("CHARACTERISTIC", "AFFECTED DIFFERENTLY", "PROMOTES EQUALITY", "POSITIVE", "NEGATIVE"), rows);
  }

  private static String yesNo(Optional<Boolean> answer) {
    return answer.map(b -> b ? "Yes" : "No").orElse("-");
  }

  /** Builds an {@link EqualityImpactAssessment}. */
  public static final class Builder extends ImmutableEqualityImpactAssessment.Builder {
    Builder() {}
  }
}
