package org.scplan.continuity;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * A critical function of a business continuity plan: what must keep going, how soon it must be
 * back (recovery time objective), how long it can be down at most (maximum tolerable period of
 * disruption), the minimum service level to keep, and what it depends on.
 *
 * <p>{@code CriticalFunction.of("Safeguarding Processes", "4 hours", "Manage safeguarding alerts
 * ...")}, as the Kent LD/MH plan 2013-14 lists it under CRITICAL FUNCTIONS, TIMESCALE, MINIMUM SERVICE LEVEL.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class CriticalFunction {

  /** Only the generated implementation (or this package) constructs it. */
  CriticalFunction() {}

  /**
   * Returns the function's name: {@code Safeguarding Processes}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns more about the function, where the plan says.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Returns how soon it must be restored: the recovery time objective (RTO), Kent's "timescale".
   *
   * @return the recovery time objective
   */
  public abstract Optional<RecoveryTime> recoveryTime();

  /**
   * Returns how long it can be disrupted at most: the maximum tolerable period of disruption
   * (MTPD).
   *
   * @return the maximum tolerable period of disruption
   */
  public abstract Optional<RecoveryTime> maximumTolerableDisruption();

  /**
   * Returns the minimum level of service to keep during a disruption, as published.
   *
   * @return the minimum service level
   */
  public abstract Optional<String> minimumServiceLevel();

  /**
   * Returns what the function depends on: other critical functions by name, systems, suppliers.
   *
   * @return the dependencies, as published
   */
  public abstract List<String> dependencies();

  /**
   * Obtains a function with a recovery time objective and a minimum service level.
   *
   * @param name the name
   * @param recoveryTime the recovery time objective as published: {@code "4 hours"}
   * @param minimumServiceLevel the minimum service level
   * @return the function
   * @throws org.scplan.core.ValueParseException if the recovery time cannot be read
   */
  public static CriticalFunction of(String name, String recoveryTime, String minimumServiceLevel) {
    return builder().name(name).recoveryTime(RecoveryTime.parse(recoveryTime))
        .minimumServiceLevel(minimumServiceLevel).build();
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
   * Returns a copy of this function that also depends on something: another critical function
   * by name, a system, a supplier.
   *
   * @param dependency what it depends on, as published
   * @return the function with that dependency added
   */
  public CriticalFunction withDependency(String dependency) {
    return builder().from(this).addDependency(dependency).build();
  }

  /**
   * Returns a copy of this function with a maximum tolerable period of disruption.
   *
   * @param mtpd the period as published: {@code "24 hours"}
   * @return the function with that period
   * @throws org.scplan.core.ValueParseException if the period cannot be read
   */
  public CriticalFunction withMaximumTolerableDisruption(String mtpd) {
    return builder().from(this).maximumTolerableDisruption(RecoveryTime.parse(mtpd)).build();
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "A critical function's name is blank");
    minimumServiceLevel().ifPresent(m -> checkArgument(!m.isBlank(),
        "The minimum service level of %s is blank (leave it out instead)", name()));
    dependencies().forEach(d -> checkArgument(!d.isBlank(), "A dependency of %s is blank", name()));
  }

  /**
   * Returns the function on one line: {@code Safeguarding Processes (RTO 4 hours)}.
   *
   * @return the function as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name()).append(" (RTO ")
        .append(recoveryTime().map(RecoveryTime::toString).orElse("not set"));
    maximumTolerableDisruption().ifPresent(m -> sb.append(", MTPD ").append(m));
    if (!dependencies().isEmpty()) {
      sb.append(", depends on ").append(String.join(", ", dependencies()));
    }
    return sb.append(')').toString();
  }

  /** Builds a {@link CriticalFunction}. */
  public static final class Builder extends ImmutableCriticalFunction.Builder {
    Builder() {}
  }
}
