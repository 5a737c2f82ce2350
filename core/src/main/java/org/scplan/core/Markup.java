package org.scplan.core;

/**
 * Escapes a document's text for XML and HTML, as every SVG chart and HTML report of scplan writes
 * it: {@code <}, {@code >}, {@code &}, both quotes, and control characters XML 1.0 does not allow
 * (written as a space). Text so escaped is safe in element content and in quoted attribute values:
 * a title of {@code <script>} is shown, never run.
 */
public final class Markup {
  private Markup() {}

  /**
   * Escapes text for XML or HTML content and quoted attribute values.
   *
   * @param text the text
   * @return the text escaped
   */
  public static String escape(String text) {
    return org.scplan.core.internal.Svg.escape(text);
  }

}
