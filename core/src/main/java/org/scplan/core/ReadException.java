package org.scplan.core;

import static java.util.Objects.requireNonNull;

/**
 * Thrown by the convenience readers ({@link ReadResult#orElseThrow()}, {@code ScplanJson.readPlan})
 * when a file cannot be read. The message lists every problem with its place in the file;
 * {@link #problems()} has them as findings.
 */
public final class ReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport problems;

  /**
   * Creates the exception.
   *
   * @param source the file or stream name
   * @param problems the problems found, not empty
   */
  public ReadException(String source, ValidationReport problems) {
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
