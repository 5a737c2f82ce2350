package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * A fact about a document found by checking it: a total that does not add up, a floor above its
 * target, a risk whose target rating is worse than its current one.
 *
 * <p>A finding has a stable rule {@linkplain #code() code} ({@code budget.total.mismatch}) that
 * programs can rely on, a {@link Severity}, the {@link Location} it applies to, a message that
 * carries the figures, and, where they apply, the expected and actual values as text.
 *
 * <pre>{@code
 * Finding.error("plan.action.duplicate-number", Location.of("Priority 1", "Action 1.1"),
 *     "Action number 1.1 is used twice in Priority 1")
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class Finding {

  /** Only the generated implementation (or this package) constructs it. */
  Finding() {}
  /** Lower-case words joined by hyphens, at least two such parts separated by dots. */
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  /**
   * Returns the rule's stable code: lower case words separated by dots and hyphens, module first
   * and at least one dot, such as {@code plan.action.end-before-start}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * Returns how serious the finding is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns where the finding applies.
   *
   * @return the location
   */
  public abstract Location location();

  /**
   * Returns what was found, in plain words with the figures.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the value the rule expected, as text, where one applies.
   *
   * @return the expected value
   */
  public abstract Optional<String> expected();

  /**
   * Returns the value the document has, as text, where one applies.
   *
   * @return the actual value
   */
  public abstract Optional<String> actual();

  /**
   * Returns the value the rule expected as a number with its interval and unit, where the rule
   * compares figures (a total's parts added up, a formula worked out).
   *
   * @return the expected measure
   */
  public abstract Optional<Measure> expectedMeasure();

  /**
   * Returns the value the document has as a number with its interval and unit, where the rule
   * compares figures (the printed total).
   *
   * @return the actual measure
   */
  public abstract Optional<Measure> actualMeasure();

  /**
   * Obtains an ERROR finding.
   *
   * @param code the rule's code
   * @param location where it applies
   * @param message what was found
   * @return the finding
   */
  public static Finding error(String code, Location location, String message) {
    return of(code, Severity.ERROR, location, message);
  }

  /**
   * Obtains a WARNING finding.
   *
   * @param code the rule's code
   * @param location where it applies
   * @param message what was found
   * @return the finding
   */
  public static Finding warning(String code, Location location, String message) {
    return of(code, Severity.WARNING, location, message);
  }

  /**
   * Obtains an INFO finding.
   *
   * @param code the rule's code
   * @param location where it applies
   * @param message what was found
   * @return the finding
   */
  public static Finding info(String code, Location location, String message) {
    return of(code, Severity.INFO, location, message);
  }

  /**
   * Obtains a finding.
   *
   * @param code the rule's code
   * @param severity how serious it is
   * @param location where it applies
   * @param message what was found
   * @return the finding
   */
  public static Finding of(String code, Severity severity, Location location, String message) {
    return builder().code(code).severity(severity).location(location).message(message).build();
  }

  /**
   * Returns a copy of this finding with the expected and actual values.
   *
   * @param expected the value the rule expected, as text
   * @param actual the value the document has, as text
   * @return the finding with those values
   */
  public Finding withValues(String expected, String actual) {
    return builder().from(this).expected(expected).actual(actual).build();
  }

  /**
   * Returns a copy of this finding with the compared values as numbers, beside their text.
   *
   * @param expected what the rule expected
   * @param actual what the document has
   * @return the finding with the measures
   */
  public Finding withMeasures(Measure expected, Measure actual) {
    return builder().from(this).expectedMeasure(expected).actualMeasure(actual).build();
  }

  /**
   * Returns a copy of this finding at another location (such as the same place, in a named file).
   *
   * @param location the location
   * @return the finding at that location
   */
  public Finding withLocation(Location location) {
    return builder().from(this).location(location).build();
  }

  /**
   * Returns a copy of this finding with another message: the same finding, worded for another
   * reader (an API caller rather than a command-line user).
   *
   * @param message the message
   * @return the finding with that message
   */
  public Finding withMessage(String message) {
    return builder().from(this).message(message).build();
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
    checkArgument(CODE.matcher(code()).matches(), "Invalid rule code (lower case words separated by dots or"
        + " hyphens, module first, such as budget.total.mismatch): %s", code());
    checkArgument(!message().isBlank(), "A finding needs a message (rule %s)", code());
  }

  /**
   * Returns the finding on one line: {@code ERROR plan.action.end-before-start at Priority 1 ›
   * Action 1.1: ... (expected ..., actual ...)}.
   *
   * @return the finding as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder()
        .append(severity()).append(' ').append(code()).append(" at ").append(location())
        .append(": ").append(message());
    if (expected().isPresent() || actual().isPresent()) {
      sb.append(" (expected ").append(expected().orElse("-"))
          .append(", actual ").append(actual().orElse("-")).append(')');
    }
    return sb.toString();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
