package org.scplan.json;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Validates JSON text against the shipped JSON Schema of the format (networknt, 2020-12). */
final class SchemaCheck {
  /** Where the schema is on the class path: shipped in the main jar. */
  static final String RESOURCE = "scplan-v1.schema.json";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(schemaText(), InputFormat.JSON);

  private SchemaCheck() {}

  /** Returns the schema's text, read from the class path next to {@link ScplanJson}. */
  static String schemaText() {
    return text(RESOURCE);
  }

  /** Returns what the schema finds wrong with a document, one line per error; empty if it is valid. */
  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  /** Where the report format's schema is on the class path. */
  static final String REPORT_RESOURCE = "scplan-report-v1.schema.json";

  private static final Schema REPORT_SCHEMA = REGISTRY.getSchema(text(REPORT_RESOURCE), InputFormat.JSON);

  /** Returns a shipped schema's text. */
  static String text(String resource) {
    try (InputStream in = ScplanJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No " + resource + " next to ScplanJson on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns what the report format's schema finds wrong with a report, one line per error. */
  static List<String> reportErrors(String json) {
    return REPORT_SCHEMA.validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  /** Returns what the JSON Schema 2020-12 meta-schema finds wrong with the report format's schema. */
  static List<String> reportMetaSchemaErrors() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    return meta.validate(text(REPORT_RESOURCE), InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  /** Returns what the JSON Schema 2020-12 meta-schema finds wrong with our schema. */
  static List<String> metaSchemaErrors() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    return meta.validate(schemaText(), InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }
}
