package org.scplan.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;

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
  static ReadResult<Document> read(String resource, TableOptions options) {
    return TableReader.of(options).read(resource, bytes(resource));
  }

  static ReadResult<Document> read(String resource) {
    return read(resource, TableOptions.defaults());
  }

  /** The kind of table read, from the sections it gave: empty if nothing was read. */
  static java.util.Optional<TableKind> kind(ReadResult<Document> r) {
    if (!r.section(org.scplan.core.PlanSection.class).isPresent()) {
      return java.util.Optional.empty();
    }
    if (r.section(org.scplan.performance.IndicatorSet.class).isPresent()) {
      return java.util.Optional.of(TableKind.INDICATORS);
    }
    if (r.section(org.scplan.risk.RiskRegister.class).isPresent()) {
      return java.util.Optional.of(TableKind.RISKS);
    }
    return java.util.Optional.of(TableKind.BUDGET);
  }
}
