package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import org.junit.jupiter.api.Test;

class RagStatusTest {

  @Test
  void rated() {
    RagStatus green = RagStatus.of(Rag.GREEN);
    assertThat(green.isRated()).isTrue();
    assertThat(green.rag()).contains(Rag.GREEN);
    assertThat(green.reason()).isEmpty();
    assertThat(green).hasToString("GREEN");
    assertThat(RagStatus.of(Rag.GREEN)).isSameAs(green);
    assertThat(RagStatus.of(Rag.RED)).hasToString("RED");
    assertThat(RagStatus.of(Rag.AMBER)).hasToString("AMBER");
  }

  @Test
  void notRatedSaysWhy() {
    // Seed 000, section 5: indicators with no target yet cannot be rated.
    RagStatus status = RagStatus.notRated("no target set for 2010-11");
    assertThat(status.isRated()).isFalse();
    assertThat(status.rag()).isEmpty();
    assertThat(status.reason()).contains("no target set for 2010-11");
    assertThat(status).hasToString("not rated: no target set for 2010-11");
  }

  @Test
  void aReasonIsRequired() {
    assertThatThrownBy(() -> RagStatus.notRated("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A reason for not rating is required");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(RagStatus.of(Rag.GREEN), RagStatus.of(Rag.GREEN))
        .addEqualityGroup(RagStatus.of(Rag.AMBER))
        .addEqualityGroup(RagStatus.notRated("baseline year"), RagStatus.notRated("baseline year"))
        .addEqualityGroup(RagStatus.notRated("no result"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(RagStatus.class);
  }

  @Test
  void serialisesToAnEqualStatus() {
    SerializableTester.reserializeAndAssert(RagStatus.notRated("baseline year"));
    SerializableTester.reserializeAndAssert(RagStatus.of(Rag.RED));
  }
}
