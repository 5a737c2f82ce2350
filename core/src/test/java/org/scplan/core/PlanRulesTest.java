package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

  @Test
  void everyCodeIsAValidDistinctPlanCode() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field f : PlanRules.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        codes.add((String) f.get(null));
      }
    }
    assertThat(codes).hasSize(10).doesNotHaveDuplicates().allSatisfy(code -> {
      assertThat(code).startsWith("plan.");
      // Finding refuses a malformed code, so building one proves the format.
      assertThat(Finding.error(code, Location.document(), "m").code()).isEqualTo(code);
    });
  }
}
