package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * A level of risk a matrix assigns to a cell: its name and colour, such as {@code High (red)}.
 * A matrix lists its levels least severe first; that order is what "worse" means.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class RiskLevel {

  /** Only the generated implementation (or this package) constructs it. */
  RiskLevel() {}

  /**
   * Returns the level's name: {@code High}.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the colour the matrix paints it, as a colour name or a CSS hex colour:
   * {@code red}, {@code #FFC000}.
   *
   * @return the colour, not blank
   */
  @Value.Parameter
  public abstract String colour();

  /**
   * Returns what the level calls for, where the matrix says: {@code Immediate action required}.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Obtains a level with a name and colour.
   *
   * @param name the name
   * @param colour the colour
   * @return the level
   * @throws IllegalArgumentException if a text is blank
   */
  public static RiskLevel of(String name, String colour) {
    return ImmutableRiskLevel.of(name, colour);
  }

  /**
   * Obtains a level with a name, colour and description.
   *
   * @param name the name
   * @param colour the colour
   * @param description what the level calls for
   * @return the level
   * @throws IllegalArgumentException if a text is blank
   */
  public static RiskLevel of(String name, String colour, String description) {
    return builder().name(name).colour(colour).description(description).build();
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
    checkArgument(!name().isBlank(), "A risk level's name is blank");
    checkArgument(!colour().isBlank(), "The colour of risk level %s is blank", name());
    description().ifPresent(d -> checkArgument(!d.isBlank(),
        "The description of risk level %s is blank (leave it out instead)", name()));
  }

  /**
   * Returns the name and colour: {@code High (red)}.
   *
   * @return the level as text
   */
  @Override
  public String toString() {
    return name() + " (" + colour() + ")";
  }

  /** Builds a {@link RiskLevel}. */
  public static final class Builder extends ImmutableRiskLevel.Builder {
    Builder() {}
  }
}
