package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scplan.core.BusinessPlan;
import org.scplan.core.PlanSection;
import org.scplan.performance.ActionPlanMonitoring;
import org.scplan.performance.IndicatorSet;

/**
 * Laws of the {@code indicators} and {@code action-monitoring} sections for generated sections
 * ({@link PerformanceArbitraries}): writing then reading gives back an equal section, the writer's
 * output is its own canonical form, and it validates against the JSON Schema, alone or in a plan.
 */
class PerformanceSectionProperties {
  private final ScplanJson json = ScplanJson.standard();

  @Provide
  Arbitrary<IndicatorSet> indicatorSets() {
    return PerformanceArbitraries.indicatorSets();
  }

  @Provide
  Arbitrary<ActionPlanMonitoring> dashboards() {
    return PerformanceArbitraries.monitoring();
  }

  @Provide
  Arbitrary<BusinessPlan> plans() {
    return PlanArbitraries.plans().flatMap(plan -> PerformanceArbitraries.indicatorSets()
        .flatMap(set -> PerformanceArbitraries.monitoring()
            .map(m -> plan.withSection(set).withSection(m))));
  }

  private void assertRoundTrip(PlanSection section) {
    String text = json.write(section);

    ReadResult<JsonDocument> read = json.read("generated.json", text);

    assertThat(read.problems().findings()).as("problems reading\n%s", text).isEmpty();
    assertThat(read.orElseThrow().section()).contains(section);
    assertThat(json.write(read.orElseThrow())).as("canonical").isEqualTo(text);
  }

  @Property(tries = 100)
  void indicatorSetsRoundTrip(@ForAll("indicatorSets") IndicatorSet set) {
    assertRoundTrip(set);
  }

  @Property(tries = 100)
  void monitoringDashboardsRoundTrip(@ForAll("dashboards") ActionPlanMonitoring dashboard) {
    assertRoundTrip(dashboard);
  }

  @Property(tries = 50)
  void writtenIndicatorSetsValidateAgainstTheSchema(@ForAll("indicatorSets") IndicatorSet set) {
    String text = json.write(set);

    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }

  @Property(tries = 50)
  void writtenMonitoringDashboardsValidateAgainstTheSchema(@ForAll("dashboards") ActionPlanMonitoring dashboard) {
    String text = json.write(dashboard);

    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }

  @Property(tries = 25)
  void plansHoldingBothKindsRoundTripAndValidate(@ForAll("plans") BusinessPlan plan) {
    String text = json.write(plan);

    ReadResult<JsonDocument> read = json.read("generated.json", text);

    assertThat(read.problems().findings()).as("problems reading\n%s", text).isEmpty();
    assertThat(read.orElseThrow().plan()).contains(plan);
    assertThat(read.orElseThrow().plan().orElseThrow().sections())
        .extracting(PlanSection::kind).isEqualTo(List.of(IndicatorSet.KIND, ActionPlanMonitoring.KIND));
    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }
}
