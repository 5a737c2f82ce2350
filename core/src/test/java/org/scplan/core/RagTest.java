package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scplan.core.Rag.AMBER;
import static org.scplan.core.Rag.GREEN;
import static org.scplan.core.Rag.RED;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RagTest {

  @Test
  void worstFirst() {
    assertThat(Rag.values()).containsExactly(RED, AMBER, GREEN);
    assertThat(RED).isLessThan(AMBER);
    assertThat(AMBER).isLessThan(GREEN);
  }

  @Test
  void betterAndWorse() {
    assertThat(GREEN.isBetterThan(AMBER)).isTrue();
    assertThat(AMBER.isBetterThan(RED)).isTrue();
    assertThat(AMBER.isBetterThan(AMBER)).isFalse();
    assertThat(RED.isBetterThan(GREEN)).isFalse();
    assertThat(RED.isWorseThan(AMBER)).isTrue();
    assertThat(GREEN.isWorseThan(GREEN)).isFalse();
  }

  @Test
  void worstOf() {
    // Seed 003, 5.3: 25 actions completed (GREEN) and 80 on course (AMBER) roll up to AMBER.
    assertThat(Rag.worstOf(List.of(GREEN, AMBER, GREEN))).contains(AMBER);
    assertThat(Rag.worstOf(List.of(GREEN, RED, AMBER))).contains(RED);
    assertThat(Rag.worstOf(List.of(GREEN))).contains(GREEN);
    assertThat(Rag.worstOf(List.of())).isEmpty();
    assertThatThrownBy(() -> Rag.worstOf(Arrays.asList(GREEN, null))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rag.worstOf(Arrays.asList((Rag) null))).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @CsvSource({"RED, RED", "red, RED", "R, RED", "' Amber ', AMBER", "a, AMBER", "Green, GREEN", "G, GREEN"})
  void parseReadsNamesAndInitials(String text, Rag rag) {
    assertThat(Rag.parse(text)).isEqualTo(rag);
  }

  @Test
  void parseRefusesWhatIsNotARating() {
    assertThatThrownBy(() -> Rag.parse("Blue"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("Cannot read \"Blue\" as a RAG rating: expected RED, AMBER or GREEN (or R, A, G)");
    assertThatThrownBy(() -> Rag.parse("")).isInstanceOf(ValueParseException.class);
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(Rag.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(AMBER);
  }
}
