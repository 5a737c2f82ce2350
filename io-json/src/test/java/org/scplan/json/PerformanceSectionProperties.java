package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Document;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;
import org.scplan.performance.actions.ActionPlanMonitoring;
import org.scplan.performance.IndicatorSet;

/**
 * Laws of the {@code indicators} and {@code action-monitoring} sections for generated sections
 * ({@link PerformanceArbitraries}): writing then reading gives back an equal section, the writer's
 * output is its own canonical form, and it validates against the JSON Schema, alone or in a plan.
 */
class PerformanceSectionProperties {
  private final ScplanJson json = ScplanJson.standard();

  @Provide
  Arbitrary<PlanSection> sections() {
    return Arbitraries.oneOf(PerformanceArbitraries.indicatorSets(), PerformanceArbitraries.monitoring());
  }

  @Provide
  Arbitrary<BusinessPlan> plans() {
    return PlanArbitraries.plans().flatMap(plan -> PerformanceArbitraries.indicatorSets()
        .flatMap(set -> PerformanceArbitraries.monitoring()
            .map(m -> plan.withSection(set).withSection(m))));
  }

  @Property(tries = 200)
  void writeThenReadGivesAnEqualSectionInCanonicalForm(@ForAll("sections") PlanSection section) {
    String text = json.write(section);

    ReadResult<Document> read = json.read("generated.json", text);

    assertThat(read.problems().findings()).as("problems reading\n%s", text).isEmpty();
    assertThat(read.orElseThrow().section()).contains(section);
    assertThat(json.write(read.orElseThrow())).as("canonical").isEqualTo(text);
  }

  @Property(tries = 100)
  void writtenSectionsValidateAgainstTheSchema(@ForAll("sections") PlanSection section) {
    String text = json.write(section);

    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }

  @Property(tries = 25)
  void plansHoldingBothKindsRoundTripAndValidate(@ForAll("plans") BusinessPlan plan) {
    String text = json.write(plan);

    ReadResult<Document> read = json.read("generated.json", text);

    assertThat(read.problems().findings()).as("problems reading\n%s", text).isEmpty();
    assertThat(read.orElseThrow().plan()).contains(plan);
    assertThat(read.orElseThrow().plan().orElseThrow().sections())
        .extracting(PlanSection::kind).isEqualTo(List.of(IndicatorSet.KIND, ActionPlanMonitoring.KIND));
    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }
}
