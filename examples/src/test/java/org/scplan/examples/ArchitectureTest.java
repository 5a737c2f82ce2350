package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of ARCHITECTURE.md hold for scplan's own code (every module's main classes). */
class ArchitectureTest {
  private static JavaClasses scplan;

  @BeforeAll
  static void importScplan() {
    scplan = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.scplan");
  }

  /** Guards against a vacuous pass: the rules below must see every module's classes. */
  @Test
  void everyModuleIsOnTheClasspath() {
    for (String module : new String[] {"core", "budget", "performance", "risk", "json", "csv", "sheets", "examples"}) {
      assertThat(scplan.stream().anyMatch(c -> c.getPackageName().startsWith("org.scplan." + module)))
          .as("classes of module %s imported", module)
          .isTrue();
    }
  }

  @Test
  void scplanKeepsEveryRule() {
    for (Map.Entry<String, ArchRule> rule : ScplanArchitecture.rules("org.scplan").entrySet()) {
      EvaluationResult result = rule.getValue().evaluate(scplan);
      assertThat(result.hasViolation())
          .as("%s:%n%s", rule.getKey(), String.join("\n", result.getFailureReport().getDetails()))
          .isFalse();
    }
  }
}
