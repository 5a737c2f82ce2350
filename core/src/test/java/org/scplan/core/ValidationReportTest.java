package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static final Location PRIORITY_1 = Location.of("Priority 1: Prevention");
  private static final Finding END_BEFORE_START = Finding.error(PlanRules.ACTION_END_BEFORE_START,
      PRIORITY_1.child("Action 1.1"), "Action ends (April 2013) before it starts (March 2014)")
      .withValues("end on or after March 2014", "April 2013");
  private static final Finding NO_DUE_DATE = Finding.warning(PlanRules.MILESTONE_NO_DUE_DATE,
      PRIORITY_1.child("Milestone A"), "Milestone \"Review\" has no due date");
  private static final Finding ROUNDING = Finding.info("budget.total.rounding", Location.document(),
      "Gap explained by rounding");
  private static final Finding SECOND_ERROR = Finding.error(PlanRules.ACTION_DUPLICATE_NUMBER,
      PRIORITY_1.child("Action 1.1"), "Action number 1.1 is used by an earlier action of Priority 1: Prevention");

  private static final ValidationReport REPORT = ValidationReport.of(NO_DUE_DATE, END_BEFORE_START, ROUNDING);

  @Test
  void theEmptyReport() {
    ValidationReport empty = ValidationReport.empty();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.isValid()).isTrue();
    assertThat(empty.findings()).isEmpty();
    assertThat(empty.summary()).isEqualTo("0 errors, 0 warnings, 0 infos");
    assertThat(empty).hasToString("0 errors, 0 warnings, 0 infos");
    assertThat(ValidationReport.of(List.of())).isSameAs(empty);
  }

  @Test
  void queries() {
    assertThat(REPORT.findings()).containsExactly(NO_DUE_DATE, END_BEFORE_START, ROUNDING);
    assertThat(REPORT.errors()).containsExactly(END_BEFORE_START);
    assertThat(REPORT.warnings()).containsExactly(NO_DUE_DATE);
    assertThat(REPORT.infos()).containsExactly(ROUNDING);
    assertThat(REPORT.findings(Severity.WARNING)).containsExactly(NO_DUE_DATE);
    assertThat(REPORT.withCode(PlanRules.ACTION_END_BEFORE_START)).containsExactly(END_BEFORE_START);
    assertThat(REPORT.withCode("plan.nothing")).isEmpty();
    assertThat(REPORT.filter(f -> f.location().path().size() > 1)).containsExactly(NO_DUE_DATE, END_BEFORE_START);
    assertThat(REPORT.count(Severity.ERROR)).isEqualTo(1);
    assertThat(REPORT.counts()).isEqualTo(Map.of(Severity.ERROR, 1, Severity.WARNING, 1, Severity.INFO, 1));
    assertThat(REPORT.codes()).containsExactly("budget.total.rounding", "plan.action.end-before-start",
        "plan.milestone.no-due-date");
  }

  @Test
  void validMeansNoErrors() {
    assertThat(REPORT.isValid()).isFalse();
    assertThat(ValidationReport.of(NO_DUE_DATE, ROUNDING).isValid()).isTrue();
    assertThat(ValidationReport.of(NO_DUE_DATE, ROUNDING).isEmpty()).isFalse();
  }

  @Test
  void summaryCountsInTheSingularAndPlural() {
    assertThat(REPORT.summary()).isEqualTo("1 error, 1 warning, 1 info");
    assertThat(ValidationReport.of(END_BEFORE_START, SECOND_ERROR, NO_DUE_DATE, NO_DUE_DATE).summary())
        .isEqualTo("2 errors, 2 warnings, 0 infos");
  }

  @Test
  void plusKeepsTheOrder() {
    ValidationReport more = REPORT.plus(ValidationReport.of(SECOND_ERROR));
    assertThat(more.findings()).containsExactly(NO_DUE_DATE, END_BEFORE_START, ROUNDING, SECOND_ERROR);
    assertThat(REPORT.plus(ValidationReport.empty())).isSameAs(REPORT);
    assertThat(ValidationReport.empty().plus(REPORT)).isSameAs(REPORT);
  }

  @Test
  void relocatedMovesEveryFinding() {
    ValidationReport inFile = REPORT.relocated(l -> l.inFile("ldmh-2013-14.json"));
    assertThat(inFile.findings()).allSatisfy(f -> assertThat(f.location().source()).contains("ldmh-2013-14.json"));
    assertThat(inFile.findings()).extracting(Finding::message)
        .containsExactlyElementsOf(REPORT.findings().stream().map(Finding::message).toList());
  }

  @Test
  void whatItReturnsCannotBeChanged() {
    assertThatThrownBy(() -> REPORT.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> REPORT.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> REPORT.codes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> REPORT.counts().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theFindingsGivenAreCopied() {
    List<Finding> list = new java.util.ArrayList<>(List.of(END_BEFORE_START));
    ValidationReport report = ValidationReport.of(list);
    list.add(NO_DUE_DATE);
    assertThat(report.findings()).containsExactly(END_BEFORE_START);
  }

  @Test
  void toStringIsATableMostSeriousFirst() {
    assertThat(REPORT).hasToString(String.join("\n",
        "1 error, 1 warning, 1 info",
        "SEVERITY CODE                          WHERE                                 MESSAGE",
        "ERROR    plan.action.end-before-start  Priority 1: Prevention › Action 1.1   Action ends (April 2013)"
            + " before it starts (March 2014) (expected end on or after March 2014, actual April 2013)",
        "WARNING  plan.milestone.no-due-date    Priority 1: Prevention › Milestone A  Milestone \"Review\" has"
            + " no due date",
        "INFO     budget.total.rounding         (document)                            Gap explained by rounding"));
  }

  @Test
  void aLongLocationIsCutToTheColumn() {
    Location deep = Location.of("Budget profile 2010-11", "Older People", "Nursing Care").field("GROSS EXPENDITURE");
    String text = ValidationReport.of(Finding.error("budget.total.mismatch", deep, "m")).toString();
    assertThat(text.lines().toList().get(2))
        .isEqualTo("ERROR    budget.total.mismatch  Budget profile 2010-11 › Older People › Nursing…  m");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(REPORT, ValidationReport.of(List.of(NO_DUE_DATE, END_BEFORE_START, ROUNDING)))
        .addEqualityGroup(ValidationReport.of(END_BEFORE_START, NO_DUE_DATE, ROUNDING))
        .addEqualityGroup(ValidationReport.empty(), ValidationReport.of())
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(ValidationReport.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(REPORT);
    assertThatThrownBy(() -> ValidationReport.of(java.util.Arrays.asList(END_BEFORE_START, null)))
        .isInstanceOf(NullPointerException.class);
  }
}
