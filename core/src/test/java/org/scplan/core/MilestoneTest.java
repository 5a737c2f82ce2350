package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class MilestoneTest {

  @Test
  void aMilestoneAsSeed002PrintsIt() {
    Milestone m = Milestone.of("C", "Mental Health Short Term Recovery Model implemented", "Sept 2013");
    assertThat(m.letter()).contains("C");
    assertThat(m.due()).contains(PlanDate.parse("Sept 2013"));
    assertThat(m).hasToString("Milestone C: Mental Health Short Term Recovery Model implemented (due Sept 2013)");
    assertThat(Milestone.builder().description("No letter, no date").build()).hasToString("Milestone No letter, no date");
  }

  @Test
  void aDescriptionIsRequired() {
    assertThatThrownBy(() -> Milestone.of("A", " ", "Jan 2014"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A milestone's description is blank (letter A)");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Milestone.of("A", "Review", "Jan 2014"), Milestone.of("A", "Review", " Jan  2014"))
        .addEqualityGroup(Milestone.of("A", "Review", "January 2014"))
        .addEqualityGroup(Milestone.of("B", "Review", "Jan 2014"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(Milestone.class);
  }
}
