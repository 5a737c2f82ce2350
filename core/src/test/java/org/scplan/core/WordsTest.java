package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one way every module reads enum words: names and aliases, ignoring case and punctuation. */
class WordsTest {
  enum Status { IN_PROGRESS, DONE }

  @Test
  void namesAndAliasesAreReadIgnoringCaseAndPunctuation() {
    Map<String, Status> aliases = Map.of("complete", Status.DONE);
    assertThat(Words.parse(Status.class, aliases, " In-Progress ", "a status", "in progress or done"))
        .isEqualTo(Status.IN_PROGRESS);
    assertThat(Words.parse(Status.class, aliases, "in_progress", "a status", "in progress or done"))
        .isEqualTo(Status.IN_PROGRESS);
    assertThat(Words.parse(Status.class, aliases, "COMPLETE", "a status", "in progress or done"))
        .isEqualTo(Status.DONE);
    assertThatThrownBy(() -> Words.parse(Status.class, aliases, "stalled", "a status", "in progress or done"))
        .isInstanceOf(ValueParseException.class).hasMessageContaining("stalled")
        .hasMessageContaining("in progress or done");
    assertThat(Words.label(Status.IN_PROGRESS)).isEqualTo("In progress");
  }

  @Test
  void theKernelsEnumsReadTheirWordsThroughIt() {
    assertThat(Rag.parse("g")).isEqualTo(Rag.GREEN);
    assertThat(Rag.parse(" Amber ")).isEqualTo(Rag.AMBER);
    assertThat(Polarity.parse("Lower-is-better")).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(Polarity.parse("n/a")).isEqualTo(Polarity.NONE);
    assertThatThrownBy(() -> Rag.parse("purple")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("RED, AMBER or GREEN (or R, A, G)");
  }
}
