package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ActionTest {

  // Seed 002, Priority 1, action 1.1.
  private static final Action ACTION_1_1 = Action.builder().number("1.1")
      .description("Delivery of the Supporting Independence pilot for adults with learning disabilities")
      .addAccountableOfficer("Chris Beaney").addAccountableOfficer("Mark Walker")
      .start(PlanDate.parse("April 2013")).end(PlanDate.parse("March 2014"))
      .build();

  @Test
  void anActionAsPublished() {
    assertThat(ACTION_1_1.number()).contains("1.1");
    assertThat(ACTION_1_1.accountableOfficers()).containsExactly("Chris Beaney", "Mark Walker");
    assertThat(ACTION_1_1.start()).contains(PlanDate.parse("April 2013"));
    assertThat(ACTION_1_1.end()).contains(PlanDate.parse("March 2014"));
    assertThat(ACTION_1_1.deliverables()).isEmpty();
    assertThat(ACTION_1_1).hasToString("Action 1.1: Delivery of the Supporting Independence pilot for adults with"
        + " learning disabilities (Chris Beaney, Mark Walker)");
  }

  @Test
  void subActionsFlattenDepthFirst() {
    Action heading = Action.builder().number("4").description("Work with KMPT")
        .addAction(Action.builder().number("4.1").description("Supervision")
            .addAction(Action.of("4.1.1", "Training")).build())
        .addAction(Action.of("4.2", "FACS assessments"))
        .build();
    assertThat(heading.flatten()).extracting(a -> a.number().orElseThrow())
        .containsExactly("4", "4.1", "4.1.1", "4.2");
    assertThat(heading).hasToString("Action 4: Work with KMPT [2 sub-actions]");
    assertThat(Action.of("Unnumbered work")).hasToString("Action Unnumbered work");
  }

  @Test
  void aDescriptionIsRequired() {
    assertThatThrownBy(() -> Action.of("1.1", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An action's description is blank (number 1.1)");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Action.of("1.1", "x"), Action.builder().number("1.1").description("x").build())
        .addEqualityGroup(Action.of("1.2", "x"))
        .addEqualityGroup(Action.of("x"))
        .addEqualityGroup(ACTION_1_1)
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(Action.class);
  }
}
