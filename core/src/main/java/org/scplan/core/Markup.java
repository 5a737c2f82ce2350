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

  /**
   * Shows a document's text safely on a terminal, as the text report of {@code scplan check} and
   * {@code scplan table} prints it: control characters (C0 and C1, DEL, line breaks and tabs inside
   * the text), line and paragraph separators, the characters that turn the direction of text (bidi
   * overrides, embeddings, isolates and marks) and invisible ones (zero width space, word joiner, byte
   * order mark) are written as Java escapes, <code>&#92;u0007</code> for BEL, <code>&#92;u202e</code> for a
   * right-to-left override. Random bytes read as a table never reach the terminal raw.
   *
   * @param text the text
   * @return the text on one line, each such character escaped
   */
  public static String visible(String text) {
    return org.scplan.core.internal.Text.visible(text);
  }
}
