package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scplan.json.StrictReadingTest.assertAt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.BudgetSchemas;
import org.scplan.budget.ColumnKind;
import org.scplan.budget.Formula;
import org.scplan.budget.Quantity;
import org.scplan.budget.SignConvention;
import org.scplan.core.Finding;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.ReadException;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;

/**
 * Budget schemas in JSON: a file of their own read and written by {@link BudgetSchemaJson}, and
 * inline in a budget section. The catalogue below gives, for each way a schema can be refused, the
 * problem's code, pointer, line and column and message.
 */
class BudgetSchemaJsonTest {
  private static final String SOURCE = "my-council-2024.json";

  /** A user's schema, in the form the writer writes. */
  static final String MY_COUNCIL = """
      {
        "name": "my-council-2024",
        "title": "My council's service budget",
        "signConvention": "income-negative",
        "columns": [
          { "key": "fte", "label": "FTE", "kind": "memo", "quantity": "number", "answers": "fte" },
          { "key": "staffing", "label": "Staffing", "kind": "spend" },
          { "key": "non-staffing", "label": "Non staffing", "kind": "spend" },
          { "key": "gross", "label": "Gross", "kind": "derived", "formula": "staffing + non-staffing", "answers": "gross-expenditure" },
          { "key": "income", "label": "Income", "kind": "income" },
          { "key": "net", "label": "Net", "kind": "derived", "formula": "gross + income", "answers": "net-budget" },
          { "key": "net-previous", "label": "Last year", "kind": "memo", "comparativeOf": "net" },
          { "key": "unit-cost", "label": "Unit cost", "kind": "memo", "additive": false }
        ]
      }
      """;

  static final BudgetSchema MY_COUNCIL_SCHEMA = BudgetSchema.of("my-council-2024", "My council's service budget",
      SignConvention.INCOME_NEGATIVE,
      BudgetColumn.number("fte", "FTE").withAnswers(HeadlineMeasure.FTE),
      BudgetColumn.spend("staffing", "Staffing"),
      BudgetColumn.spend("non-staffing", "Non staffing"),
      BudgetColumn.derived("gross", "Gross", "staffing + non-staffing").withAnswers(HeadlineMeasure.GROSS_EXPENDITURE),
      BudgetColumn.income("income", "Income"),
      BudgetColumn.derived("net", "Net", "gross + income").withAnswers(HeadlineMeasure.NET_BUDGET),
      BudgetColumn.amount("net-previous", "Last year").withComparativeOf("net"),
      BudgetColumn.amount("unit-cost", "Unit cost").withAdditive(false));

  /** What the JSON Schema finds wrong with a schema object, checked as a budget section's inline schema. */
  static List<String> schemaErrors(String schemaObject) {
    return SchemaCheck.errors("{\"format\": \"scplan\", \"version\": 1, \"section\": {\"kind\": \"budget\","
        + " \"id\": \"b\", \"title\": \"B\", \"schema\": " + schemaObject + ", \"year\": \"2018-19\", \"unit\":"
        + " \"pounds\", \"decimals\": 0}}");
  }

  static List<Finding> problems(String doc) {
    ReadResult<BudgetSchema> result = BudgetSchemaJson.read(SOURCE, doc);
    assertThat(result.isRead()).as("read %s", doc).isFalse();
    assertThat(result.problems().findings()).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().source()).contains(SOURCE);
    });
    return result.problems().findings();
  }

  static Finding problem(String doc) {
    List<Finding> problems = problems(doc);
    assertThat(problems).as("problems").hasSize(1);
    return problems.get(0);
  }

  @Test
  void readsAUsersSchema() {
    ReadResult<BudgetSchema> result = BudgetSchemaJson.read(SOURCE, MY_COUNCIL);

    assertThat(result.problems().findings()).isEmpty();
    BudgetSchema schema = result.orElseThrow();
    assertThat(schema).isEqualTo(MY_COUNCIL_SCHEMA);
    assertThat(schema.column("gross").formula()).contains(Formula.parse("staffing + non-staffing"));
    assertThat(schema.column("fte").quantity()).isEqualTo(Quantity.NUMBER);
    assertThat(schema.column("unit-cost").additive()).isFalse();
    assertThat(schema.column("net-previous").comparativeOf()).contains("net");
    assertThat(schema.answering(HeadlineMeasure.NET_BUDGET).orElseThrow().key()).isEqualTo("net");
  }

  @Test
  void writesTheSchemaOneColumnToALine() {
    assertThat(BudgetSchemaJson.write(MY_COUNCIL_SCHEMA)).isEqualTo(MY_COUNCIL);
  }

  @Test
  void theWrittenDocumentValidatesAgainstTheJsonSchema() {
    assertThat(schemaErrors(MY_COUNCIL)).isEmpty();
  }

  static List<BudgetSchema> builtIns() {
    return BudgetSchemas.all();
  }

  @ParameterizedTest
  @MethodSource("builtIns")
  void everyBuiltInSchemaRoundTrips(BudgetSchema schema) {
    String text = BudgetSchemaJson.write(schema);

    assertThat(BudgetSchemaJson.read("built-in.json", text).orElseThrow()).isEqualTo(schema);
    assertThat(schemaErrors(text)).isEmpty();
  }

  @Test
  void theJsonSchemaNamesEveryBuiltInSchema() {
    String line = SchemaCheck.schemaText().lines().filter(l -> l.contains("\"kent-controllable-2010\""))
        .findFirst().orElseThrow();
    List<String> named = java.util.regex.Pattern.compile("\"([a-z0-9-]+)\"").matcher(line.substring(line.indexOf('[')))
        .results().map(m -> m.group(1)).toList();
    String doc = "{\"format\": \"scplan\", \"version\": 1, \"section\": {\"kind\": \"budget\", \"id\": \"b\","
        + " \"title\": \"B\", \"schema\": \"%s\", \"year\": \"2018-19\", \"unit\": \"pounds\", \"decimals\": 0}}";

    assertThat(named).containsExactlyElementsOf(BudgetSchemas.names());
    assertThat(BudgetSchemas.names()).allSatisfy(name -> assertThat(SchemaCheck.errors(doc.formatted(name))).isEmpty());
    assertThat(SchemaCheck.errors(doc.formatted("kent-directorate-2019"))).isNotEmpty();
  }

  @Test
  void readsAndWritesFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my-council-2024.json");

    BudgetSchemaJson.write(MY_COUNCIL_SCHEMA, file);

    assertThat(Files.readString(file)).isEqualTo(MY_COUNCIL);
    assertThat(BudgetSchemaJson.read(file).orElseThrow()).isEqualTo(MY_COUNCIL_SCHEMA);
  }

  @Test
  void aMissingFileIsAProblemNotAnException(@TempDir Path dir) {
    ReadResult<BudgetSchema> result = BudgetSchemaJson.read(dir.resolve("none.json"));

    assertThat(result.problems().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(JsonRules.IO);
      assertThat(f.message()).isEqualTo("could not open the file: no such file");
    });
    assertThatThrownBy(result::orElseThrow).isInstanceOf(ReadException.class);
  }

  @Nested
  class SchemaFiles {
    @Test
    void anEmptyFile() {
      Finding f = problem("");

      assertThat(f.code()).isEqualTo(JsonRules.SYNTAX);
      assertThat(f.message()).isEqualTo("the file is empty; expected a budget schema, an object starting {\"name\":");
    }

    @Test
    void anArrayIsNoSchema() {
      String doc = "[1, 2]";

      Finding f = problem(doc);

      assertAt(f, JsonRules.WRONG_TYPE, "", doc, "[");
      assertThat(f.message()).isEqualTo("expected a budget schema (an object), found an array");
    }

    @Test
    void aScplanDocumentIsNoSchema() {
      String doc = "{\"format\": \"scplan\", \"version\": 1, \"section\": {\"kind\": \"budget\"}}";

      List<Finding> problems = problems(doc);

      assertThat(problems.get(0).code()).isEqualTo(JsonRules.UNKNOWN_MEMBER);
      assertThat(problems.get(0).message()).startsWith("unknown member \"format\" in a budget schema; expected one"
          + " of: name, title, signConvention, columns");
      assertThat(problems).extracting(Finding::message).contains("a budget schema needs the member \"columns\"");
    }

    @Test
    void theScplanReaderRefusesASchemaFile() {
      assertThat(ScplanJson.standard().read(SOURCE, MY_COUNCIL).isRead()).isFalse();
    }
  }

  @Nested
  class Columns {
    @Test
    void aKeyUsedTwice() {
      String doc = MY_COUNCIL.replace("\"key\": \"unit-cost\"", "\"key\": \"fte\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/columns/7/key", doc, "\"fte\", \"label\": \"Unit cost\"");
      assertThat(f.message()).isEqualTo("expected a column key not used by an earlier column, found \"fte\" again");
    }

    @Test
    void aLabelUsedTwice() {
      String doc = MY_COUNCIL.replace("\"label\": \"Non staffing\"", "\"label\": \"Staffing\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/columns/2/label", doc, "\"Staffing\", \"kind\": \"spend\" },\n"
          + "    { \"key\": \"gross\"");
      assertThat(f.message()).isEqualTo("expected a column label not used by an earlier column, found \"Staffing\""
          + " again (column \"staffing\" has it)");
    }

    @Test
    void aFormulaNamingNoColumn() {
      String doc = MY_COUNCIL.replace("\"staffing + non-staffing\"", "\"staffing + non-staff\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/columns/3/formula", doc, "\"staffing + non-staff\"");
      assertThat(f.message()).isEqualTo("expected a formula of the schema's columns (fte, staffing, non-staffing,"
          + " gross, income, net, net-previous, unit-cost), found \"non-staff\" in \"staffing + non-staff\"");
    }

    @Test
    void aFormulaThatIsNoFormula() {
      String doc = MY_COUNCIL.replace("\"staffing + non-staffing\"", "\"staffing+non-staffing\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/columns/3/formula", doc, "\"staffing+non-staffing\"");
      assertThat(f.message()).startsWith("expected a formula such as employees + running (column keys joined by +"
          + " and -), found text \"staffing+non-staffing\"");
    }

    @Test
    void aComparativeOfNoColumn() {
      String doc = MY_COUNCIL.replace("\"comparativeOf\": \"net\"", "\"comparativeOf\": \"nett\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/columns/6/comparativeOf", doc, "\"nett\"");
      assertThat(f.message()).isEqualTo("expected the key of the column this one is last year's figure of, found"
          + " \"nett\", which is no column of the schema");
    }

    @Test
    void twoColumnsAnsweringOneHeadline() {
      String doc = MY_COUNCIL.replace("\"formula\": \"gross + income\", \"answers\": \"net-budget\"",
          "\"formula\": \"gross + income\", \"answers\": \"gross-expenditure\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/columns/5/answers", doc, "\"gross-expenditure\" },\n"
          + "    { \"key\": \"net-previous\"");
      assertThat(f.message()).isEqualTo("expected at most one column answering each headline, found"
          + " gross-expenditure answered by \"gross\" and \"net\"");
    }

    @Test
    void aDerivedColumnWithoutAFormula() {
      String column = "{ \"key\": \"net\", \"label\": \"Net\", \"kind\": \"derived\", \"answers\": \"net-budget\" }";
      String doc = MY_COUNCIL.replace("{ \"key\": \"net\", \"label\": \"Net\", \"kind\": \"derived\", \"formula\":"
          + " \"gross + income\", \"answers\": \"net-budget\" }", column);

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/columns/5", doc, column);
      assertThat(f.message()).isEqualTo("a budget column is not valid: Column net: a formula belongs to a DERIVED"
          + " column and every DERIVED column needs one (kind DERIVED)");
    }

    @Test
    void anUnknownColumnKind() {
      String doc = MY_COUNCIL.replace("\"kind\": \"income\"", "\"kind\": \"receipts\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/columns/4/kind", doc, "\"receipts\"");
      assertThat(f.message()).isEqualTo("expected one of spend, income, grant, memo, derived, found text \"receipts\"");
    }

    @Test
    void anInvalidKey() {
      String doc = MY_COUNCIL.replace("\"key\": \"unit-cost\"", "\"key\": \"Unit cost\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/columns/7", doc, "{ \"key\": \"Unit cost\"");
      assertThat(f.message()).isEqualTo("a budget column is not valid: Invalid column key (lower case words joined"
          + " by hyphens, such as external-income): Unit cost");
    }
  }

  @Nested
  class Schemas {
    private static final String START = "{\n  \"name\"";

    @Test
    void formulasInACircle() {
      String doc = MY_COUNCIL.replace("\"formula\": \"staffing + non-staffing\"", "\"formula\": \"staffing + net\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "", doc, START);
      assertThat(f.message()).isEqualTo("a budget schema is not valid: Schema my-council-2024: the formulas of"
          + " [gross, net] refer to each other in a circle");
    }

    @Test
    void aMemoColumnInAFormula() {
      String doc = MY_COUNCIL.replace("\"formula\": \"gross + income\"", "\"formula\": \"gross + income + net-previous\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "", doc, START);
      assertThat(f.message()).endsWith("the formula of net uses the memo column net-previous; memo figures are not"
          + " summands of money");
    }

    @Test
    void incomeAddedWhereTheConventionSubtractsIt() {
      String doc = MY_COUNCIL.replace("\"income-negative\"", "\"income-positive\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "", doc, START);
      assertThat(f.message()).endsWith("with INCOME_POSITIVE, the INCOME column income must be subtracted in the"
          + " formula of net, not added");
    }

    @Test
    void anInvalidName() {
      String doc = MY_COUNCIL.replace("\"my-council-2024\"", "\"My council\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "", doc, START);
      assertThat(f.message()).contains("Invalid schema name").endsWith("My council");
    }

    @Test
    void noColumns() {
      String doc = "{\"name\": \"empty\", \"title\": \"Empty\", \"columns\": []}";

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "", doc, "{\"name\"");
      assertThat(f.message()).isEqualTo("a budget schema is not valid: Schema empty has no columns");
    }
  }

  @Nested
  class Inline {
    /** A budget section whose schema is written out, with two lines. */
    static final String SECTION = """
        {"format": "scplan", "version": 1, "section": {
          "kind": "budget",
          "id": "service-budget",
          "title": "Service budget 2024-25",
          "schema": {
            "name": "my-council-2024",
            "title": "My council's service budget",
            "columns": [
              {"key": "staffing", "label": "Staffing", "kind": "spend"},
              {"key": "income", "label": "Income", "kind": "income"},
              {"key": "net", "label": "Net", "kind": "derived", "formula": "staffing + income"}
            ]
          },
          "year": "2024-25",
          "unit": "thousands",
          "decimals": 1,
          "lines": [
            {"item": "Day care", "cells": [100.0, -20.5, 79.5]},
            {"total": "Total", "cells": [100.0, -20.5, 79.5]}
          ]
        }}
        """;

    @Test
    void aSectionMayDefineItsSchema() {
      BudgetProfile profile = (BudgetProfile) ScplanJson.standard().read(SOURCE, SECTION).orElseThrow().section()
          .orElseThrow();

      assertThat(profile.schema().name()).isEqualTo("my-council-2024");
      assertThat(profile.schema().signConvention()).isEqualTo(SignConvention.INCOME_NEGATIVE);
      assertThat(profile.schema().column("income").kind()).isEqualTo(ColumnKind.INCOME);
      assertThat(profile.validate().findings()).isEmpty();
      assertThat(SchemaCheck.errors(SECTION)).isEmpty();
      assertThat(ScplanJson.standard().write(profile)).contains("\"schema\": {\n      \"name\": \"my-council-2024\"");
    }

    @Test
    void aBuiltInNameWithOtherColumnsIsWrittenOut() {
      BudgetSchema renamed = BudgetSchema.builder().from(MY_COUNCIL_SCHEMA).name("kent-directorate-2018").build();
      BudgetProfile profile = BudgetProfile.builder("b", "B", renamed).year(org.scplan.core.FinancialYear.of(2024))
          .build();

      String text = ScplanJson.standard().write(profile);

      assertThat(text).contains("\"schema\": {\n      \"name\": \"kent-directorate-2018\"");
      assertThat(ScplanJson.standard().read("b.json", text).orElseThrow().section()).contains(profile);
    }

    @Test
    void aRefusedSchemaIsReportedAndTheLinesAreNotRead() {
      String doc = SECTION.replace("\"staffing + income\"", "\"staffing - income\"");

      Finding f = problem(ScplanJson.standard(), doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/schema", doc, "{\n    \"name\"");
      assertThat(f.message()).endsWith("with INCOME_NEGATIVE, the INCOME column income must be added in the formula"
          + " of net, not subtracted");
    }

    @Test
    void aSchemaProblemPointsIntoTheSection() {
      String doc = SECTION.replace("\"key\": \"net\"", "\"key\": \"income\"");

      Finding f = problem(ScplanJson.standard(), doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/schema/columns/2/key", doc, "\"income\", \"label\": \"Net\"");
    }

    private Finding problem(ScplanJson json, String doc) {
      List<Finding> problems = json.read(SOURCE, doc).problems().findings();
      assertThat(problems).hasSize(1);
      return problems.get(0);
    }
  }
}
