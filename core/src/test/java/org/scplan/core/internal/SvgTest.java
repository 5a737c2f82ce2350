package org.scplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SVG writer's coordinates and escaping. */
class SvgTest {
  @Test
  void coordinatesAreTenthsWithNoLocale() {
    assertThat(Svg.tenths(123)).isEqualTo("12.3");
    assertThat(Svg.tenths(120)).isEqualTo("12");
    assertThat(Svg.tenths(0)).isEqualTo("0");
    assertThat(Svg.tenths(-5)).isEqualTo("-0.5");
    assertThat(Svg.tenths(-15)).isEqualTo("-1.5");
    assertThat(Svg.tenths(-20)).isEqualTo("-2");
  }

  @Test
  void everyTextIsEscapedAndControlCharactersDropped() {
    assertThat(Svg.escape("<a href=\"x\">'&'</a>\u0001")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; ");
    String doc = new Svg(10, 10, "c\"", "<t>", "d&").text("text", "<script>", "class", "\"><img").end();
    assertThat(doc).doesNotContain("<script").doesNotContain("<img").doesNotContain("<t>").endsWith("</svg>\n");
  }
}
