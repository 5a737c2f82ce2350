package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.budget.BudgetMonitoring;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.BudgetSchemas;

/**
 * The budget examples in io-json/README.md read as documented: the abridged Table 5 is a budget
 * section that adds up, the monitoring example is seed 001's as the example plan holds it, the
 * schema object is the schema the text describes, and both validate
 * against the JSON Schema.
 */
class BudgetReadmeTest {
  private static final String README = ExamplePlans.text(Path.of("README.md"));

  /** The JSON blocks of the README section that starts with {@code heading}, in order. */
  private static List<String> jsonBlocks(String heading) {
    String section = README.substring(README.indexOf(heading));
    List<String> blocks = new ArrayList<>();
    int at = 0;
    while ((at = section.indexOf("```json\n", at)) >= 0) {
      int end = section.indexOf("```\n", at + 8);
      blocks.add(section.substring(at + 8, end));
      at = end + 4;
    }
    return blocks;
  }

  @Test
  void theAbridgedTable5ReadsAndAddsUp() {
    String doc = "{\"format\": \"scplan\", \"version\": 1, \"section\": " + jsonBlocks("### Budget profiles").get(0) + "}";

    BudgetProfile table = (BudgetProfile) ScplanJson.standard().read("README.md", doc).orElseThrow().section()
        .orElseThrow();

    assertThat(table.schema()).isEqualTo(BudgetSchemas.KENT_DIRECTORATE_2018);
    assertThat(table.lineCount()).isEqualTo(3);
    assertThat(table.validate().findings()).isEmpty();
    assertThat(SchemaCheck.errors(doc)).isEmpty();
  }

  @Test
  void theMonitoringExampleIsSeed001sSectionAsTheExamplePlanHoldsIt() {
    String doc = "{\"format\": \"scplan\", \"version\": 1, \"section\": " + jsonBlocks("### Budget monitoring").get(0) + "}";

    BudgetMonitoring monitoring = (BudgetMonitoring) ScplanJson.standard().read("README.md", doc).orElseThrow()
        .section().orElseThrow();

    assertThat(ScplanJson.standard().readPlan(ExamplePlans.KENT_ASCH_2018_19).section(monitoring.id()))
        .contains(monitoring);
    assertThat(monitoring.validate().findings()).extracting(f -> f.code()).containsExactly("budget.savings.unaccounted");
    assertThat(SchemaCheck.errors(doc)).isEmpty();
  }

  @Test
  void theSchemaObjectIsTheOneDescribed() {
    String doc = jsonBlocks("#### Budget schemas\n").get(0);

    BudgetSchema schema = BudgetSchemaJson.read("README.md", doc).orElseThrow();

    assertThat(schema.keys()).containsExactly("fte", "staffing", "non-staffing", "gross", "income", "net",
        "net-previous");
    assertThat(schema.column("net-previous").comparativeOf()).contains("net");
    assertThat(BudgetSchemaJsonTest.schemaErrors(doc)).isEmpty();
  }
}
