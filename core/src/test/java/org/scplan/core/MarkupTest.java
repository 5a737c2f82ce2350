package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markup escapes what would be markup, and nothing else. */
class MarkupTest {
  @Test
  void markupIsShownNeverRun() {
    assertThat(Markup.escape("<script>alert('x')</script>")).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(Markup.escape("\"><img src=x onerror=alert(1)>")).isEqualTo("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    assertThat(Markup.escape("A&E £1,234.5m – 78%\u0007")).isEqualTo("A&amp;E £1,234.5m – 78% ");
  }

  @Test
  void textForATerminalShowsEveryControlAndDirectionCharacterEscaped() {
    assertThat(Markup.visible("Roads \u00a3100m \u2013 Total")).isEqualTo("Roads \u00a3100m \u2013 Total");
    assertThat(Markup.visible("A\u0000B\u0007\u001b[31mC\td\ne\r\u007f\u0085"))
        .isEqualTo("A\\u0000B\\u0007\\u001b[31mC\\u0009d\\u000ae\\u000d\\u007f\\u0085");
    assertThat(Markup.visible("\u202eA\u200bB\u2066x\u2069\ufeff\u2028"))
        .isEqualTo("\\u202eA\\u200bB\\u2066x\\u2069\\ufeff\\u2028");
    for (char c = 0; c < 0x20; c++) {
      assertThat(Markup.visible("x" + c)).doesNotContain(String.valueOf(c)).hasSize(7);
    }
  }
}
