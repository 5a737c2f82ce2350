package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Document;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;
import org.scplan.continuity.BusinessContinuityPlan;
import org.scplan.equality.EqualityImpactAssessment;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskMatrix;
import org.scplan.risk.RiskRegister;

/**
 * Laws of the JSON format for the risk module's sections ({@link RiskArbitraries}): writing then
 * reading gives back an equal section, alone or in a plan; the writer's output is its own canonical
 * form; it validates against the JSON Schema; and a matrix written to a file of its own reads back
 * equal with {@link RiskMatrixJson}.
 */
class RiskRoundTripProperties {
  private final ScplanJson json = ScplanJson.standard();

  @Provide
  Arbitrary<PlanSection> sections() {
    return Arbitraries.oneOf(RiskArbitraries.registers(), RiskArbitraries.continuityPlans(),
        RiskArbitraries.equalityImpactAssessments());
  }

  @Provide
  Arbitrary<RiskMatrix> matrices() {
    return RiskArbitraries.matrices();
  }

  @Provide
  Arbitrary<BusinessPlan> plans() {
    return Combinators.combine(PlanArbitraries.plans(), sections().list().ofMaxSize(3)).as((plan, sections) -> {
      BusinessPlan.Builder b = BusinessPlan.builder().from(plan);
      for (int i = 0; i < sections.size(); i++) {
        b.addSection(withId(sections.get(i), "section-" + i));
      }
      return b.build();
    });
  }

  /** Returns the section with another id, so that a plan's sections have distinct ids. */
  private static PlanSection withId(PlanSection section, String id) {
    if (section instanceof RiskRegister r) {
      return RiskRegister.builder().from(r).id(id).build();
    }
    if (section instanceof BusinessContinuityPlan c) {
      return BusinessContinuityPlan.builder().from(c).id(id).build();
    }
    EqualityImpactAssessment e = (EqualityImpactAssessment) section;
    return EqualityImpactAssessment.builder().from(e).id(id).build();
  }

  /**
   * Returns what the schema finds wrong with a matrix file's text, checked as the inline matrix of
   * a register (the schema's {@code $defs/riskMatrix}).
   */
  static List<String> matrixSchemaErrors(String matrix) {
    return SchemaCheck.errors("{\"format\": \"scplan\", \"version\": 1, \"section\": {\"kind\": \"risks\","
        + " \"id\": \"m\", \"title\": \"M\", \"matrix\": " + matrix + "}}");
  }

  @Property(tries = 300)
  void writeThenReadGivesAnEqualSection(@ForAll("sections") PlanSection section) {
    String text = json.write(section);

    ReadResult<Document> read = json.read("generated.json", text);

    assertThat(read.problems().findings()).as("problems reading\n%s", text).isEmpty();
    assertThat(read.orElseThrow().section()).contains(section);
  }

  @Property(tries = 150)
  void writingIsCanonical(@ForAll("sections") PlanSection section) {
    String text = json.write(section);

    assertThat(json.write(json.read("generated.json", text).orElseThrow())).isEqualTo(text);
    assertThat(text).startsWith("{\n  \"format\": \"scplan\",\n  \"version\": 1,\n  \"section\": {\n    \"kind\": \""
        + section.kind() + "\",\n");
  }

  @Property(tries = 150)
  void writtenSectionsValidateAgainstTheSchema(@ForAll("sections") PlanSection section) {
    String text = json.write(section);

    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }

  @Property(tries = 30)
  void plansWithRiskSectionsRoundTripAndValidate(@ForAll("plans") BusinessPlan plan) {
    String text = json.write(plan);

    assertThat(json.read("generated.json", text).orElseThrow().plan()).contains(plan);
    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }

  @Property(tries = 200)
  void aMatrixFileReadsBackEqual(@ForAll("matrices") RiskMatrix matrix) {
    String text = RiskMatrixJson.write(matrix);

    ReadResult<RiskMatrix> read = RiskMatrixJson.read("matrix.json", text);

    assertThat(read.problems().findings()).as("problems reading\n%s", text).isEmpty();
    assertThat(read.value()).contains(matrix);
    assertThat(RiskMatrixJson.write(read.orElseThrow())).isEqualTo(text);
  }

  @Property(tries = 100)
  void aMatrixFileValidatesAsTheSchemasRiskMatrix(@ForAll("matrices") RiskMatrix matrix) {
    String text = RiskMatrixJson.write(matrix);

    assertThat(matrixSchemaErrors(text)).as("schema errors in\n%s", text).isEmpty();
  }

  @Property(tries = 100)
  void aBuiltInMatrixIsWrittenByNameAndAnyOtherInFull(@ForAll("matrices") RiskMatrix matrix) {
    String text = json.write(RiskRegister.builder().id("r").title("R").matrix(matrix).build());

    boolean builtIn = RiskMatrices.all().contains(matrix);
    assertThat(text.contains("\"matrix\": \"" + matrix.id() + "\"")).isEqualTo(builtIn);
    assertThat(text.contains("\"matrix\": {")).isEqualTo(!builtIn);
    assertThat(List.of(text.split("\n"))).doesNotContain("      \"formula\": \"product\",");
  }
}
