package org.scplan.json;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scplan.budget.BudgetSchema;
import org.scplan.core.ReadException;
import org.scplan.core.ReadResult;

/**
 * Reads and writes a {@link BudgetSchema} in a file of its own: a user's table layout, such as one
 * named on a command line ({@code scplan table --schema-file my-council-2024.json}). The file holds
 * one JSON object, the same a budget section defines inline as its {@code "schema"}:
 *
 * <pre>{@code
 * {
 *   "name": "my-council-2024",
 *   "title": "My council's service budget",
 *   "signConvention": "income-negative",
 *   "columns": [
 *     { "key": "staffing", "label": "Staffing", "kind": "spend" },
 *     { "key": "non-staffing", "label": "Non staffing", "kind": "spend" },
 *     { "key": "gross", "label": "Gross", "kind": "derived", "formula": "staffing + non-staffing" },
 *     { "key": "income", "label": "Income", "kind": "income" },
 *     { "key": "net", "label": "Net", "kind": "derived", "formula": "gross + income", "answers": "net-budget" }
 *   ]
 * }
 * }</pre>
 *
 * <p>Reading is as strict as {@link ScplanJson}'s and never throws for bad input: every problem
 * names the file, JSON pointer, line and column. A schema the budget module refuses is a problem
 * too: a key or label used twice, a formula or comparative naming no column, two columns answering
 * one headline are reported at the member at fault ({@code /columns/3/formula}); formulas that refer
 * to each other in a circle, a memo column in a formula or income with the wrong sign, at the
 * schema with the budget module's message.
 *
 * <pre>{@code
 * ReadResult<BudgetSchema> result = BudgetSchemaJson.read(Path.of("my-council-2024.json"));
 * BudgetSchema schema = result.orElseThrow();      // throws ReadException listing every problem
 * String text = BudgetSchemaJson.write(schema);
 * }</pre>
 *
 * <p>This class holds no state; its methods are thread-safe.
 */
public final class BudgetSchemaJson {
  private static final String WHAT = "a budget schema, an object starting {\"name\":";

  private BudgetSchemaJson() {}

  /**
   * Reads a schema from a file, with the standard limits ({@link ReadLimits#standard()}).
   *
   * @param file the file
   * @return the schema, or the problems: the file cannot be opened, is not JSON, is not a schema,
   *     or the budget module refuses the schema
   */
  public static ReadResult<BudgetSchema> read(Path file) {
    return ScplanJson.standard().read(file, WHAT, BudgetSchemaCodec::read);
  }

  /**
   * Reads a schema from JSON text.
   *
   * @param source the name to give in problems, such as the file's path
   * @param json the JSON text
   * @return the schema, or the problems
   */
  public static ReadResult<BudgetSchema> read(String source, String json) {
    requireNonNull(json, "json");
    return ScplanJson.standard().read(source, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), WHAT,
        BudgetSchemaCodec::read);
  }

  /**
   * Writes a schema as JSON text, in full even if it is a built-in one.
   *
   * @param schema the schema
   * @return the JSON text, pretty-printed, one column to a line, ending with a newline
   */
  public static String write(BudgetSchema schema) {
    requireNonNull(schema, "schema");
    return ScplanJson.standard().writeRoot(out -> out.object(o -> BudgetSchemaCodec.write(schema, o)));
  }

  /**
   * Writes a schema to a file, replacing it.
   *
   * @param schema the schema
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(BudgetSchema schema, Path file) {
    requireNonNull(file, "file");
    String text = write(schema);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
