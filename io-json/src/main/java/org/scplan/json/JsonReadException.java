package org.scplan.json;

import static java.util.Objects.requireNonNull;

import org.scplan.core.ValidationReport;

/**
 * Thrown by the convenience readers ({@link ScplanJson#readPlan}) when a file cannot be read as a
 * scplan document. The message lists every problem with its file, JSON pointer, line and column;
 * {@link #problems()} has them as findings.
 */
public final class JsonReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport problems;

  /**
   * Creates the exception.
   *
   * @param source the file or stream name
   * @param problems the problems found, not empty
   */
  public JsonReadException(String source, ValidationReport problems) {
    super("Cannot read " + source + ": " + problems.findings().size() + " problem"
        + (problems.findings().size() == 1 ? "" : "s") + "\n"
        + String.join("\n", problems.findings().stream().map(f -> "  " + f.location() + ": " + f.message()).toList()));
    this.problems = requireNonNull(problems, "problems");
  }

  /**
   * Returns the problems that stopped the file being read.
   *
   * @return the problems, as ERROR findings
   */
  public ValidationReport problems() {
    return problems;
  }
}
