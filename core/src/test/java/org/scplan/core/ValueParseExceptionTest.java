package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueParseExceptionTest {

  @Test
  void theMessageNamesWhatQuotesTheTextAndSaysWhere() {
    ValueParseException e = new ValueParseException("an amount", "12,34x", 5, "three digits after a thousands separator");
    assertThat(e).hasMessage("Cannot read \"12,34x\" as an amount: expected three digits after a thousands"
        + " separator at position 6");
    assertThat(e.text()).isEqualTo("12,34x");
    assertThat(e.errorIndex()).isEqualTo(5);
    assertThat(e.expected()).isEqualTo("three digits after a thousands separator");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutAPositionTheMessageSaysNone() {
    assertThat(new ValueParseException("an amount", "TBC", -1, "a figure"))
        .hasMessage("Cannot read \"TBC\" as an amount: expected a figure");
    // A position past the end of the text names no position either.
    assertThat(new ValueParseException("an amount", "TBC", 9, "a figure"))
        .hasMessage("Cannot read \"TBC\" as an amount: expected a figure");
    assertThat(new ValueParseException("an amount", "TBC", 3, "more"))
        .hasMessage("Cannot read \"TBC\" as an amount: expected more at position 4");
  }

  @Test
  void longTextIsAbbreviatedAndControlCharactersAreEscaped() {
    String text = "x".repeat(100);
    assertThat(new ValueParseException("an amount", text, -1, "a figure"))
        .hasMessage("Cannot read \"" + "x".repeat(60) + "…\" (100 characters) as an amount: expected a figure");
    assertThat(new ValueParseException("an amount", "a\"b\n\tc\u0001", -1, "a figure"))
        .hasMessage("Cannot read \"a\\\"b\\n\\tc\\u0001\" as an amount: expected a figure");
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicConstructors(ValueParseException.class);
  }
}
