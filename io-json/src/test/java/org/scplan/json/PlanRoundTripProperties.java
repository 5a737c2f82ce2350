package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;

/**
 * Laws of the JSON format for generated plans ({@link PlanArbitraries}): writing then reading
 * gives back an equal plan, the writer's output is its own canonical form, and it validates against
 * the JSON Schema.
 */
class PlanRoundTripProperties {
  private final ScplanJson json = ScplanJson.standard();

  @Provide
  Arbitrary<BusinessPlan> plans() {
    return PlanArbitraries.plans();
  }

  @Property(tries = 300)
  void writeThenReadGivesAnEqualPlan(@ForAll("plans") BusinessPlan plan) {
    String text = json.write(plan);

    ReadResult<Document> read = json.read("generated.json", text);

    assertThat(read.problems().findings()).as("problems reading\n%s", text).isEmpty();
    assertThat(read.orElseThrow().plan()).contains(plan);
  }

  @Property(tries = 150)
  void writingIsCanonical(@ForAll("plans") BusinessPlan plan) {
    String text = json.write(plan);

    assertThat(json.write(json.read("generated.json", text).orElseThrow())).isEqualTo(text);
    assertThat(text).startsWith("{\n  \"format\": \"scplan\",\n  \"version\": 1,\n  \"plan\": {\n").endsWith("\n}\n");
  }

  @Property(tries = 150)
  void writtenPlansValidateAgainstTheSchema(@ForAll("plans") BusinessPlan plan) {
    String text = json.write(plan);

    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }
}
