package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves each architecture rule fails when broken: the fixture under {@code fixture.arch} breaks
 * every rule on purpose (core depends on budget, budget on performance, core uses Jackson and
 * double, core and core.internal form a cycle, a public method returns a public Immutable* type,
 * json uses budget's internal package, a section does not show itself, the command writes JSON of
 * its own).
 */
class ArchitectureRulesBiteTest {
  private static JavaClasses fixture;

  @BeforeAll
  static void importFixture() {
    fixture = new ClassFileImporter().importPackages("fixture.arch");
  }

  @Test
  void fixtureIsImported() {
    assertThat(fixture.stream().map(c -> c.getSimpleName()))
        .contains("BadMoney", "BudgetThing", "Kpi", "Helper", "ImmutableThing", "Thing", "UsesBudgetInternal",
            "SilentSection", "OwnJsonWriter");
  }

  @Test
  void everyRuleFailsOnTheFixture() {
    for (Map.Entry<String, ArchRule> rule : ScplanArchitecture.rules("fixture.arch").entrySet()) {
      EvaluationResult result = rule.getValue().evaluate(fixture);
      assertThat(result.hasViolation()).as("rule %s catches the fixture", rule.getKey()).isTrue();
    }
  }

  @Test
  void theModuleRuleNamesTheForbiddenDependencies() {
    String report = String.join("\n",
        ScplanArchitecture.moduleDependencies("fixture.arch").evaluate(fixture).getFailureReport().getDetails());
    assertThat(report).contains("BadMoney").contains("BudgetThing").contains("Kpi");
  }

  @Test
  void theMoneyRuleNamesTheDoubleField() {
    String report = String.join("\n",
        ScplanArchitecture.noFloatingPointInMoney("fixture.arch").evaluate(fixture).getFailureReport().getDetails());
    assertThat(report).contains("amount").contains("asDouble");
  }

  @Test
  void theInternalsRuleNamesTheClassThatReachesIn() {
    String report = String.join("\n", ScplanArchitecture.internalsStayInTheirModule("fixture.arch").evaluate(fixture)
        .getFailureReport().getDetails());
    assertThat(report).contains("UsesBudgetInternal").contains("an internal class of module budget");
  }

  @Test
  void theSectionRuleNamesTheSectionThatShowsNothing() {
    String report = String.join("\n", ScplanArchitecture.everySectionShowsItself("fixture.arch").evaluate(fixture)
        .getFailureReport().getDetails());
    assertThat(report).contains("SilentSection");
  }
}
