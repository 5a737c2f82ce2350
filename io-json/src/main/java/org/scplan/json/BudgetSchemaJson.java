package org.scplan.json;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scplan.budget.BudgetSchema;

/**
 * Reads and writes a {@link BudgetSchema} in a file of its own: a user's table layout, for
 * {@code scplan table --schema-file F} or for any program that reads tables of that layout.
 *
 * <pre>{@code
 * ReadResult<BudgetSchema> result = BudgetSchemaJson.read(Path.of("my-council-2024.json"));
 * BudgetSchema schema = result.orElseThrow();        // throws JsonReadException listing every problem
 * String text = BudgetSchemaJson.write(schema);
 * }</pre>
 *
 * <p>The file is a scplan document (format version 1) whose body is {@code "budgetSchema"}, the
 * same object a budget section may hold inline as its {@code "schema"}:
 *
 * <pre>{@code
 * {
 *   "format": "scplan",
 *   "version": 1,
 *   "budgetSchema": {
 *     "name": "my-council-2024",
 *     "title": "My council's service budget",
 *     "signConvention": "income-negative",
 *     "columns": [
 *       { "key": "staffing", "label": "Staffing", "kind": "spend" },
 *       { "key": "non-staffing", "label": "Non staffing", "kind": "spend" },
 *       { "key": "gross", "label": "Gross", "kind": "derived", "formula": "staffing + non-staffing" },
 *       { "key": "income", "label": "Income", "kind": "income" },
 *       { "key": "net", "label": "Net", "kind": "derived", "formula": "gross + income", "answers": "net-budget" }
 *     ]
 *   }
 * }
 * }</pre>
 *
 * <p>Reading is as strict as {@link ScplanJson}'s and never throws for bad input: every problem
 * names the file, JSON pointer, line and column. A schema the budget module refuses (a formula
 * naming no column, a key used twice, formulas that refer to each other in a circle) is a problem
 * too. {@link ScplanJson#read(Path)} reports a schema document as not a plan or section.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetSchemaJson {
  private BudgetSchemaJson() {}

  /**
   * Reads a budget schema file. Never throws for bad input.
   *
   * @param file the file
   * @return the schema, or the problems
   */
  public static ReadResult<BudgetSchema> read(Path file) {
    return ScplanJson.standard().readBudgetSchema(file);
  }

  /**
   * Reads a budget schema document from a stream of UTF-8 JSON. Never throws for bad input.
   *
   * @param source the name to give in problems, such as the file's path
   * @param in the stream; not closed
   * @return the schema, or the problems
   */
  public static ReadResult<BudgetSchema> read(String source, InputStream in) {
    return ScplanJson.standard().readBudgetSchema(source, in);
  }

  /**
   * Reads a budget schema document from JSON text. Never throws for bad input.
   *
   * @param source the name to give in problems
   * @param json the JSON text
   * @return the schema, or the problems
   */
  public static ReadResult<BudgetSchema> read(String source, String json) {
    requireNonNull(json, "json");
    return read(source, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Writes a budget schema document.
   *
   * @param schema the schema
   * @return the JSON text, pretty-printed, one column to a line, ending with a newline
   */
  public static String write(BudgetSchema schema) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(schema, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a budget schema document to a stream as UTF-8 JSON.
   *
   * @param schema the schema
   * @param out the stream; not closed
   */
  public static void write(BudgetSchema schema, OutputStream out) {
    ScplanJson.standard().writeBudgetSchema(schema, out);
  }

  /**
   * Writes a budget schema document to a file, replacing it.
   *
   * @param schema the schema
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(BudgetSchema schema, Path file) {
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(schema, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
