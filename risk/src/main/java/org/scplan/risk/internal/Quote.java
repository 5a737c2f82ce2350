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

  /** Shortens text to at most {@code width} characters, ending it with an ellipsis when cut. */
  public static String shorten(String text, int width) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= width ? t : t.substring(0, width - 1).stripTrailing() + "…";
  }
}
