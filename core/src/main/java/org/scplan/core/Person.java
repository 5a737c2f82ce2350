package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * A person a plan names, with their title where the plan gives one: {@code Graham Gibbens –
 * Cabinet Member for Adult Social Care & Public Health}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class Person {

  /** Only the generated implementation (or this package) constructs it. */
  Person() {}

  /**
   * Returns the person's name as printed.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the title the plan gives them: {@code Cabinet Member for Adult Social Care & Public
   * Health}.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * Obtains a person by name.
   *
   * @param name the name as printed
   * @return the person
   */
  public static Person of(String name) {
    return ImmutablePerson.of(name);
  }

  /**
   * Obtains a person with a title.
   *
   * @param name the name as printed
   * @param title the title as printed
   * @return the person
   */
  public static Person of(String name, String title) {
    return builder().name(name).title(title).build();
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
    checkArgument(!name().isBlank(), "A person's name is blank");
  }

  /**
   * Returns the name, and the title after a dash if there is one.
   *
   * @return the person as text
   */
  @Override
  public String toString() {
    return title().map(t -> name() + " – " + t).orElse(name());
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
