package org.scplan.core;

/**
 * How serious a {@link Finding} is, most serious first.
 *
 * <p>An ERROR means the document is wrong (a total that does not add up, a headline figure the
 * table contradicts); a WARNING means it is suspicious or incomplete (income with an unexpected
 * sign, a milestone with no date); INFO records something worth knowing that is not a fault (a gap
 * that rounding explains).
 */
public enum Severity {
  /** The document is wrong. */
  ERROR,
  /** The document is suspicious or incomplete. */
  WARNING,
  /** Worth knowing; not a fault. */
  INFO
}
