package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.PlanDate;
import org.scplan.core.PlanRules;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;

/** The register's checks, one rule at a time, with the boundaries of the date rules. */
class RegisterChecksTest {
  private static final LocalDate AS_OF = LocalDate.of(2018, 10, 1);

  /** A risk that passes every check: rated, owned, a lowered target with an action behind it. */
  private static Risk.Builder sound() {
    return Risk.builder().reference("AH0005").title("Financial pressures")
        .description("Current pressures on public sector funding")
        .owner("Corporate Director").inherent(Rating.of(5, 5)).current(Rating.of(4, 5)).target(Rating.of(3, 4))
        .addAction(RiskAction.of("Deliver the savings plan", "Director of Finance", "March 2019"));
  }

  private static RiskRegister register(Risk... risks) {
    return RiskRegister.builder().id("dir").title("Directorate Risk Register").matrix(RiskMatrices.kent5x5())
        .addRisks(risks).build();
  }

  private static List<Finding> findings(Risk risk, String code) {
    return register(risk).validate(AS_OF).withCode(code);
  }

  @Test
  void aSoundRiskHasNoFindings() {
    assertThat(register(sound().build()).validate(AS_OF).isEmpty()).isTrue();
  }

  /** A risk rated only as registers often print it: a score, a level, or both. */
  private static Risk.Builder printed(String current, String target) {
    return Risk.builder().reference("CRR1").title("Market sustainability").owner("Director")
        .currentAsPrinted(parse(current)).targetAsPrinted(parse(target));
  }

  private static PrintedRating parse(String printed) {
    String[] p = printed.split(" ", 2);
    return PrintedRating.of(java.util.OptionalInt.of(Integer.parseInt(p[0])),
        p.length > 1 ? java.util.Optional.of(p[1]) : java.util.Optional.empty(), printed);
  }

  @Test
  void aPrintedScoreIsCheckedAgainstTheMatrixWithoutLikelihoodOrImpact() {
    assertThat(register(printed("20 High", "12 Medium").build()).validate(AS_OF).errors()).isEmpty();
    assertThat(findings(printed("20", "15").build(), RiskRules.RATING_MISSING)).isEmpty();
    // 7, 11 and 13 are no product of two levels from 1 to 5.
    for (int impossible : new int[] {7, 11, 13, 14, 17, 18, 19, 21, 24}) {
      assertThat(findings(printed(String.valueOf(impossible), "1").build(), RiskRules.SCORE_IMPOSSIBLE))
          .as("score %s", impossible).hasSize(1);
    }
    for (int possible : new int[] {1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25}) {
      assertThat(findings(printed(String.valueOf(possible), "1").build(), RiskRules.SCORE_IMPOSSIBLE))
          .as("score %s", possible).isEmpty();
    }
    assertThat(findings(printed("12 High", "6").build(), RiskRules.SCORE_LEVEL_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.expected()).contains("Medium"));
    assertThat(findings(printed("16", "20").build(), RiskRules.TARGET_SCORE_ABOVE_CURRENT)).hasSize(1);
    assertThat(findings(printed("16", "16").build(), RiskRules.TARGET_SCORE_ABOVE_CURRENT)).isEmpty();
    Risk banded = printed("12 High", "6").currentAsPrinted(parse("12 High").withBand(16, 25)).build();
    assertThat(findings(banded, RiskRules.SCORE_OUTSIDE_BAND)).hasSize(1);
    assertThat(findings(banded, RiskRules.SCORE_LEVEL_MISMATCH)).as("the register's own band decides").isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{1} on {0}")
  @org.junit.jupiter.params.provider.CsvSource({
      // Products of 1 to 5: runs of three or more are written as a range, shorter ones one by one.
      "kent-5x5, 7, '1-6, 8-10, 12, 15, 16, 20, 25'",
      "kent-5x5, 26, '1-6, 8-10, 12, 15, 16, 20, 25'",
      // Sums of 1 to 4 and 1 to 4.
      "example-4x4-additive, 9, '2-8'",
      "example-4x4-additive, 1, '2-8'"})
  void anImpossibleScoreIsReportedWithTheScoresTheMatrixCanGive(String matrix, int score, String scores) {
    RiskRegister r = RiskRegister.builder().id("dir").title("Directorate Risk Register")
        .matrix(RiskMatrices.named(matrix)).addRisk(printed(String.valueOf(score), "1").targetAsPrinted(
            java.util.Optional.empty()).build()).build();
    assertThat(r.validate(AS_OF).withCode(RiskRules.SCORE_IMPOSSIBLE)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("Risk CRR1: Market sustainability: the current score is printed as " + score
          + ", which matrix " + matrix + " cannot give (its scores are " + scores + ")");
      assertThat(f.expected()).contains("one of " + scores);
      assertThat(f.location().field()).contains("current");
    });
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} in a band of 16 to 25: {1} findings")
  @org.junit.jupiter.params.provider.CsvSource({"15, 1", "16, 0", "20, 0", "25, 0"})
  void aScoreMayLieOnEitherEndOfItsPrintedBand(int score, int findings) {
    Risk banded = printed(score + " High", "1").currentAsPrinted(parse(score + " High").withBand(16, 25)).build();
    assertThat(findings(banded, RiskRules.SCORE_OUTSIDE_BAND)).hasSize(findings);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({"20 High, 0", "20 Medium, 1", "20 high, 0", "20 Severe, 0",
      "12 Medium, 0", "12 High, 1"})
  void aLevelPrintedWithTheScoreMustBeTheMatrixsLevelForIt(String current, int findings) {
    assertThat(findings(printed(current, "1").build(), RiskRules.SCORE_LEVEL_MISMATCH)).hasSize(findings);
    // A target printed the same way is checked the same way.
    Risk target = printed("25", current).build();
    assertThat(findings(target, RiskRules.SCORE_LEVEL_MISMATCH)).hasSize(findings)
        .allSatisfy(f -> assertThat(f.location().field()).contains("target"));
  }

  @Test
  void aRatingOffTheMatrixIsAnError() {
    List<Finding> f = findings(sound().current(Rating.of(6, 2)).build(), RiskRules.RATING_OFF_MATRIX);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.message()).isEqualTo("The current rating L6 × I2 is not on matrix kent-5x5 (likelihood 1–5, impact 1–5)");
      assertThat(x.location().path()).containsExactly("Directorate Risk Register", "Risk AH0005: Financial pressures");
      assertThat(x.location().field()).contains("current");
      assertThat(x.actual()).contains("L6 × I2");
    });
  }

  @Test
  void anUnratedRiskIsReportedNotInvented() {
    Risk unrated = Risk.of("AH0001", "New operating model", "Implementation of a new operating model");
    List<Finding> f = findings(unrated, RiskRules.RATING_MISSING);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.message()).isEqualTo("Risk AH0001: New operating model is not rated: it has no inherent, current"
          + " or target rating");
    });
    assertThat(findings(sound().current(java.util.Optional.empty()).build(), RiskRules.RATING_MISSING))
        .singleElement().extracting(Finding::message)
        .isEqualTo("Risk AH0005: Financial pressures is not rated: it has no current rating");
    assertThat(findings(sound().target(java.util.Optional.empty()).build(), RiskRules.RATING_NO_TARGET))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
  }

  @Test
  void aTargetWorseThanCurrentIsAnError() {
    List<Finding> f = findings(sound().target(Rating.of(5, 5)).build(), RiskRules.TARGET_WORSE_THAN_CURRENT);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.message()).isEqualTo("The target rating 25 High (L5 × I5) is worse than the current rating"
          + " 20 High (L4 × I5)");
      assertThat(x.expected()).contains("no worse than 20 High (L4 × I5)");
      assertThat(x.actual()).contains("25 High (L5 × I5)");
    });
    assertThat(findings(sound().target(Rating.of(5, 4)).build(), RiskRules.TARGET_WORSE_THAN_CURRENT))
        .as("same level and score is not worse").isEmpty();
  }

  @Test
  void aCurrentWorseThanInherentIsAWarning() {
    List<Finding> f = findings(sound().inherent(Rating.of(3, 3)).build(), RiskRules.CURRENT_WORSE_THAN_INHERENT);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.message()).startsWith("The current rating 20 High (L4 × I5) is worse than the inherent rating"
          + " 9 Medium (L3 × I3)");
    });
  }

  @Test
  void aLoweredTargetNeedsAnOpenFurtherAction() {
    Risk noActions = sound().actions(List.of()).build();
    assertThat(findings(noActions, RiskRules.TARGET_WITHOUT_ACTION)).singleElement().extracting(Finding::message)
        .isEqualTo("The target rating 12 Medium (L3 × I4) is below the current rating 20 High (L4 × I5) but no"
            + " further action is recorded to bring it down");
    Risk allDone = sound().actions(List.of(RiskAction.of("Deliver the savings plan", "Director of Finance", "March 2018")
        .withStatus(RiskActionStatus.COMPLETED))).build();
    assertThat(findings(allDone, RiskRules.TARGET_WITHOUT_ACTION)).singleElement().extracting(Finding::message)
        .asString().endsWith("but none of its 1 further actions is planned or in progress to bring it down");
    Risk sameTarget = sound().target(Rating.of(4, 5)).actions(List.of()).build();
    assertThat(findings(sameTarget, RiskRules.TARGET_WITHOUT_ACTION)).isEmpty();
  }

  @Test
  void anOpenRiskNeedsAnOwnerAndSoDoItsOpenActions() {
    assertThat(findings(sound().owner(java.util.Optional.empty()).build(), RiskRules.OWNER_MISSING)).hasSize(1);
    assertThat(findings(sound().owner(java.util.Optional.empty()).status(RiskStatus.CLOSED).actions(List.of()).build(),
        RiskRules.OWNER_MISSING)).isEmpty();
    Risk ownerless = sound().actions(List.of(RiskAction.builder().description("Lobby government").build())).build();
    assertThat(findings(ownerless, RiskRules.ACTION_OWNER_MISSING)).singleElement().satisfies(x -> {
      assertThat(x.message()).isEqualTo("Further action \"Lobby government\" has no owner");
      assertThat(x.location().path()).endsWith("Further action 1");
    });
  }

  @Test
  void anActionIsOverdueOnlyAfterTheLastDayItsDueDateCanMean() {
    Risk risk = sound().build(); // due March 2019
    RiskRegister r = register(risk);
    assertThat(r.validate(LocalDate.of(2019, 3, 31)).withCode(RiskRules.ACTION_OVERDUE)).isEmpty();
    assertThat(r.validate(LocalDate.of(2019, 4, 1)).withCode(RiskRules.ACTION_OVERDUE)).singleElement()
        .satisfies(x -> {
          assertThat(x.message()).isEqualTo("Further action \"Deliver the savings plan\" was due by March 2019 and is"
              + " still planned as of 2019-04-01");
          assertThat(x.expected()).contains("done by 2019-03-31");
        });
    RiskRegister done = register(sound().actions(List.of(risk.actions().get(0).withStatus(RiskActionStatus.COMPLETED)))
        .target(Rating.of(4, 5)).build());
    assertThat(done.validate(LocalDate.of(2020, 1, 1)).withCode(RiskRules.ACTION_OVERDUE)).isEmpty();
    RiskRegister ongoing = register(sound().actions(List.of(RiskAction.of("Monitor demand", "Head of Service",
        "Ongoing"))).build());
    assertThat(ongoing.validate(LocalDate.of(2030, 1, 1)).withCode(RiskRules.ACTION_OVERDUE)).isEmpty();
  }

  @Test
  void aReviewIsOverdueTheDayAfterTheNextWasDue() {
    Risk reviewed = sound().lastReviewed(PlanDate.parse("March 2018")).build();
    RiskRegister quarterly = register(reviewed).withAsAt(LocalDate.of(2018, 6, 30));
    assertThat(RiskRegister.builder().from(quarterly).reviewFrequency(ReviewFrequency.QUARTERLY).build()
        .validate(LocalDate.of(2018, 6, 30)).withCode(RiskRules.REVIEW_OVERDUE)).isEmpty();
    List<Finding> late = RiskRegister.builder().from(quarterly).reviewFrequency(ReviewFrequency.QUARTERLY).build()
        .validate(LocalDate.of(2018, 7, 1)).withCode(RiskRules.REVIEW_OVERDUE);
    assertThat(late).singleElement().satisfies(x -> assertThat(x.message()).isEqualTo("Risk AH0005: Financial"
        + " pressures was last reviewed March 2018 and is reviewed quarterly, so its next review was due by"
        + " 2018-06-30, before 2018-07-01"));
    Risk annual = sound().lastReviewed(PlanDate.parse("March 2018")).reviewFrequency(ReviewFrequency.ANNUALLY).build();
    assertThat(RiskRegister.builder().from(register(annual)).reviewFrequency(ReviewFrequency.QUARTERLY).build()
        .validate(LocalDate.of(2018, 7, 1)).withCode(RiskRules.REVIEW_OVERDUE)).as("the risk's own frequency wins")
        .isEmpty();
    assertThat(register(reviewed).validate(LocalDate.of(2030, 1, 1)).withCode(RiskRules.REVIEW_OVERDUE))
        .as("no frequency, nothing to judge").isEmpty();
  }

  @Test
  void datesAreJudgedOnlyAgainstAnExplicitDate() {
    Risk risk = sound().actions(List.of(RiskAction.of("Deliver the savings plan", "Director of Finance", "March 2001")))
        .build();
    ValidationReport undated = register(risk).validate();
    assertThat(undated.codes()).containsExactly(RiskRules.REGISTER_UNDATED);
    assertThat(register(risk).withAsAt(LocalDate.of(2018, 4, 1)).validate().codes())
        .containsExactly(RiskRules.ACTION_OVERDUE);
    assertThat(register(risk).validate(AS_OF).codes()).containsExactly(RiskRules.ACTION_OVERDUE);
  }

  @Test
  void duplicateReferencesAreAnError() {
    List<Finding> f = register(sound().build(), sound().title("Budget").build()).validate(AS_OF)
        .withCode(RiskRules.REFERENCE_DUPLICATE);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).isEqualTo("Reference AH0005 is used by risk 1 and again by risk 2 of the register");
      assertThat(x.location().path()).containsExactly("Directorate Risk Register", "Risk AH0005: Budget");
    });
  }

  @Test
  void aClosedRiskStillCarryingOpenActions() {
    List<Finding> f = findings(sound().status(RiskStatus.CLOSED).build(), RiskRules.CLOSED_WITH_OPEN_ACTIONS);
    assertThat(f).singleElement().extracting(Finding::message)
        .isEqualTo("Risk AH0005: Financial pressures is closed but 1 further action is still planned or in progress");
    assertThat(findings(sound().status(RiskStatus.CLOSED).build(), RiskRules.ACTION_OVERDUE)).isEmpty();
  }

  @Test
  void escalationHistoryMustFollowOn() {
    Risk moved = sound().addEscalation(Escalation.of("June 2017", RegisterLevel.DIRECTORATE, RegisterLevel.CORPORATE))
        .addEscalation(Escalation.of("March 2017", RegisterLevel.DIVISION, RegisterLevel.DIRECTORATE)).build();
    assertThat(findings(moved, RiskRules.ESCALATION_INCONSISTENT)).extracting(Finding::message).containsExactly(
        "The risk moved from the Division register on March 2017, but its previous move (June 2017) put it on the"
            + " Corporate register",
        "The move of March 2017 is listed after the move of June 2017: moves are listed oldest first");
    assertThat(moved.movedTo()).contains(RegisterLevel.DIRECTORATE);
    assertThat(moved.escalations().get(0).isEscalation()).isTrue();
  }

  @Test
  void aMistypedDueDateIsReportedWithTheKernelsCode() {
    Risk risk = sound().actions(List.of(RiskAction.of("Deliver the savings plan", "Director of Finance", "Mrch 2019")))
        .build();
    assertThat(findings(risk, PlanRules.DATE_UNREADABLE)).singleElement()
        .satisfies(x -> assertThat(x.location().field()).contains("due"));
  }

  @Test
  void aPlanRunsTheRegistersChecks() {
    BusinessPlan plan = BusinessPlan.builder().title("Directorate Business Plan 2018-19")
        .unit(OrgUnit.of("asch", "Adult Social Care and Health", OrgLevel.DIRECTORATE)).year(FinancialYear.of(2018))
        .build().withSection(register(sound().target(Rating.of(5, 5)).build()));
    assertThat(plan.validate().codes())
        .containsExactly(RiskRules.TARGET_WORSE_THAN_CURRENT, RiskRules.REGISTER_UNDATED);
    assertThat(plan.sections(RiskRegister.class)).hasSize(1);
  }
}
