package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.Action;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.HeadlineFigure;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.KeyDecision;
import org.scplan.core.Milestone;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.Person;
import org.scplan.core.PlanDate;
import org.scplan.core.PlanRules;
import org.scplan.core.Priority;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;
import org.scplan.core.ValidationReport;

/**
 * Golden test: {@code examples/plans/kent-ldmh-2013-14.json} holds seed 002, Kent County Council's
 * Learning Disability/Mental Health Divisional Business Plan 2013-14 (Final Draft v 6, 16/12/2012),
 * exactly as published: the header, and Section C's six priorities with every action, accountable
 * officer, date, key milestone and key decision.
 *
 * <p>The spot checks below quote the seed; {@link #sectionCIsTranscribedRowByRow()} reads Section C
 * of the seed text itself (copied to {@code src/test/resources}) and compares every row.
 */
class KentLdmhPlanTest {
  private static final BusinessPlan PLAN = ScplanJson.standard().readPlan(ExamplePlans.KENT_LDMH_2013_14);

  // ---------------------------------------------------------------------------------------------
  // Seed 002, header (lines 3-17)

  @Test
  void header() {
    assertThat(PLAN.title()).isEqualTo("Divisional Business Plan 2013-14");
    assertThat(PLAN.status()).contains("Final Draft v 6 (16/12/2012)");
    assertThat(PLAN.year()).isEqualTo(FinancialYear.of(2013));
    assertThat(PLAN.lastYear()).isEmpty();
    assertThat(PLAN.source()).hasValueSatisfying(s -> assertThat(s)
        .contains("Kent County Council")
        .contains("Learning Disability/Mental Health Divisional Business Plan 2013-14")
        .contains("Final Draft v 6 (16/12/2012)"));
  }

  @Test
  void organisationIsKentThenFamiliesAndSocialCareThenTheDivision() {
    assertThat(PLAN.unit().name()).isEqualTo("Learning Disability/Mental Health");
    assertThat(PLAN.unit().level()).isEqualTo(OrgLevel.DIVISION);

    List<OrgUnit> path = PLAN.organisation().orElseThrow().path(PLAN.unit());

    assertThat(path).extracting(OrgUnit::name, OrgUnit::level).containsExactly(
        tuple("Kent County Council", OrgLevel.COUNCIL),
        tuple("Families & Social Care", OrgLevel.DIRECTORATE),
        tuple("Learning Disability/Mental Health", OrgLevel.DIVISION));
  }

  @Test
  void people() {
    // "Cabinet Portfolio: Graham Gibbens – Cabinet Member for Adult Social Care & Public Health"
    assertThat(PLAN.portfolioHolder())
        .contains(Person.of("Graham Gibbens", "Cabinet Member for Adult Social Care & Public Health"));
    assertThat(PLAN.corporateDirectors()).containsExactly(Person.of("Andrew Ireland"));
    assertThat(PLAN.directors()).containsExactly(Person.of("Penny Southern"));
    // "Head(s) of Service: Mark Walker, Chris Beaney, Cheryl Fenton"
    assertThat(PLAN.headsOfService())
        .containsExactly(Person.of("Mark Walker"), Person.of("Chris Beaney"), Person.of("Cheryl Fenton"));
  }

  @Test
  void grossExpenditureHeadline() {
    // "Gross Expenditure: £172.233m (2012/13)"
    HeadlineFigure gross = PLAN.headline(HeadlineMeasure.GROSS_EXPENDITURE).orElseThrow();

    assertThat(gross.figure()).isInstanceOfSatisfying(ReportedAmount.class, amount -> {
      assertThat(amount.unit()).isEqualTo(AmountUnit.MILLIONS);
      assertThat(amount.printed()).isEqualByComparingTo("172.233");
      assertThat(amount.decimals()).isEqualTo(3);
      assertThat(amount).hasToString("£172.233m");
    });
    assertThat(gross.asAt()).contains("2012/13");
  }

  @Test
  void fteHeadline() {
    // "FTE: 757.2 (Nov 2012)"
    HeadlineFigure fte = PLAN.headline(HeadlineMeasure.FTE).orElseThrow();

    assertThat(fte.figure()).isEqualTo(ReportedNumber.of(new BigDecimal("757.2")));
    assertThat(fte.figure().decimals()).isEqualTo(1);
    assertThat(fte.asAt()).contains("Nov 2012");
    assertThat(PLAN.headline(HeadlineMeasure.NET_BUDGET)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 002, Section C

  @Test
  void sixPrioritiesWithTheirDescriptions() {
    assertThat(PLAN.priorities()).extracting(p -> p.number().orElseThrow(), Priority::title).containsExactly(
        tuple("1", "Prevention"),
        tuple("2", "Productivity"),
        tuple("3", "Partnership"),
        tuple("4", "Procurement"),
        tuple("5", "People"),
        tuple("6", "Financial & Policy Changes"));
    assertThat(priority(1).description()).contains("Promote enablement, the use of assistive technology and"
        + " community based interventions so that fewer people become dependent on long term care and are"
        + " supported to plan for the future");
  }

  @Test
  void actionCountsPerPriority() {
    assertThat(PLAN.priorities()).extracting(p -> p.actions().size())
        .as("heading actions").containsExactly(5, 3, 4, 2, 5, 1);
    assertThat(PLAN.priorities()).extracting(p -> p.allActions().size())
        .as("heading actions and the actions under them").containsExactly(15, 16, 14, 9, 18, 4);
    assertThat(PLAN.allActions()).hasSize(76);
  }

  @Test
  void productivityAction1point1() {
    Action action = action(2, "1.1");

    assertThat(action.description()).startsWith("Define an overarching care management strategy");
    assertThat(action.accountableOfficers())
        .containsExactly("Penny Southern", "Chris Beaney", "Mark Walker", "Cheryl Fenton");
    assertThat(action.start()).contains(PlanDate.parse("April 2013"));
    assertThat(action.end()).contains(PlanDate.parse("December 2013"));
    assertThat(action.end().orElseThrow().month()).contains(YearMonth.of(2013, 12));
  }

  @Test
  void officersSplitAtSlashesAsPrinted() {
    // "KMPT & KCC Partnership Agreement/ Stephanie Clarke/ Andy Oldgrow"
    assertThat(action(1, "1.2").accountableOfficers())
        .containsExactly("KMPT & KCC Partnership Agreement", "Stephanie Clarke", "Andy Oldgrow");
    // "Maureen Stirrup/Anthony Mort." keeps its full stop
    assertThat(action(5, "3.1").accountableOfficers()).containsExactly("Maureen Stirrup", "Anthony Mort.");
  }

  @Test
  void headingActionsKeepTheirOwnOfficersAndDates() {
    Action engage = action(5, "4");
    assertThat(engage.description()).isEqualTo("Engage service users and others to obtain feedback on services");
    assertThat(engage.accountableOfficers()).containsExactly("Anthony Mort", "Quality Manager");
    assertThat(engage.start()).contains(PlanDate.parse("April 2013"));
    assertThat(engage.end()).contains(PlanDate.parse("March 2014"));
    assertThat(engage.actions()).isEmpty();

    Action kmpt = action(3, "4");
    assertThat(kmpt.accountableOfficers()).isEmpty();
    assertThat(kmpt.start()).contains(PlanDate.parse("April 2013"));
    assertThat(kmpt.end()).contains(PlanDate.parse("March 2014"));
    assertThat(kmpt.actions()).extracting(a -> a.number().orElseThrow()).containsExactly("4.1", "4.2");

    Action prevention1 = action(1, "1");
    assertThat(prevention1.accountableOfficers()).isEmpty();
    assertThat(prevention1.start()).isEmpty();
    assertThat(prevention1.actions()).extracting(a -> a.number().orElseThrow()).containsExactly("1.1", "1.2");
  }

  @Test
  void datesAsPrinted() {
    // People 1.1 starts "April 2012", a year before the plan, as published
    assertThat(action(5, "1.1").start()).contains(PlanDate.parse("April 2012"));
    assertThat(action(4, "2.1").end()).contains(PlanDate.parse("Jan 2014"));
    assertThat(action(5, "5.2").start()).contains(PlanDate.parse("October 2013"));
  }

  @Test
  void preventionMilestones() {
    List<Milestone> milestones = priority(1).milestones();

    assertThat(milestones).extracting(m -> m.letter().orElse("-"), m -> m.due().map(PlanDate::text).orElse("-"))
        .containsExactly(
            tuple("A", "Jan 2014"),
            tuple("B", "April 2013"),
            tuple("C", "Sept 2013"),
            tuple("-", "-"),
            tuple("D", "March 2014"),
            tuple("E", "June 2013"),
            tuple("F", "March 2014"),
            tuple("G", "March 2014"));
    assertThat(milestones.get(0).description()).isEqualTo("Review Supporting Independence Pilot in Dover/Thanet");
    assertThat(milestones.get(2).due().orElseThrow().month()).contains(YearMonth.of(2013, 9));
    assertThat(milestones.get(3).description())
        .isEqualTo("Social care provision established in Health of the Nation Outcome Scales Payment by Results clusters");
  }

  @Test
  void milestoneCountsPerPriority() {
    assertThat(PLAN.priorities()).extracting(p -> p.milestones().size()).containsExactly(8, 4, 4, 3, 6, 3);
  }

  @Test
  void keyDecisionsWithContentAndTheirForwardPlanAnswers() {
    assertThat(priority(1).keyDecisions()).containsExactly(KeyDecision.of("1",
        "Change to the supply, procurement and delivery of day services for adults with learning disabilities", true));
    assertThat(priority(2).keyDecisions())
        .containsExactly(KeyDecision.of("1", "Associated with service review recommendations", false));
    assertThat(priority(4).keyDecisions()).containsExactly(
        KeyDecision.of("1", "Potential changes to the supply and delivery of accommodation based respite", true),
        KeyDecision.of("2", "Potential changes to the procurement and delivery of transport provision", true));
    // Priorities 3, 5 and 6 print only empty template rows
    assertThat(priority(3).keyDecisions()).isEmpty();
    assertThat(priority(5).keyDecisions()).isEmpty();
    assertThat(priority(6).keyDecisions()).isEmpty();
  }

  @Test
  void validatesWithOnlyTheUndatedMilestoneWarning() {
    ValidationReport report = PLAN.validate();
    assertThat(report.errors()).as("%s", report).isEmpty();
    assertThat(report.infos()).as("%s", report).isEmpty();
    assertThat(report.warnings()).as("%s", report).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(PlanRules.MILESTONE_NO_DUE_DATE);
      assertThat(w.location().path()).containsExactly("Priority 1: Prevention", "Milestone (no letter)");
      assertThat(w.message()).contains("Social care provision");
    });
  }

  /**
   * Reads Section C of the seed text row by row (priority headers; action rows "1.1 ⇥ description ⇥
   * officers ⇥ start ⇥ end"; heading rows split over two lines by the PDF; milestone rows "A ⇥
   * description ⇥ date"; decision rows "1 ⇥ description ⇥ Yes/No", skipping empty ones) and
   * checks that the example file holds exactly those priorities.
   */
  @Test
  void sectionCIsTranscribedRowByRow() {
    List<Priority> published = SeedSectionC.read(seedText());

    assertThat(published).hasSize(6);
    for (int i = 0; i < published.size(); i++) {
      Priority expected = published.get(i);
      Priority actual = PLAN.priorities().get(i);
      assertThat(actual.allActions()).as("actions of %s", expected.label()).containsExactlyElementsOf(expected.allActions());
      assertThat(actual.milestones()).as("milestones of %s", expected.label()).containsExactlyElementsOf(expected.milestones());
      assertThat(actual.keyDecisions()).as("decisions of %s", expected.label())
          .containsExactlyElementsOf(expected.keyDecisions());
      assertThat(actual).isEqualTo(expected);
    }
  }

  private static Priority priority(int number) {
    return PLAN.priorities().get(number - 1);
  }

  private static Action action(int priority, String number) {
    return priority(priority).allActions().stream().filter(a -> a.number().orElseThrow().equals(number))
        .findFirst().orElseThrow(() -> new AssertionError("no action " + number + " in priority " + priority));
  }

  private static String seedText() {
    return SeedText.read("seed-002-ldmh-2013-14.txt");
  }

  /** A reader of the seed's Section C tables as the PDF extraction printed them. Test code only. */
  private static final class SeedSectionC {
    private enum Block { NONE, ACTIONS, MILESTONES, DECISIONS }

    private final List<Priority> priorities = new ArrayList<>();
    private Priority.Builder priority;
    private Block block = Block.NONE;
    private final List<Action.Builder> headings = new ArrayList<>();
    private final List<List<Action>> subActions = new ArrayList<>();

    static List<Priority> read(String seed) {
      SeedSectionC reader = new SeedSectionC();
      String section = seed.substring(seed.indexOf("SECTION C:"), seed.indexOf("SECTION D:"));
      for (String line : section.split("\n")) {
        reader.line(line.replaceAll("</?b>", "").replace("&amp;", "&"));
      }
      reader.endPriority();
      return reader.priorities;
    }

    private void line(String line) {
      List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
      String first = cells.get(0);
      if (line.startsWith("PRIORITY ")) {
        endPriority();
        String[] head = first.substring("PRIORITY ".length()).split(": ", 2);
        String description = cells.stream().filter(c -> c.startsWith("DESCRIPTION OF PRIORITY: ")).findFirst()
            .orElseThrow().substring("DESCRIPTION OF PRIORITY: ".length());
        priority = Priority.builder().number(head[0]).title(head[1]).description(description);
        block = Block.NONE;
      } else if (first.equals("Actions")) {
        block = Block.ACTIONS;
      } else if (first.equals("KEY MILESTONES")) {
        block = Block.MILESTONES;
      } else if (first.startsWith("ARE THERE ANY KEY OR SIGNIFICANT DECISIONS")) {
        block = Block.DECISIONS;
      } else if (!line.isBlank() && priority != null) {
        switch (block) {
          case ACTIONS -> actionRow(cells);
          case MILESTONES -> milestoneRow(cells);
          case DECISIONS -> decisionRow(cells);
          case NONE -> throw new AssertionError("unexpected row " + line);
        }
      }
    }

    private void actionRow(List<String> cells) {
      String number = cells.get(0);
      if (number.isEmpty()) {
        // The PDF broke a heading action's text over two rows: "… Partnership" / "Board to …"
        Action.Builder heading = headings.get(headings.size() - 1);
        Action partial = heading.build();
        heading.description(partial.description() + " " + cells.get(1));
        return;
      }
      Action.Builder action = Action.builder().number(number).description(cells.get(1));
      if (cells.size() > 2 && !cells.get(2).isEmpty()) {
        Arrays.stream(cells.get(2).split("/")).map(String::strip).forEach(action::addAccountableOfficer);
      }
      if (cells.size() > 3 && !cells.get(3).isEmpty()) {
        action.start(PlanDate.parse(cells.get(3)));
      }
      if (cells.size() > 4 && !cells.get(4).isEmpty()) {
        action.end(PlanDate.parse(cells.get(4)));
      }
      if (number.contains(".")) {
        subActions.get(subActions.size() - 1).add(action.build());
      } else {
        headings.add(action);
        subActions.add(new ArrayList<>());
      }
    }

    private void milestoneRow(List<String> cells) {
      List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
      Milestone.Builder milestone = Milestone.builder();
      if (cells.get(0).isEmpty()) {
        // Priority 1's row under milestone C: no letter, no date
        milestone.description(filled.get(0));
        assertThat(filled).hasSize(1);
      } else {
        milestone.letter(filled.get(0)).description(filled.get(1)).due(PlanDate.parse(filled.get(2)));
        assertThat(filled).hasSize(3);
      }
      priority.addMilestone(milestone.build());
    }

    private void decisionRow(List<String> cells) {
      List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
      if (filled.size() < 2) {
        return; // an empty template row: just its number
      }
      assertThat(filled.get(2)).isIn("Yes", "No");
      priority.addKeyDecision(KeyDecision.of(filled.get(0), filled.get(1), filled.get(2).equals("Yes")));
    }

    private void endPriority() {
      if (priority == null) {
        return;
      }
      for (int i = 0; i < headings.size(); i++) {
        priority.addAction(headings.get(i).addAllActions(subActions.get(i)).build());
      }
      priorities.add(priority.build());
      headings.clear();
      subActions.clear();
    }
  }
}
