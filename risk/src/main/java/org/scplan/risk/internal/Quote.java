package org.scplan.risk.internal;

import org.scplan.core.internal.Text;

/** Quoting and abbreviating text for messages and locations. Not API. */
public final class Quote {
  private static final int SHORT = 50;

  private Quote() {}

  /** Quotes text for a message, abbreviated when long: {@code "High"}. */
  public static String of(CharSequence text) {
    return Text.quote(text);
  }

  /** Shortens text to fit a location or a table cell, ending it with an ellipsis when cut. */
  public static String shorten(String text) {
    return shorten(text, SHORT);
  }

  /**
   * Shortens text to at most {@code width} characters, ending it with an ellipsis when cut; the
   * cut falls between words unless that would lose more than half the width.
   */
  public static String shorten(String text, int width) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= width) {
      return t;
    }
    String cut = t.substring(0, width - 1);
    int space = cut.lastIndexOf(' ');
    return (space > width / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
  }
}
