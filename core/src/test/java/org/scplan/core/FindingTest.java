package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingTest {

  private static final Location AT = Location.of("Priority 1: Prevention", "Action 1.1").field("end");

  @Test
  void factoriesSetTheSeverity() {
    assertThat(Finding.error("plan.action.end-before-start", AT, "m").severity()).isEqualTo(Severity.ERROR);
    assertThat(Finding.warning("plan.date.unreadable", AT, "m").severity()).isEqualTo(Severity.WARNING);
    assertThat(Finding.info("budget.total.rounding", AT, "m").severity()).isEqualTo(Severity.INFO);
    Finding f = Finding.of("budget.total.mismatch", Severity.ERROR, AT, "Total does not add up");
    assertThat(f.code()).isEqualTo("budget.total.mismatch");
    assertThat(f.location()).isEqualTo(AT);
    assertThat(f.message()).isEqualTo("Total does not add up");
    assertThat(f.expected()).isEmpty();
    assertThat(f.actual()).isEmpty();
  }

  @Test
  void severitiesMostSeriousFirst() {
    assertThat(Severity.values()).containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan.action.end-before-start", "budget.total.mismatch", "json.io", "risk.rating.5x5",
      "plan.milestone.no-due-date"})
  void codesAreLowerCaseWordsModuleFirst(String code) {
    assertThat(Finding.error(code, AT, "m").code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plan", "end-before-start", "Plan.action", "plan..action", "plan.", ".plan",
      "plan action", "plan_action", "plan.-action", "plan.action-", "plän.action"})
  void malformedCodesAreRefused(String code) {
    assertThatThrownBy(() -> Finding.error(code, AT, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid rule code (lower case words separated by dots or hyphens, module first, such as"
            + " budget.total.mismatch): " + code);
  }

  @Test
  void aMessageIsRequired() {
    assertThatThrownBy(() -> Finding.error("plan.x", AT, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A finding needs a message (rule plan.x)");
  }

  @Test
  void withValuesAndWithLocation() {
    Finding f = Finding.error("plan.action.end-before-start", AT, "Action ends (April 2013) before it starts")
        .withValues("end on or after March 2014", "April 2013");
    assertThat(f.expected()).contains("end on or after March 2014");
    assertThat(f.actual()).contains("April 2013");
    Finding moved = f.withLocation(AT.inFile("ldmh-2013-14.json"));
    assertThat(moved.location().source()).contains("ldmh-2013-14.json");
    assertThat(moved.expected()).isEqualTo(f.expected());
  }

  @Test
  void toStringReadsAsOneLine() {
    Finding f = Finding.error("plan.action.end-before-start", AT, "Action ends (April 2013) before it starts (March 2014)");
    assertThat(f).hasToString("ERROR plan.action.end-before-start at Priority 1: Prevention › Action 1.1 [end]:"
        + " Action ends (April 2013) before it starts (March 2014)");
    assertThat(f.withValues("end on or after March 2014", "April 2013")).hasToString(
        "ERROR plan.action.end-before-start at Priority 1: Prevention › Action 1.1 [end]:"
            + " Action ends (April 2013) before it starts (March 2014)"
            + " (expected end on or after March 2014, actual April 2013)");
    assertThat(Finding.builder().code("plan.x").severity(Severity.INFO).location(Location.document())
        .message("Only the actual").actual("42").build())
        .hasToString("INFO plan.x at (document): Only the actual (expected -, actual 42)");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Finding.error("plan.x", AT, "m"), Finding.of("plan.x", Severity.ERROR, AT, "m"))
        .addEqualityGroup(Finding.warning("plan.x", AT, "m"))
        .addEqualityGroup(Finding.error("plan.y", AT, "m"))
        .addEqualityGroup(Finding.error("plan.x", Location.document(), "m"))
        .addEqualityGroup(Finding.error("plan.x", AT, "n"))
        .addEqualityGroup(Finding.error("plan.x", AT, "m").withValues("1", "2"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(Finding.class);
    assertThatThrownBy(() -> Finding.error("plan.x", AT, "m").withValues(null, "2"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Finding.error("plan.x", AT, "m").withLocation(null))
        .isInstanceOf(NullPointerException.class);
  }
}
