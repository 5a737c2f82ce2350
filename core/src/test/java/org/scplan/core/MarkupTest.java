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
}
