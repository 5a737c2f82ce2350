package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;

/**
 * Every bundled example plan reads without problems, is in the writer's canonical form, and
 * validates against the JSON Schema.
 */
class ExamplePlansTest {
  private final ScplanJson json = ScplanJson.standard();

  static List<Path> examples() {
    return ExamplePlans.all();
  }

  @Test
  void theExamplesIncludeTheSeedPlans() {
    assertThat(examples()).contains(ExamplePlans.KENT_LDMH_2013_14, ExamplePlans.KENT_KASS_HQ_2010_11,
        ExamplePlans.KENT_ASCH_2018_19, ExamplePlans.KENT_FSC_MONITORING_2013_14,
        ExamplePlans.KENT_ASC_TRANSFORMATION_2012);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readsWithoutProblems(Path file) {
    ReadResult<Document> result = json.read(file);

    assertThat(result.problems().findings()).as("problems reading %s", file).isEmpty();
    assertThat(result.isRead()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void isInCanonicalForm(Path file) {
    String text = ExamplePlans.text(file);

    String rewritten = json.write(json.read(file).orElseThrow());

    assertThat(rewritten).as("write(read(%s))", file).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void validatesAgainstTheSchema(Path file) {
    assertThat(SchemaCheck.errors(ExamplePlans.text(file))).as("schema errors in %s", file).isEmpty();
  }

  @Test
  void aPlansCommonSectionsHaveTypedAccessors() {
    org.scplan.core.BusinessPlan plan = ScplanJson.standard().readPlan(ExamplePlans.KENT_ASCH_2018_19);

    List<org.scplan.budget.BudgetProfile> budgets = org.scplan.budget.BudgetProfile.allIn(plan);
    assertThat(budgets).hasSize(2).isEqualTo(plan.sections(org.scplan.budget.BudgetProfile.class));
    assertThat(org.scplan.budget.BudgetMonitoring.allIn(plan)).hasSize(1);
    assertThat(org.scplan.performance.IndicatorSet.allIn(plan)).hasSize(2);
    assertThat(org.scplan.risk.RiskRegister.allIn(plan)).hasSize(1);
    assertThat(plan.section(budgets.get(1).id(), org.scplan.budget.BudgetProfile.class)).contains(budgets.get(1));
    assertThat(plan.section(budgets.get(1).id(), org.scplan.risk.RiskRegister.class)).isEmpty();
    assertThat(org.scplan.risk.RiskRegister.allIn(ScplanJson.standard().readPlan(ExamplePlans.KENT_LDMH_2013_14)))
        .isEmpty();
  }
}
