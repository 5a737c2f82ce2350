package org.scplan.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test tables read from {@code src/test/resources}. */
final class Resources {
  private Resources() {}

  static byte[] bytes(String resource) {
    try (InputStream in = Resources.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  /** Reads a resource as a table, the source being the resource's name. */
  static TableResult read(String resource, TableOptions options) {
    return TableReader.of(options).read(resource, bytes(resource));
  }

  static TableResult read(String resource) {
    return read(resource, TableOptions.defaults());
  }
}
