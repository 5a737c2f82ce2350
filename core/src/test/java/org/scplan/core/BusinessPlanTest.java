package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessPlanTest {

  private static final FinancialYear FY_2013 = FinancialYear.of(2013);

  private static BusinessPlan.Builder plan() {
    return Testers.plan();
  }

  private static Priority.Builder priority(String number) {
    return Priority.builder().number(number).title("Theme " + number);
  }

  private static Action action(String number, String start, String end) {
    return Action.builder().number(number).description("Action " + number)
        .start(PlanDate.parse(start)).end(PlanDate.parse(end)).build();
  }

  private static ValidationReport validate(Priority... priorities) {
    return plan().addPriorities(priorities).build().validate();
  }

  /** A section that reports one finding, or fails in a chosen way. */
  record TestSection(String id, String kind, String title, Finding finding, RuntimeException failure,
      boolean returnsNull) implements PlanSection {
    static TestSection finding(String id, Finding finding) {
      return new TestSection(id, "test", "Section " + id, finding, null, false);
    }

    static TestSection failing(String id, RuntimeException failure) {
      return new TestSection(id, "test", "Section " + id, null, failure, false);
    }

    @Override
    public ValidationReport validate() {
      return validate(null);
    }

    @Override
    public ValidationReport validate(BusinessPlan plan) {
      if (failure != null) {
        throw failure;
      }
      if (returnsNull) {
        return null;
      }
      return finding == null ? ValidationReport.empty() : ValidationReport.of(finding);
    }
  }

  /** A section whose id cannot even be read. */
  static final class NamelessSection implements PlanSection {
    @Override
    public String id() {
      throw new IllegalStateException("no id");
    }

    @Override
    public String kind() {
      return "test";
    }

    @Override
    public String title() {
      return "Nameless";
    }

    @Override
    public ValidationReport validate() {
      return ValidationReport.empty();
    }

    @Override
    public ValidationReport validate(BusinessPlan plan) {
      return validate();
    }
  }

  @Nested
  class TheModel {
    @Test
    void aMinimalPlan() {
      BusinessPlan p = plan().build();
      assertThat(p.title()).isEqualTo("Learning Disability/Mental Health Divisional Business Plan 2013-14");
      assertThat(p.unit()).isEqualTo(Testers.LDMH);
      assertThat(p.year()).isEqualTo(FY_2013);
      assertThat(p.lastYear()).isEmpty();
      assertThat(p.years()).containsExactly(FY_2013);
      assertThat(p.priorities()).isEmpty();
      assertThat(p.sections()).isEmpty();
      assertThat(p.validate().isEmpty()).isTrue();
    }

    @Test
    void aPlanOverSeveralYears() {
      BusinessPlan p = plan().lastYear(FinancialYear.of(2015)).build();
      assertThat(p.years()).extracting(FinancialYear::toString).containsExactly("2013-14", "2014-15", "2015-16");
      assertThat(plan().lastYear(FY_2013).build().years()).containsExactly(FY_2013);
    }

    @Test
    void theBuilderChecksThePlan() {
      assertThatThrownBy(() -> plan().title(" ").build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("A plan's title is blank");
      assertThatThrownBy(() -> plan().lastYear(FinancialYear.of(2012)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("A plan's last year 2012-13 is before its first year 2013-14");
      OrgUnit kcc = OrgUnit.of("kcc", "Kent County Council", OrgLevel.COUNCIL);
      assertThatThrownBy(() -> plan().organisation(Organisation.of(kcc)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("The plan's unit ldmh is not in its organisation");
      assertThat(plan().organisation(Organisation.of(kcc, Testers.LDMH.withParent("kcc"))).build().organisation())
          .isPresent();
      assertThatThrownBy(() -> BusinessPlan.builder().unit(Testers.LDMH).year(FY_2013).build())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("title");
    }

    @Test
    void headlinesAsPublished() {
      // Seed 001: "a total net budget of £414m for 2018-19 and a total of 2,319.2 FTE staff".
      HeadlineFigure net = HeadlineFigure.of(HeadlineMeasure.NET_BUDGET, ReportedAmount.parse("£414m"));
      HeadlineFigure fte = HeadlineFigure.of(HeadlineMeasure.FTE, ReportedNumber.parse("2,319.2"));
      HeadlineFigure later = HeadlineFigure.of(HeadlineMeasure.NET_BUDGET, ReportedAmount.parse("£417m"));
      BusinessPlan p = plan().addHeadlines(net, fte, later).build();
      assertThat(p.headline(HeadlineMeasure.NET_BUDGET)).contains(net);
      assertThat(p.headline(HeadlineMeasure.FTE)).contains(fte);
      assertThat(p.headline(HeadlineMeasure.GROSS_EXPENDITURE)).isEmpty();
    }

    @Test
    void sectionsByTypeAndId() {
      Testers.QuietSection quiet = new Testers.QuietSection("q1");
      TestSection other = TestSection.finding("t1", null);
      BusinessPlan p = plan().addSections(quiet, other).build();
      assertThat(p.sections(Testers.QuietSection.class)).containsExactly(quiet);
      assertThat(p.sections(TestSection.class)).containsExactly(other);
      assertThat(p.sections(PlanSection.class)).containsExactly(quiet, other);
      assertThat(p.section("t1")).contains(other);
      assertThat(p.section("none")).isEmpty();
    }

    @Test
    void withSectionAddsAtTheEnd() {
      BusinessPlan p = plan().addSection(new Testers.QuietSection("a")).build();
      BusinessPlan more = p.withSection(new Testers.QuietSection("b"));
      assertThat(more.sections()).extracting(PlanSection::id).containsExactly("a", "b");
      assertThat(p.sections()).extracting(PlanSection::id).containsExactly("a");
      assertThat(more.title()).isEqualTo(p.title());
    }

    @Test
    void allActionsDepthFirst() {
      Action heading = Action.builder().number("4").description("Work with KMPT")
          .addActions(Action.of("4.1", "Supervision"), Action.of("4.2", "FACS assessments")).build();
      BusinessPlan p = plan()
          .addPriority(priority("1").addAction(Action.of("1.1", "One")).build())
          .addPriority(priority("3").addActions(heading, Action.of("5.1", "Five")).build())
          .build();
      assertThat(p.allActions()).extracting(a -> a.number().orElseThrow())
          .containsExactly("1.1", "4", "4.1", "4.2", "5.1");
    }

    @Test
    void toStringSaysWhatThePlanHolds() {
      BusinessPlan p = plan().status("Final Draft v 6 (16/12/2012)")
          .addHeadline(HeadlineFigure.of(HeadlineMeasure.GROSS_EXPENDITURE, ReportedAmount.parse("£172.233m")))
          .addPriority(priority("1").addAction(Action.of("1.1", "One"))
              .addMilestone(Milestone.of("A", "Review", "Jan 2014")).build())
          .addSection(new Testers.QuietSection("risks"))
          .build();
      assertThat(p).hasToString(String.join("\n",
          "Learning Disability/Mental Health Divisional Business Plan 2013-14 — Learning Disability/Mental Health,"
              + " 2013-14, Final Draft v 6 (16/12/2012)",
          "  1 priorities, 1 actions, 1 milestones",
          "  headline GROSS_EXPENDITURE £172.233m",
          "  section test \"risks\": A quiet section"));
    }

    @Test
    void nullsAreRefused() {
      Testers.nullPointerTester().testAllPublicStaticMethods(BusinessPlan.class);
      BusinessPlan p = plan().build();
      assertThatThrownBy(() -> p.headline(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> p.section(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> p.sections(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> p.withSection(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class TheRules {
    @Test
    void duplicatePriorityNumbers() {
      ValidationReport r = validate(priority("1").build(), priority("2").build(),
          Priority.of("1", "Again"));
      assertThat(r.findings()).containsExactly(Finding.error(PlanRules.PRIORITY_DUPLICATE_NUMBER,
          Location.of("Priority 1: Again"), "Priority number 1 is used by an earlier priority"));
      assertThat(validate(priority("1").build(), priority("2").build()).isEmpty()).isTrue();
      // Unnumbered themes cannot clash.
      Priority theme = Priority.builder().title("Budget").build();
      assertThat(validate(theme, theme).isEmpty()).isTrue();
    }

    @Test
    void duplicateActionNumbersWithinAPriority() {
      ValidationReport r = validate(priority("1").addActions(Action.of("1.1", "First"), Action.of("1.1", "Second")).build());
      assertThat(r.findings()).containsExactly(Finding.error(PlanRules.ACTION_DUPLICATE_NUMBER,
          Location.of("Priority 1: Theme 1", "Action 1.1"),
          "Action number 1.1 is used by an earlier action of Priority 1: Theme 1"));
      // Seed 002 numbers the actions of every priority from 1.1: that is not a clash.
      assertThat(validate(priority("1").addAction(Action.of("1.1", "a")).build(),
          priority("2").addAction(Action.of("1.1", "b")).build()).isEmpty()).isTrue();
      // A sub-action that repeats another action's number in the same priority clashes.
      Action heading = Action.builder().number("4").description("Heading").addAction(Action.of("4.1", "Sub")).build();
      assertThat(validate(priority("3").addActions(Action.of("4.1", "Top"), heading).build())
          .withCode(PlanRules.ACTION_DUPLICATE_NUMBER)).hasSize(1);
    }

    @Test
    void aSubActionNumberedOutsideItsGroup() {
      Action heading = Action.builder().number("4").description("Work with KMPT")
          .addActions(Action.of("4.1", "Supervision"), Action.of("5.1", "Misplaced"), Action.of("41", "Also misplaced"))
          .build();
      ValidationReport r = validate(priority("3").addAction(heading).build());
      assertThat(r.findings()).extracting(Finding::code).containsOnly(PlanRules.ACTION_NUMBER_OUTSIDE_GROUP);
      assertThat(r.findings()).extracting(f -> f.actual().orElseThrow()).containsExactly("5.1", "41");
      Finding f = r.findings().get(0);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(Location.of("Priority 3: Theme 3", "Action 5.1"));
      assertThat(f.message()).isEqualTo("Action 5.1 is listed under action 4 but its number does not start with 4.");
      assertThat(f.expected()).contains("4.…");
      // No group number, nothing to check.
      Action unnumbered = Action.builder().description("Heading").addAction(Action.of("9.9", "Sub")).build();
      assertThat(validate(priority("3").addAction(unnumbered).build()).isEmpty()).isTrue();
    }

    @Test
    void anActionThatEndsBeforeItStarts() {
      ValidationReport r = validate(priority("1").addAction(action("1.1", "March 2014", "April 2013")).build());
      assertThat(r.findings()).containsExactly(Finding.error(PlanRules.ACTION_END_BEFORE_START,
              Location.of("Priority 1: Theme 1", "Action 1.1"), "Action ends (April 2013) before it starts (March 2014)")
          .withValues("end on or after March 2014", "April 2013"));
    }

    @Test
    void datesThatDoNotCertainlyEndBeforeTheyStartPass() {
      assertThat(validate(priority("1").addActions(
          action("1.1", "April 2013", "March 2014"),
          action("1.2", "April 2013", "April 2013"),
          action("1.3", "31st December 2013", "December 2013"),
          action("1.4", "April 2013", "Ongoing"),
          action("1.5", "Ongoing until 2011", "April 2013"),
          action("1.6", "April 2012", "March 2014")).build()).isEmpty()).isTrue();
    }

    @Test
    void duplicateMilestoneLetters() {
      ValidationReport r = validate(priority("1")
          .addMilestones(Milestone.of("A", "Review pilot", "Jan 2014"), Milestone.of("A", "Implement pilot", "April 2013"))
          .build());
      assertThat(r.findings()).containsExactly(Finding.error(PlanRules.MILESTONE_DUPLICATE_LETTER,
          Location.of("Priority 1: Theme 1", "Milestone A"),
          "Milestone letter A is used by an earlier milestone of Priority 1: Theme 1"));
      assertThat(validate(priority("1").addMilestone(Milestone.of("A", "x", "Jan 2014")).build(),
          priority("2").addMilestone(Milestone.of("A", "y", "Jan 2014")).build()).isEmpty()).isTrue();
    }

    @Test
    void aMilestoneOutsideThePlansYears() {
      ValidationReport r = validate(priority("1").addMilestones(
          Milestone.of("A", "Too late", "April 2014"),
          Milestone.of("B", "Too early", "March 2013"),
          Milestone.of("C", "First month", "April 2013"),
          Milestone.of("D", "Last month", "March 2014"),
          Milestone.of("E", "Last day", "31st March 2014"),
          Milestone.of("F", "A year that overlaps", "2013")).build());
      assertThat(r.findings()).extracting(f -> f.location().path().get(1)).containsExactly("Milestone A", "Milestone B");
      Finding late = r.findings().get(0);
      assertThat(late).isEqualTo(Finding.warning(PlanRules.MILESTONE_OUTSIDE_PLAN_YEARS,
              Location.of("Priority 1: Theme 1", "Milestone A").field("due"),
              "Milestone falls due in April 2014, outside the plan's years (2013-14)")
          .withValues("2013-04-01 to 2014-03-31", "April 2014"));
    }

    @Test
    void aPlanOverSeveralYearsAcceptsMilestonesInAnyOfThem() {
      BusinessPlan p = plan().lastYear(FinancialYear.of(2015)).addPriority(priority("1").addMilestones(
          Milestone.of("A", "In the third year", "March 2016"), Milestone.of("B", "After", "April 2016")).build()).build();
      assertThat(p.validate().findings()).extracting(Finding::message)
          .containsExactly("Milestone falls due in April 2016, outside the plan's years (2013-14 to 2015-16)");
    }

    @Test
    void aMilestoneWithoutADueDate() {
      ValidationReport r = validate(priority("1").addMilestones(
          Milestone.builder().letter("G").description("Launch a learning disability Telecare project").build(),
          Milestone.builder().description("x".repeat(80)).build()).build());
      assertThat(r.findings()).containsExactly(
          Finding.warning(PlanRules.MILESTONE_NO_DUE_DATE, Location.of("Priority 1: Theme 1", "Milestone G"),
              "Milestone \"Launch a learning disability Telecare project\" has no due date"),
          Finding.warning(PlanRules.MILESTONE_NO_DUE_DATE, Location.of("Priority 1: Theme 1", "Milestone (no letter)"),
              "Milestone \"" + "x".repeat(49) + "…\" has no due date"));
    }

    @Test
    void aDateScplanCannotRead() {
      ValidationReport r = validate(priority("1")
          .addActions(action("1.1", "Aprl 2013", "March 2014"), action("1.2", "April 2013", "31 st December"))
          .addMilestone(Milestone.of("A", "Review", "Jan 20l4"))
          .build());
      assertThat(r.findings()).extracting(Finding::code).containsOnly(PlanRules.DATE_UNREADABLE);
      assertThat(r.findings()).extracting(f -> f.location().toString()).containsExactly(
          "Priority 1: Theme 1 › Action 1.1 [start]",
          "Priority 1: Theme 1 › Action 1.2 [end]",
          "Priority 1: Theme 1 › Milestone A [due]");
      assertThat(r.findings().get(0).message()).isEqualTo("Date \"Aprl 2013\" contains figures but is not a day,"
          + " month or year scplan can read; it is kept as text and not checked");
      assertThat(r.findings().get(0).actual()).contains("Aprl 2013");
      assertThat(r.isValid()).isTrue();
      // Words are not a fault.
      assertThat(validate(priority("1").addAction(action("1.1", "Ongoing", "tbc")).build()).isEmpty()).isTrue();
    }

    @Test
    void duplicateSectionIds() {
      BusinessPlan p = plan().addSections(new Testers.QuietSection("budget-2013-14"),
          new Testers.QuietSection("risks"), new Testers.QuietSection("budget-2013-14")).build();
      assertThat(p.validate().findings()).containsExactly(Finding.error(PlanRules.SECTION_DUPLICATE_ID,
          Location.of("test \"budget-2013-14\""), "Section id \"budget-2013-14\" is used by an earlier section"));
    }

    @Test
    void sectionFindingsFollowThePlansOwn() {
      Finding mismatch = Finding.error("budget.headline.mismatch", Location.of("Table 5"), "£414m vs 417,018.0");
      BusinessPlan p = plan().addPriorities(Priority.of("1", "A"), Priority.of("1", "B"))
          .addSection(TestSection.finding("budget", mismatch)).build();
      assertThat(p.validate().findings()).extracting(Finding::code)
          .containsExactly(PlanRules.PRIORITY_DUPLICATE_NUMBER, "budget.headline.mismatch");
    }

    @Test
    void aSectionThatFailsIsReportedNotThrown() {
      Finding later = Finding.warning("budget.later", Location.document(), "still checked");
      BusinessPlan p = plan().addSections(
          TestSection.failing("broken", new IllegalStateException("boom")),
          new TestSection("nothing", "test", "Returns null", null, null, true),
          new NamelessSection(),
          TestSection.finding("after", later)).build();
      ValidationReport r = p.validate();
      assertThat(r.findings()).extracting(Finding::code).containsExactly(PlanRules.SECTION_CHECK_FAILED,
          PlanRules.SECTION_CHECK_FAILED, PlanRules.SECTION_CHECK_FAILED, "budget.later");
      assertThat(r.findings().get(0)).isEqualTo(Finding.error(PlanRules.SECTION_CHECK_FAILED,
          Location.of("test \"broken\""), "Checking this section failed: java.lang.IllegalStateException: boom"));
      assertThat(r.findings().get(1).message()).isEqualTo("Checking this section failed: it returned no report");
      assertThat(r.findings().get(2).location()).isEqualTo(Location.of("Section 3"));
      assertThat(r.findings().get(2).message())
          .isEqualTo("Checking this section failed: java.lang.IllegalStateException: no id");
    }
  }

  @Test
  void goldenSeed002PlanHasNoFindings() {
    // Seed 002, Section C: the six priorities with every dated action and every key milestone.
    Map<String, Priority.Builder> priorities = new LinkedHashMap<>();
    List<String> titles = List.of("Prevention", "Productivity", "Partnership", "Procurement", "People",
        "Financial & Policy Changes");
    for (int i = 0; i < titles.size(); i++) {
      priorities.put(String.valueOf(i + 1), Priority.builder().number(String.valueOf(i + 1)).title(titles.get(i)));
    }
    int actions = 0;
    int milestones = 0;
    for (List<String> row : SeedResources.rows("002-plan-dates.tsv")) {
      Priority.Builder priority = priorities.get(row.get(1));
      String description = "Seed 002 line " + row.get(0);
      if (row.get(2).equals("action")) {
        priority.addAction(Action.builder().number(row.get(3)).description(description)
            .start(PlanDate.parse(row.get(4))).end(PlanDate.parse(row.get(5))).build());
        actions++;
      } else {
        priority.addMilestone(Milestone.of(row.get(3), description, row.get(5)));
        milestones++;
      }
    }
    List<Priority> built = new ArrayList<>();
    priorities.values().forEach(b -> built.add(b.build()));
    BusinessPlan p = plan().addAllPriorities(built).build();
    assertThat(p.allActions()).hasSize(actions).hasSize(57);
    assertThat(p.priorities().stream().mapToInt(pr -> pr.milestones().size()).sum()).isEqualTo(milestones).isEqualTo(27);
    assertThat(p.validate().findings()).isEmpty();
  }
}
