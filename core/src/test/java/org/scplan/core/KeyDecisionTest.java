package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class KeyDecisionTest {

  @Test
  void aDecisionAsSeed002PrintsIt() {
    KeyDecision d = KeyDecision.of("1", "Change to the supply, procurement and delivery of day services", true);
    assertThat(d.inForwardPlan()).contains(true);
    assertThat(d).hasToString("Decision 1: Change to the supply, procurement and delivery of day services"
        + " (in forward plan: yes)");
    assertThat(KeyDecision.of("1", "Associated with service review recommendations", false))
        .hasToString("Decision 1: Associated with service review recommendations (in forward plan: no)");
    assertThat(KeyDecision.builder().description("Unstated").build()).hasToString("Decision Unstated");
  }

  @Test
  void aDescriptionIsRequired() {
    assertThatThrownBy(() -> KeyDecision.of("1", "", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A key decision's description is blank");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(KeyDecision.of("1", "x", true), KeyDecision.of("1", "x", true))
        .addEqualityGroup(KeyDecision.of("1", "x", false))
        .addEqualityGroup(KeyDecision.builder().number("1").description("x").build())
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(KeyDecision.class);
  }
}
