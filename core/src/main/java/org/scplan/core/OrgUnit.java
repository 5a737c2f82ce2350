package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * A unit of the organisation a plan is for: a council, directorate, division, service or team,
 * with the id of its parent unit.
 *
 * <p>{@code OrgUnit.of("ldmh", "Learning Disability/Mental Health", OrgLevel.DIVISION)
 * .withParent("fsc")}. Units form an {@link Organisation}, which checks that ids are unique, that
 * every parent exists and that there are no cycles.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class OrgUnit {

  /** Only the generated implementation (or this package) constructs it. */
  OrgUnit() {}

  /**
   * Returns the unit's id, unique within its organisation: {@code "ldmh"}.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the unit's name: {@code "Learning Disability/Mental Health"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the unit's level.
   *
   * @return the level
   */
  public abstract OrgLevel level();

  /**
   * Returns the id of the unit this one belongs to, if any.
   *
   * @return the parent's id, or empty for a root unit
   */
  public abstract Optional<String> parentId();

  /**
   * Obtains a root unit.
   *
   * @param id the id
   * @param name the name
   * @param level the level
   * @return the unit, with no parent
   */
  public static OrgUnit of(String id, String name, OrgLevel level) {
    return builder().id(id).name(name).level(level).build();
  }

  /**
   * Returns a copy of this unit that belongs to another.
   *
   * @param parentId the parent's id
   * @return the unit with that parent
   */
  public OrgUnit withParent(String parentId) {
    return builder().from(this).parentId(parentId).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "OrgUnit id is blank");
    checkArgument(!name().isBlank(), "OrgUnit name is blank (id %s)", id());
    checkArgument(parentId().map(p -> !p.equals(id())).orElse(true),
        "OrgUnit %s names itself as its parent", id());
  }

  /**
   * Returns the unit as text: {@code Learning Disability/Mental Health (ldmh, DIVISION)}.
   *
   * @return the unit as text
   */
  @Override
  public String toString() {
    return name() + " (" + id() + ", " + level() + ")";
  }

  /** Builds an {@link OrgUnit}. */
  public static final class Builder extends ImmutableOrgUnit.Builder {
    Builder() {}
  }
}
