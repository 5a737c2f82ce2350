package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class PriorityTest {

  @Test
  void aPriorityAsSeed002PrintsIt() {
    Priority p = Priority.builder().number("1").title("Prevention")
        .description("Promote enablement, the use of assistive technology and community based interventions")
        .addAction(Action.builder().number("1").description("Heading").addAction(Action.of("1.1", "Sub")).build())
        .addAction(Action.of("2.1", "Improve early public access"))
        .addMilestone(Milestone.of("A", "Review Supporting Independence Pilot in Dover/Thanet", "Jan 2014"))
        .addKeyDecision(KeyDecision.of("1", "Change to the supply of day services", true))
        .build();
    assertThat(p.label()).isEqualTo("Priority 1: Prevention");
    assertThat(p.allActions()).extracting(a -> a.number().orElseThrow()).containsExactly("1", "1.1", "2.1");
    assertThat(p).hasToString("Priority 1: Prevention (3 actions, 1 milestones, 1 key decisions)");
  }

  @Test
  void anUnnumberedTheme() {
    Priority theme = Priority.builder().title("Budget").build();
    assertThat(theme.number()).isEmpty();
    assertThat(theme.label()).isEqualTo("Priority Budget");
    assertThat(Priority.of("2", "Productivity").label()).isEqualTo("Priority 2: Productivity");
  }

  @Test
  void aTitleIsRequired() {
    assertThatThrownBy(() -> Priority.of("1", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A priority's title is blank (number 1)");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Priority.of("1", "Prevention"), Priority.builder().number("1").title("Prevention").build())
        .addEqualityGroup(Priority.of("2", "Prevention"))
        .addEqualityGroup(Priority.builder().title("Prevention").build())
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(Priority.class);
  }
}
