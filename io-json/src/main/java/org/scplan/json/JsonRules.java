package org.scplan.json;

/**
 * The codes of the problems found while reading a scplan JSON document. Every problem is an ERROR
 * finding whose location names the file, the JSON pointer, the line and column; the message
 * quotes the offending value (abbreviated) and says what was expected. Codes are stable.
 */
public final class JsonRules {
  private JsonRules() {}

  /** ERROR: the text is not JSON (a missing comma, an unclosed string, a trailing comma). */
  public static final String SYNTAX = "json.syntax";

  /** ERROR: {@code NaN}, {@code Infinity} or another number JSON does not allow. */
  public static final String NOT_A_NUMBER = "json.not-a-number";

  /** ERROR: a member name appears twice in one object. */
  public static final String DUPLICATE_KEY = "json.duplicate-key";

  /** ERROR: a member the format does not define (often a misspelling). */
  public static final String UNKNOWN_MEMBER = "json.unknown-member";

  /** ERROR: a required member is missing. */
  public static final String MISSING_MEMBER = "json.missing-member";

  /** ERROR: a value of the wrong JSON type (a number where text is expected, or null). */
  public static final String WRONG_TYPE = "json.wrong-type";

  /** ERROR: a value of the right type that means nothing valid here (an unknown enum name, an
   * amount that cannot be read, a year that does not exist). */
  public static final String INVALID_VALUE = "json.invalid-value";

  /** ERROR: a number too long, or too large for what it measures. */
  public static final String NUMBER_TOO_LONG = "json.number-too-long";

  /** ERROR: a string longer than the limit. */
  public static final String STRING_TOO_LONG = "json.string-too-long";

  /** ERROR: objects and arrays nested deeper than the limit. */
  public static final String TOO_DEEP = "json.too-deep";

  /** ERROR: a document larger than the limit. */
  public static final String TOO_LARGE = "json.too-large";

  /** ERROR: the document is not a scplan document (no or wrong {@code format} marker). */
  public static final String NOT_SCPLAN = "json.not-scplan";

  /** ERROR: a format version this reader does not know. */
  public static final String UNSUPPORTED_VERSION = "json.unsupported-version";

  /** ERROR: a section of a kind no codec is registered for. */
  public static final String UNKNOWN_SECTION_KIND = "json.unknown-section-kind";

  /** ERROR: so many problems that reading stopped. */
  public static final String TOO_MANY_PROBLEMS = "json.too-many-problems";

  /** ERROR: the file could not be opened or read. */
  public static final String IO = "json.io";
}
