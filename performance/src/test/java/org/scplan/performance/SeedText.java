package org.scplan.performance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads the seed text copied into {@code src/test/resources/seeds}: lines, and tab-separated cells. */
final class SeedText {
  private SeedText() {}

  /** The lines of a seed extract, without its first line (the comment saying where it comes from). */
  static List<String> lines(String name) {
    try (InputStream in = SeedText.class.getResourceAsStream("/seeds/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No seed extract " + name);
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return lines.subList(1, lines.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole text of a seed extract, without its first line. */
  static String text(String name) {
    return String.join("\n", lines(name));
  }

  /** The cells of the table row whose first cell starts with {@code start}, trailing empty cells dropped. */
  static List<String> row(String name, String start) {
    return lines(name).stream().filter(l -> l.startsWith(start + "\t")).findFirst()
        .map(l -> Arrays.asList(l.split("\t")))
        .orElseThrow(() -> new IllegalStateException("No row " + start + " in " + name));
  }

  /** A cell of a row, or empty text where the row has no such cell. */
  static String cell(List<String> row, int index) {
    return index < row.size() ? row.get(index).strip() : "";
  }
}
