package org.scplan.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads the seed excerpts copied into {@code src/test/resources/seeds}. */
final class SeedResources {
  private SeedResources() {}

  /** Returns the tab-separated rows of a seed excerpt, without its comment lines. */
  static List<List<String>> rows(String name) {
    try (InputStream in = SeedResources.class.getResourceAsStream("/seeds/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource /seeds/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> Arrays.asList(line.split("\t", -1)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
