package org.scplan.core;

import static java.util.Objects.requireNonNull;

import org.scplan.core.internal.Text;

/**
 * Thrown when text cannot be read as a value: an amount, a figure, a financial year, a date.
 *
 * <p>The message names what was being read, quotes the text, and says where reading stopped and
 * what was expected there, for example {@code Cannot read "12,34x" as an amount: expected three
 * digits after a thousands separator at position 6}. The text, the zero-based index of the problem and the expectation are also
 * available separately so that a file reader can point at the cell or field.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValueParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final int errorIndex;
  private final String expected;

  /**
   * Creates an exception for text that could not be read.
   *
   * @param what what was being read, such as {@code "an amount"} or {@code "a financial year"}
   * @param text the text as given
   * @param errorIndex zero-based index in {@code text} where reading failed
   * @param expected what was expected there, in plain words
   */
  public ValueParseException(String what, CharSequence text, int errorIndex, String expected) {
    super(message(requireNonNull(what, "what"), requireNonNull(text, "text"), errorIndex,
        requireNonNull(expected, "expected")));
    this.text = text.toString();
    this.errorIndex = errorIndex;
    this.expected = expected;
  }

  private static String message(String what, CharSequence text, int errorIndex, String expected) {
    String quoted = Text.quote(text);
    if (errorIndex < 0 || errorIndex > text.length()) {
      return "Cannot read " + quoted + " as " + what + ": expected " + expected;
    }
    return "Cannot read " + quoted + " as " + what + ": expected " + expected
        + " at position " + (errorIndex + 1);
  }

  /**
   * Returns the text that could not be read.
   *
   * @return the text, never null
   */
  public String text() {
    return text;
  }

  /**
   * Returns the zero-based index in the text where reading failed, or -1 when the text as a whole
   * is unsuitable (a placeholder such as {@code TBC}, say).
   *
   * @return the index, or -1
   */
  public int errorIndex() {
    return errorIndex;
  }

  /**
   * Returns what was expected where reading failed, in plain words.
   *
   * @return the expectation, never null
   */
  public String expected() {
    return expected;
  }
}
