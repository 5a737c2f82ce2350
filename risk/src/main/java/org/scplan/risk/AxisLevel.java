package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * One level of a risk matrix's axis: its number, label and description, such as likelihood
 * {@code 4 Likely} or impact {@code 5 Major}. A higher number means more likely or more severe.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class AxisLevel {

  /** Only the generated implementation (or this package) constructs it. */
  AxisLevel() {}
  /** The highest number a level may carry. */
  public static final int MAX_NUMBER = 99;

  /**
   * Returns the level's number, from 1: the figure a rating uses.
   *
   * @return the number
   */
  @Value.Parameter
  public abstract int number();

  /**
   * Returns the level's label: {@code Likely}.
   *
   * @return the label, not blank
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Returns what the level means, where the matrix says: {@code More likely to happen than not}.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Obtains a level with a number and label.
   *
   * @param number the number, from 1 to {@value #MAX_NUMBER}
   * @param label the label
   * @return the level
   * @throws IllegalArgumentException if the number is out of range or the label blank
   */
  public static AxisLevel of(int number, String label) {
    return ImmutableAxisLevel.of(number, label);
  }

  /**
   * Obtains a level with a number, label and description.
   *
   * @param number the number, from 1 to {@value #MAX_NUMBER}
   * @param label the label
   * @param description what the level means
   * @return the level
   * @throws IllegalArgumentException if the number is out of range or a text blank
   */
  public static AxisLevel of(int number, String label, String description) {
    return builder().number(number).label(label).description(description).build();
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
    checkArgument(number() >= 1 && number() <= MAX_NUMBER,
        "Invalid value for an axis level's number (valid values 1 - %s): %s", MAX_NUMBER, number());
    checkArgument(!label().isBlank(), "The label of axis level %s is blank", number());
    description().ifPresent(d -> checkArgument(!d.isBlank(),
        "The description of axis level %s is blank (leave it out instead)", number()));
  }

  /**
   * Returns the number and label: {@code 4 Likely}.
   *
   * @return the level as text
   */
  @Override
  public String toString() {
    return number() + " " + label();
  }

  /** Builds an {@link AxisLevel}. */
  public static final class Builder extends ImmutableAxisLevel.Builder {
    Builder() {}
  }
}
