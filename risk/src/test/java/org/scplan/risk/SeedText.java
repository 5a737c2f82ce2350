package org.scplan.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The verbatim seed excerpts in {@code src/test/resources/seeds}. */
final class SeedText {
  private SeedText() {}

  static String read(String name) {
    try (InputStream in = SeedText.class.getResourceAsStream("/seeds/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No seed excerpt " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(String name) {
    return read(name).lines().toList();
  }
}
