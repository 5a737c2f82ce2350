package org.scplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The laws of {@link Text#grouped}: the same number, its whole part in groups of three. */
class TextProperties {

  @Property(tries = 2000)
  void groupedIsThePlainNumberWithCommasBetweenGroupsOfThree(@ForAll BigInteger unscaled,
      @ForAll @IntRange(min = -6, max = 12) int scale) {
    BigDecimal value = new BigDecimal(unscaled, scale);
    String grouped = Text.grouped(value);

    assertThat(new BigDecimal(grouped.replace(",", ""))).isEqualTo(value.setScale(Math.max(scale, 0)));
    String digits = grouped.startsWith("-") ? grouped.substring(1) : grouped;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String[] groups = whole.split(",", -1);
    assertThat(groups[0]).hasSizeBetween(1, 3);
    for (int i = 1; i < groups.length; i++) {
      assertThat(groups[i]).hasSize(3);
    }
    assertThat(dot < 0 ? 0 : digits.length() - dot - 1).isEqualTo(Math.max(scale, 0));
    assertThat(grouped.startsWith("-")).isEqualTo(value.signum() < 0);
  }
}
