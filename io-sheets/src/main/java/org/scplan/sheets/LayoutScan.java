package org.scplan.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Finds the elements of an .xlsx sheet's layout ({@code row}, {@code col}, {@code mergeCell}) and
 * every cell's reference ({@code c}) by scanning the sheet's bytes for tags, with none of an XML
 * parser's work for each cell's value: a sheet of a million cells is read twice, once for its
 * layout and once for its cells, and this is the cheaper of the two. Comments, CDATA sections and
 * processing instructions are skipped, and so is a document type declaration, whose entities are
 * never expanded (one used in an attribute is refused); an attribute's character references and the
 * five named entities are read. A sheet whose XML is not UTF-8 (UTF-16, with its byte order mark) is left to
 * the XML parser. Not API.
 */
final class LayoutScan {
  /** What the scan reports: an element's local name and its attributes, by local name. */
  interface OnElement {
    void element(String local, Map<String, String> attributes);
  }

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  private int at;
  private int end;

  private LayoutScan(InputStream in) {
    this.in = in;
  }

  /** Whether a part starts as UTF-16 (a byte order mark): read by the XML parser instead. */
  static boolean isUtf16(byte[] head) {
    return head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF
        || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE);
  }

  /**
   * Scans a sheet, reporting each start of a {@code row}, {@code col}, {@code mergeCell} or {@code c}
   * element with its attributes.
   *
   * @throws XMLStreamException for an attribute that uses an entity it does not know
   */
  static void scan(InputStream in, OnElement on) throws IOException, XMLStreamException {
    new LayoutScan(in).run(on);
  }

  private int next() throws IOException {
    if (at == end) {
      end = in.read(buffer, 0, BUFFER);
      at = 0;
      if (end <= 0) {
        end = 0;
        return -1;
      }
    }
    return buffer[at++] & 0xFF;
  }

  private void run(OnElement on) throws IOException, XMLStreamException {
    int b;
    while ((b = next()) >= 0) {
      if (b != '<') {
        continue;
      }
      b = next();
      if (b == '!') {
        markup();
      } else if (b == '?') {
        skipPast("?>");
      } else if (b == '/') {
        skipTag();
      } else if (b >= 0) {
        element(b, on);
      }
    }
  }

  /**
   * After {@code <!}: a comment or a CDATA section, skipped; or a document type declaration, skipped
   * whole with its internal subset (its entities are never expanded: one used in an attribute is
   * refused, and the cells' reader refuses one used in a cell).
   */
  private void markup() throws IOException {
    int b = next();
    if (b == '-') {
      next();
      skipPast("-->");
    } else if (b == '[') {
      skipPast("]]>");
    } else {
      skipTag(true);
    }
  }

  /** Skips to just after a closing sequence of two or three characters ({@code ?>}, {@code -->}, {@code ]]>}). */
  private void skipPast(String close) throws IOException {
    int n = close.length();
    int c0 = n == 3 ? close.charAt(0) : -1;
    int c1 = close.charAt(n - 2);
    int c2 = close.charAt(n - 1);
    int before = -1;
    int last = -1;
    int b;
    while ((b = next()) >= 0) {
      if (b == c2 && last == c1 && (n == 2 || before == c0)) {
        return;
      }
      before = last;
      last = b;
    }
  }

  /** Skips the rest of a tag, to its {@code >} outside quotes. */
  private void skipTag() throws IOException {
    skipTag(false);
  }

  /**
   * Skips the rest of a tag, or of a declaration with its internal subset in brackets, to its
   * {@code >} outside quotes.
   */
  private void skipTag(boolean declaration) throws IOException {
    int quote = 0;
    boolean subset = false;
    int b;
    while ((b = next()) >= 0) {
      if (quote != 0) {
        quote = b == quote ? 0 : quote;
      } else if (b == '"' || b == '\'') {
        quote = b;
      } else if (declaration && (b == '[' || b == ']')) {
        subset = b == '[';
      } else if (b == '>' && !subset) {
        return;
      }
    }
  }

  private final StringBuilder name = new StringBuilder();

  private void element(int first, OnElement on) throws IOException, XMLStreamException {
    name.setLength(0);
    int b = first;
    while (b >= 0 && b != '>' && b != '/' && !isSpace(b)) {
      name.append((char) b);
      if (name.length() > 64) {
        skipTag();
        return;
      }
      b = next();
    }
    String local = local(name);
    boolean cell = local.equals("c");
    boolean wanted = cell || local.equals("row") || local.equals("col") || local.equals("mergeCell");
    if (!wanted) {
      if (b != '>') {
        skipTag();
      }
      return;
    }
    Map<String, String> attributes = cell ? null : new HashMap<>();
    String reference = null;
    if (b != '>') {
      reference = attributes(attributes);
    }
    if (cell) {
      on.element(local, reference == null ? Map.of() : Map.of("r", reference));
    } else {
      on.element(local, attributes);
    }
  }

  private final StringBuilder key = new StringBuilder();
  private byte[] value = new byte[64];

  /**
   * Reads a tag's attributes to its {@code >}: into the map given, or, for a cell (no map), only its
   * reference, returned when its column letters are beyond a table's columns (null otherwise), so
   * that a million cells make no string.
   */
  private String attributes(Map<String, String> attributes) throws IOException, XMLStreamException {
    String reference = null;
    int b = next();
    while (b >= 0) {
      if (b == '>') {
        return reference;
      }
      if (isSpace(b) || b == '/') {
        b = next();
        continue;
      }
      key.setLength(0);
      while (b >= 0 && b != '=' && !isSpace(b) && b != '>') {
        if (key.length() < 64) {
          key.append((char) b);
        }
        b = next();
      }
      while (b >= 0 && isSpace(b)) {
        b = next();
      }
      if (b != '=') {
        continue; // an attribute with no value: b starts the next, or ends the tag
      }
      b = next();
      while (b >= 0 && isSpace(b)) {
        b = next();
      }
      if (b != '"' && b != '\'') {
        skipTag();
        return reference;
      }
      int quote = b;
      int length = 0;
      while ((b = next()) >= 0 && b != quote) {
        if (length == value.length) {
          if (length >= WorkbookReader.MAX_CELL_CHARS) {
            continue; // an attribute longer than any cell: the rest is not kept
          }
          value = java.util.Arrays.copyOf(value, length * 2);
        }
        value[length++] = (byte) b;
      }
      b = next();
      String name = local(key);
      if (attributes != null) {
        String text = new String(value, 0, length, StandardCharsets.UTF_8);
        attributes.put(name, text.indexOf('&') >= 0 ? unescape(text) : text);
      } else if (name.equals("r") && beyond(length)) {
        String text = new String(value, 0, length, StandardCharsets.UTF_8);
        reference = text.indexOf('&') >= 0 ? unescape(text) : text;
      }
    }
    return reference;
  }

  /**
   * Whether a cell reference's letters name a column beyond a table's, or it holds an entity: then
   * it is made a string and checked as the XML parser would give it.
   */
  private boolean beyond(int length) {
    long column = 0;
    for (int i = 0; i < length; i++) {
      int b = value[i] & 0xFF;
      if (b == '&' || b >= 0x80) {
        return true; // as the XML parser gives it: an entity read, a character of more than one byte
      }
      if (b >= '0' && b <= '9') {
        return false;
      }
      column = column * 26 + (b - 'A' + 1);
      if (column > WorkbookReader.MAX_COLUMNS) {
        return true;
      }
    }
    return false;
  }

  private static String local(CharSequence qualified) {
    String s = qualified.toString();
    int colon = s.lastIndexOf(':');
    return colon < 0 ? s : s.substring(colon + 1);
  }

  private static boolean isSpace(int b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  /** An attribute's character references and named entities read; any other entity refused. */
  static String unescape(String text) throws XMLStreamException {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch != '&') {
        out.append(ch);
        continue;
      }
      int semi = text.indexOf(';', i);
      if (semi < 0) {
        throw new XMLStreamException("The sheet's XML has an unfinished entity in an attribute");
      }
      String entity = text.substring(i + 1, semi);
      switch (entity) {
        case "lt" -> out.append('<');
        case "gt" -> out.append('>');
        case "amp" -> out.append('&');
        case "quot" -> out.append('"');
        case "apos" -> out.append('\'');
        default -> {
          try {
            int code = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                : entity.startsWith("#") ? Integer.parseInt(entity.substring(1)) : -1;
            if (code < 0 || !Character.isValidCodePoint(code)) {
              throw new XMLStreamException("The sheet's XML uses an undeclared entity &" + entity + ";");
            }
            out.appendCodePoint(code);
          } catch (NumberFormatException e) {
            throw new XMLStreamException("The sheet's XML has a character reference that is no number: &" + entity + ";");
          }
        }
      }
      i = semi;
    }
    return out.toString();
  }
}
