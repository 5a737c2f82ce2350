package org.scplan.json;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.scplan.core.ValidationReport;

/**
 * The outcome of reading a file: the value, or the problems that stopped it being read. Reading
 * never throws for bad input; a program decides what to do with the problems.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
  private final String source;
  private final T value;
  private final ValidationReport problems;

  private ReadResult(String source, T value, ValidationReport problems) {
    this.source = source;
    this.value = value;
    this.problems = problems;
  }

  static <T> ReadResult<T> of(String source, T value, ValidationReport problems) {
    requireNonNull(source, "source");
    requireNonNull(problems, "problems");
    return new ReadResult<>(source, problems.isEmpty() ? value : null, problems);
  }

  /**
   * Returns the name of what was read: the file's path as given.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Checks whether the file was read without problems.
   *
   * @return true if there is a value
   */
  public boolean isRead() {
    return value != null;
  }

  /**
   * Returns the value read.
   *
   * @return the value, or empty if there were problems
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the problems that stopped the file being read, as ERROR findings naming file, JSON
   * pointer, line and column.
   *
   * @return the problems; empty if the file was read
   */
  public ValidationReport problems() {
    return problems;
  }

  /**
   * Returns the value, or throws the problems.
   *
   * @return the value
   * @throws JsonReadException if there were problems
   */
  public T orElseThrow() {
    if (value == null) {
      throw new JsonReadException(source, problems);
    }
    return value;
  }

  /**
   * Returns what was read, or the problems.
   *
   * @return the result as text
   */
  @Override
  public String toString() {
    return value != null ? "read " + source : "cannot read " + source + ": " + problems;
  }
}
