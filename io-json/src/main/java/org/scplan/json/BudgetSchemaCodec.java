package org.scplan.json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.BudgetSchemas;
import org.scplan.budget.ColumnKind;
import org.scplan.budget.Formula;
import org.scplan.budget.Quantity;
import org.scplan.budget.SignConvention;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.Location;
import org.scplan.core.internal.Text;

/**
 * Reads and writes a {@link BudgetSchema}: a built-in schema by name ({@code "kent-controllable-2010"}),
 * or a schema object, inline in a budget section or as the whole of a file of its own
 * ({@link BudgetSchemaJson}). Not API.
 *
 * <p>The reader points at the member at fault when a schema refers to something that is not there:
 * a column key or label used twice, a formula or comparative naming no column, two columns
 * answering one headline. What else the budget module refuses (a memo column in a formula, income
 * added where the convention subtracts it, formulas that refer to each other in a circle) is
 * reported at the schema's columns, with the budget module's message, which names the columns.
 */
final class BudgetSchemaCodec {
  private BudgetSchemaCodec() {}

  /** A column's members and where the ones other columns refer to were read. */
  static final class ColumnParts {
    final BudgetColumn.Builder column = BudgetColumn.builder();
    String key;
    Location keyAt;
    String label;
    Location labelAt;
    Formula formula;
    Location formulaAt;
    HeadlineMeasure answers;
    Location answersAt;
    String comparativeOf;
    Location comparativeAt;
    BudgetColumn built;

    BudgetColumn build() {
      built = column.build();
      return built;
    }
  }

  /** A schema's members; the columns are checked against each other before the schema is built. */
  static final class SchemaParts {
    final BudgetSchema.Builder schema = BudgetSchema.builder();
    final List<ColumnParts> columns = new ArrayList<>();
    Location columnsAt;
  }

  static final JsonFields<ColumnParts> COLUMN = JsonFields.<ColumnParts>of("a budget column")
      .required("key", (in, c) -> {
        c.keyAt = in.here();
        c.key = in.nonBlank();
        c.column.key(c.key);
      })
      .required("label", (in, c) -> {
        c.labelAt = in.here();
        c.label = in.nonBlank();
        c.column.label(c.label);
      })
      .required("kind", (in, c) -> c.column.kind(in.enumValue(ColumnKind.class)))
      .optional("quantity", (in, c) -> c.column.quantity(in.enumValue(Quantity.class)))
      .optional("formula", (in, c) -> {
        c.formulaAt = in.here();
        c.formula = in.parsed("a formula such as employees + running (column keys joined by + and -)",
            Formula::parse);
        c.column.formula(c.formula);
      })
      .optional("additive", (in, c) -> c.column.additive(in.bool()))
      .optional("answers", (in, c) -> {
        c.answersAt = in.here();
        c.answers = in.enumValue(HeadlineMeasure.class);
        c.column.answers(c.answers);
      })
      .optional("comparativeOf", (in, c) -> {
        c.comparativeAt = in.here();
        c.comparativeOf = in.nonBlank();
        c.column.comparativeOf(c.comparativeOf);
      })
      .build();

  static final JsonFields<SchemaParts> SCHEMA = JsonFields.<SchemaParts>of("a budget schema")
      .required("name", (in, s) -> s.schema.name(in.nonBlank()))
      .required("title", (in, s) -> s.schema.title(in.nonBlank()))
      .optional("signConvention", (in, s) -> s.schema.signConvention(in.enumValue(SignConvention.class)))
      .required("columns", (in, s) -> {
        s.columnsAt = in.here();
        in.array(() -> {
          ColumnParts c = new ColumnParts();
          in.build(COLUMN, c, ColumnParts::build);
          s.columns.add(c);
        });
      })
      .build();

  /**
   * Reads a schema object.
   *
   * @param in the reader, on the object's opening brace
   * @return the schema
   */
  static BudgetSchema read(JsonIn in) {
    return in.build(SCHEMA, new SchemaParts(), s -> {
      checkReferences(in, s);
      for (ColumnParts c : s.columns) {
        s.schema.addColumns(c.built);
      }
      return s.schema.build();
    });
  }

  /**
   * Reads the member {@code "schema"} of a budget section: the name of a built-in schema, or a
   * schema object.
   *
   * @param in the reader, on the member's value
   * @return the schema
   */
  static BudgetSchema readReference(JsonIn in) {
    if (!in.isString()) {
      return read(in);
    }
    String name = in.string();
    if (!BudgetSchemas.names().contains(name)) {
      throw in.problem(JsonRules.INVALID_VALUE, "expected the name of a built-in budget schema ("
          + String.join(", ", BudgetSchemas.names()) + ") or a schema object, found " + in.found());
    }
    return BudgetSchemas.named(name);
  }

  /**
   * Reports, at the member at fault, a key or label used twice, a headline answered twice, and a
   * formula or comparative naming no column; throws if there was any.
   */
  private static void checkReferences(JsonIn in, SchemaParts s) {
    int problems = 0;
    Map<String, ColumnParts> byKey = new HashMap<>();
    Map<String, ColumnParts> byLabel = new HashMap<>();
    Map<HeadlineMeasure, ColumnParts> byAnswer = new EnumMap<>(HeadlineMeasure.class);
    for (ColumnParts c : s.columns) {
      ColumnParts earlier = byKey.putIfAbsent(c.key, c);
      if (earlier != null) {
        problems++;
        in.problemAt(c.keyAt, JsonRules.INVALID_VALUE, "expected a column key not used by an earlier column,"
            + " found " + Text.quote(c.key) + " again");
      }
      earlier = byLabel.putIfAbsent(c.label, c);
      if (earlier != null) {
        problems++;
        in.problemAt(c.labelAt, JsonRules.INVALID_VALUE, "expected a column label not used by an earlier column,"
            + " found " + Text.quote(c.label) + " again (column " + Text.quote(earlier.key) + " has it)");
      }
      if (c.answers != null) {
        earlier = byAnswer.putIfAbsent(c.answers, c);
        if (earlier != null) {
          problems++;
          in.problemAt(c.answersAt, JsonRules.INVALID_VALUE, "expected at most one column answering each headline,"
              + " found " + JsonIn.jsonName(c.answers) + " answered by " + Text.quote(earlier.key) + " and "
              + Text.quote(c.key));
        }
      }
    }
    for (ColumnParts c : s.columns) {
      if (c.formula != null) {
        for (String term : c.formula.columns()) {
          if (!byKey.containsKey(term)) {
            problems++;
            in.problemAt(c.formulaAt, JsonRules.INVALID_VALUE, "expected a formula of the schema's columns ("
                + String.join(", ", s.columns.stream().map(k -> k.key).toList()) + "), found "
                + Text.quote(term) + " in " + Text.quote(c.formula.toString()));
          }
        }
      }
      if (c.comparativeOf != null && !byKey.containsKey(c.comparativeOf)) {
        problems++;
        in.problemAt(c.comparativeAt, JsonRules.INVALID_VALUE, "expected the key of the column this one is last"
            + " year's figure of, found " + Text.quote(c.comparativeOf) + ", which is no column of the schema");
      }
    }
    if (problems > 0) {
      throw new IllegalArgumentException("the schema's columns refer to columns that are not there");
    }
  }

  /**
   * Writes the member {@code "schema"} of a budget section: a built-in schema by name, any other
   * as an object.
   *
   * @param schema the schema
   * @param out the writer, inside the section's object
   */
  static void writeReference(BudgetSchema schema, JsonOut out) {
    if (BudgetSchemas.names().contains(schema.name()) && BudgetSchemas.named(schema.name()).equals(schema)) {
      out.field("schema", schema.name());
    } else {
      out.object("schema", o -> write(schema, o));
    }
  }

  /**
   * Writes a schema's members, each column on a line of its own. A member with its default value
   * (money, additive) is left out; the sign convention is always written.
   *
   * @param schema the schema
   * @param out the writer, inside the schema's object
   */
  static void write(BudgetSchema schema, JsonOut out) {
    out.field("name", schema.name());
    out.field("title", schema.title());
    out.field("signConvention", schema.signConvention());
    out.array("columns", schema.columns(), (w, c) -> w.inlineObject(o -> {
      o.field("key", c.key());
      o.field("label", c.label());
      o.field("kind", c.kind());
      if (c.quantity() != Quantity.MONEY) {
        o.field("quantity", c.quantity());
      }
      o.text("formula", c.formula());
      if (!c.additive()) {
        o.field("additive", false);
      }
      c.answers().ifPresent(m -> o.field("answers", m));
      o.field("comparativeOf", c.comparativeOf());
    }));
  }
}
