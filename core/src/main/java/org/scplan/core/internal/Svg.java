package org.scplan.core.internal;

/**
 * Writes SVG by hand: elements with escaped attributes and text, coordinates to one decimal place,
 * so the same chart gives the same bytes every run. Not API.
 */
public final class Svg {
  private final StringBuilder out = new StringBuilder();

  /**
   * Starts a document of the given size, with its title and description for assistive technology.
   * Their ids are derived from their text, so several charts inline in one HTML page never share an
   * id unless they share the words it names, and the same chart is still the same bytes every run.
   */
  public Svg(int width, int height, String cssClass, String title, String description) {
    String id = "c" + Integer.toHexString((cssClass + '\n' + title + '\n' + description).hashCode());
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" class=\"")
        .append(escape(cssClass)).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id)
        .append("-d\" font-family=\"Arial, sans-serif\" font-size=\"11\">\n<title id=\"").append(id).append("-t\">")
        .append(escape(title)).append("</title>\n<desc id=\"").append(id).append("-d\">").append(escape(description))
        .append("</desc>\n");
  }

  /** Escapes text for XML content and attribute values. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return sb.toString();
  }

  /**
   * A coordinate given in tenths, written to one decimal place with no locale: {@code 123} is
   * {@code 12.3}, {@code 120} is {@code 12}. (Core holds no floating point: callers round their
   * coordinates to tenths.)
   */
  public static String tenths(long tenths) {
    long whole = tenths / 10;
    long part = Math.abs(tenths % 10);
    String sign = tenths < 0 && whole == 0 ? "-" : "";
    return part == 0 ? sign + whole : sign + whole + "." + part;
  }

  /**
   * Opens an element with attributes given as name, value pairs (a null value leaves the attribute
   * out); {@code close} ends it at once.
   */
  public Svg open(String name, boolean close, String... attributes) {
    out.append('<').append(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }
    out.append(close ? "/>\n" : ">");
    return this;
  }

  /** An element with no content. */
  public Svg empty(String name, String... attributes) {
    return open(name, true, attributes);
  }

  /** An element holding text. */
  public Svg text(String name, String text, String... attributes) {
    open(name, false, attributes);
    out.append(escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  /** Ends an element opened with {@code open(name, false, …)}. */
  public Svg close(String name) {
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** A tooltip for the element just opened: its {@code <title>}. */
  public Svg tooltip(String text) {
    out.append("<title>").append(escape(text)).append("</title>");
    return this;
  }

  /** Ends the document and returns it. */
  public String end() {
    return out.append("</svg>\n").toString();
  }
}
