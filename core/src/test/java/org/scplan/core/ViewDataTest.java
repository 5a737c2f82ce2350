package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A section's view as data, and the view a section without one gives. */
class ViewDataTest {

  @Test
  void fieldsKeepTheirOrderAndBlankValuesAreLeftOut() {
    ViewData inner = ViewData.builder().put("line", "Total").build();
    ViewData data = ViewData.builder().put("relations", 262).put("consistent", true).put("unit", "£'000")
        .put("printed", new BigDecimal("1234.50")).put("missing", (String) null).put("empty", "")
        .put("mismatches", List.of(inner)).put("counts", List.of(1, 2)).build();

    assertThat(data.fields().keySet()).containsExactly("relations", "consistent", "unit", "printed", "mismatches",
        "counts");
    assertThat(data.get("relations")).contains(262L);
    assertThat(data.toString()).isEqualTo(
        "{relations: 262, consistent: true, unit: \"£'000\", printed: 1234.50, mismatches: [{line: \"Total\"}],"
            + " counts: [1, 2]}");
    assertThat(data).isEqualTo(ViewData.builder().put("relations", 262).put("consistent", true).put("unit", "£'000")
        .put("printed", new BigDecimal("1234.50")).put("mismatches", List.of(inner)).put("counts", List.of(1, 2))
        .build());
    assertThatThrownBy(() -> ViewData.builder().put("x", List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Field x");
  }

  @Test
  void aSectionThatDoesNotShowItselfHasAnEmptyView() {
    PlanSection plain = new ReadResultTest.Other("b");
    assertThat(SectionView.of(plain)).isEqualTo(SectionView.empty());
    assertThat(SectionView.empty().lines()).isEmpty();
    assertThat(SectionView.empty().data().fields()).isEmpty();
  }
}
