package org.scplan.json;

import static java.util.Comparator.comparingInt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.Person;
import org.scplan.core.PlanDate;
import org.scplan.core.Priority;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;
import org.scplan.core.ValidationReport;

/**
 * Golden test: {@code examples/plans/kent-kass-hq-2010-11.json} holds seed 000, Kent Adult Social
 * Services Headquarters' Annual Business Plan Summary 2010 – 2011, exactly as published: the
 * executive summary's people and headline figures, and section 3 (Planned Activity), its five themes
 * as unnumbered priorities and every project as an unnumbered action with its a/c manager(s), linked
 * themes, deliverables and target date.
 *
 * <p>The executive summary's eleven "key outcomes" are narrative the plan model has no place for;
 * they are not held (no priority fits them, and none is invented).
 *
 * <p>The spot checks below quote the seed; {@link #plannedActivityIsTranscribedRowByRow()} reads
 * section 3 of the seed text itself (copied to {@code src/test/resources}) and compares every row.
 */
class KentKassHqPlanTest {
  private static final BusinessPlan PLAN = ScplanJson.standard().readPlan(ExamplePlans.KENT_KASS_HQ_2010_11);

  // ---------------------------------------------------------------------------------------------
  // Seed 000, title and executive summary

  @Test
  void header() {
    // "KENT ADULT SOCIAL SERVICES DIRECTORATE / HEADQUARTERS / Annual Business Plan Summary 2010 – 2011"
    assertThat(PLAN.title()).isEqualTo("Annual Business Plan Summary 2010 – 2011");
    assertThat(PLAN.year()).isEqualTo(FinancialYear.of(2010));
    assertThat(PLAN.year()).hasToString("2010-11");
    assertThat(PLAN.lastYear()).isEmpty();
    assertThat(PLAN.status()).as("the summary prints no status or version").isEmpty();
    assertThat(PLAN.source()).hasValueSatisfying(s -> assertThat(s)
        .contains("Kent County Council")
        .contains("Headquarters Annual Business Plan Summary 2010 – 2011"));
  }

  @Test
  void organisationIsKentThenKassThenHeadquarters() {
    assertThat(PLAN.unit().id()).isEqualTo("kass-hq");

    List<OrgUnit> path = PLAN.organisation().orElseThrow().path(PLAN.unit());

    assertThat(path).extracting(OrgUnit::id, OrgUnit::name, OrgUnit::level).containsExactly(
        tuple("kcc", "Kent County Council", OrgLevel.COUNCIL),
        tuple("kass", "Kent Adult Social Services", OrgLevel.DIRECTORATE),
        // OrgLevel's own example of a service: the directorate's headquarters, beside its areas
        tuple("kass-hq", "Headquarters", OrgLevel.SERVICE));
    assertThat(PLAN.organisation().orElseThrow().units()).hasSize(3);
  }

  @Test
  void people() {
    // "Accountable Managers – Caroline Highwood, Pat Huntingford, Daniel Waller"
    assertThat(PLAN.accountableManagers()).containsExactly(
        Person.of("Caroline Highwood"), Person.of("Pat Huntingford"), Person.of("Daniel Waller"));
    // "Portfolio Holder – Graham Gibbens"
    assertThat(PLAN.portfolioHolder()).contains(Person.of("Graham Gibbens"));
    // "Director/Head – Oliver Mills"
    assertThat(PLAN.directors()).containsExactly(Person.of("Oliver Mills"));
    assertThat(PLAN.corporateDirectors()).isEmpty();
    assertThat(PLAN.headsOfService()).isEmpty();
  }

  @Test
  void grossExpenditureHeadline() {
    // "The gross expenditure for the services included in this business plan is £42.336m." (the PDF
    // broke the line before the figure)
    HeadlineFigure gross = PLAN.headline(HeadlineMeasure.GROSS_EXPENDITURE).orElseThrow();

    assertThat(gross.figure()).isInstanceOfSatisfying(ReportedAmount.class, amount -> {
      assertThat(amount.unit()).isEqualTo(AmountUnit.MILLIONS);
      assertThat(amount.printed()).isEqualByComparingTo("42.336");
      assertThat(amount.decimals()).isEqualTo(3);
      assertThat(amount).hasToString("£42.336m");
    });
    assertThat(gross.quote())
        .contains("The gross expenditure for the services included in this business plan is £42.336m.");
    assertThat(gross.asAt()).as("the sentence names no year").isEmpty();
  }

  @Test
  void fteHeadline() {
    // "Number of KCC staff employed is **362.34 FTE**" (markdown bold stripped)
    HeadlineFigure fte = PLAN.headline(HeadlineMeasure.FTE).orElseThrow();

    assertThat(fte.figure()).isEqualTo(ReportedNumber.of(new BigDecimal("362.34")));
    assertThat(fte.figure().decimals()).isEqualTo(2);
    assertThat(fte.quote()).contains("Number of KCC staff employed is 362.34 FTE");
    assertThat(fte.asAt()).isEmpty();
    assertThat(PLAN.headline(HeadlineMeasure.NET_BUDGET)).isEmpty();
    assertThat(PLAN.headlines()).hasSize(2);
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 000, section 3: Planned Activity

  @Test
  void fiveThemesAsUnnumberedPriorities() {
    assertThat(PLAN.priorities()).extracting(Priority::title).containsExactly(
        "Putting People First",
        "Ensuring the availability of high quality services",
        "Working in partnership",
        "Valuing, developing and supporting the social care workforce",
        "Making best use of resources");
    assertThat(PLAN.priorities()).allSatisfy(p -> {
      assertThat(p.number()).isEmpty();
      assertThat(p.description()).isEmpty();
      assertThat(p.milestones()).isEmpty();
      assertThat(p.keyDecisions()).isEmpty();
    });
  }

  @Test
  void projectCountsPerTheme() {
    assertThat(PLAN.priorities()).extracting(p -> p.actions().size()).containsExactly(10, 4, 4, 2, 5);
    assertThat(PLAN.allActions()).hasSize(25);
    assertThat(PLAN.allActions()).allSatisfy(a -> {
      assertThat(a.number()).isEmpty();
      assertThat(a.start()).as("the table has target dates only").isEmpty();
      assertThat(a.end()).isPresent();
      assertThat(a.deliverables()).isPresent();
      assertThat(a.accountableOfficers()).isNotEmpty();
      assertThat(a.links()).isNotEmpty();
      assertThat(a.actions()).isEmpty();
    });
  }

  @Test
  void firstProject() {
    Action first = PLAN.priorities().get(0).actions().get(0);

    assertThat(first.description())
        .isEqualTo("Ensure all SDS project team activity is embedded into mainstream business");
    assertThat(first.accountableOfficers()).containsExactly("SDS Project Team");
    assertThat(first.links()).containsExactly("Putting People First", "Transformation Adult Social Care Agenda");
    assertThat(first.deliverables()).contains("Agreed plans to progressively transfer the knowledge, systems,"
        + " processes and supporting material to the relevant part of the business.");
    assertThat(first.end()).contains(PlanDate.parse("September 2011"));
  }

  @Test
  void rowsThePdfSplitAcrossPageBreaksAreRejoined() {
    // "Implementation of the | Michael | Active Lives" ... "revised Ordinary Residence Guidance | Thomas-Sam | Vision for Kent"
    Action ordinaryResidence = action("Implementation of the revised Ordinary Residence Guidance");
    assertThat(ordinaryResidence.accountableOfficers()).containsExactly("Michael Thomas-Sam");
    assertThat(ordinaryResidence.links()).containsExactly("Active Lives", "Vision for Kent");
    assertThat(ordinaryResidence.deliverables()).contains("Revised Ordinary Residence Guidance in place.");
    assertThat(ordinaryResidence.end()).contains(PlanDate.parse("March 2011"));

    // "FaME Flexible and Mobile Engagement | … kit to work | 31 st December" ... "Programme | flexibly; … | 2010"
    Action fame = action("FaME Flexible and Mobile Engagement Programme");
    assertThat(fame.accountableOfficers()).containsExactly("Nigel Vian");
    assertThat(fame.links()).containsExactly("Kent Environment Strategy");
    assertThat(fame.deliverables()).contains("Completion of the programme by full encryption of all mobile devices;"
        + " deployment of portable IT kit to work flexibly; deployment of new Microsoft Sharepoint IT infrastructure"
        + " to support mobile working through the use of dynamic assessment related e-forms; delivery of"
        + " e-collaborative working for teams and projects through virtual spaces within Sharepoint; secure the"
        + " technical solution for Electronic Document Record Management to meet obligations under new Adult Social"
        + " Care Record (ASCR).");
    // the superscript "st" the PDF set apart is rejoined: "31st December 2010"
    assertThat(fame.end()).contains(PlanDate.parse("31st December 2010"));
    assertThat(fame.end().orElseThrow().kind()).isEqualTo(PlanDate.Kind.DAY);
    assertThat(fame.end().orElseThrow().earliest()).contains(LocalDate.of(2010, 12, 31));
  }

  @Test
  void managersSplitAtSlashesAsPrinted() {
    // "Pat Huntingford/ Daniel Waller"
    assertThat(action("Comprehensive review of information for the public and staff - making a step change in"
        + " information, advice and guidance to provide an improved service to citizens").accountableOfficers())
        .containsExactly("Pat Huntingford", "Daniel Waller");
    // "Nick Sherlock/ Pat Huntingford", "Nick Sherlock/ Steph Abbott"
    assertThat(action("Re-shaping of Directorate Involvement Group").accountableOfficers())
        .containsExactly("Nick Sherlock", "Pat Huntingford");
    assertThat(action("Manage, on behalf of the Directorate, the CQC relationship and respond to routine and extra"
        + " requests for information").accountableOfficers()).containsExactly("Nick Sherlock", "Steph Abbott");
    // teams and roles are kept as printed
    assertThat(action("Resource Allocation System (RAS)").accountableOfficers()).containsExactly("SDS Executive");
    assertThat(action("Assistive technologies (Telehealth and Telecare) available for appropriate service users")
        .accountableOfficers()).containsExactly("Service Development Manager");
  }

  /**
   * The PDF prints each "Link to Corporate/Directorate Target or theme" cell as one run of words.
   * It is split into the names of the themes it runs together, each exactly as printed, by the
   * longest known name at each point ({@link PlannedActivity#LINKED_THEMES}); a cell that does not
   * split into known names fails the row-by-row test.
   */
  @Test
  void linksSplitIntoTheThemesTheyName() {
    // "Putting People First Transformation Adult Social Care Agenda Regeneration Framework"
    assertThat(action("Support the drive to increase the number of people receiving their personal budget as a"
        + " Direct Payment").links())
        .containsExactly("Putting People First", "Transformation Adult Social Care Agenda", "Regeneration Framework");
    // "Active Lives Towards 2010 Transformation Adult Social Care Agenda Kent and District Council Housing Strategies"
    assertThat(action("Excellent Homes for All Housing PFI").links()).containsExactly(
        "Active Lives", "Towards 2010", "Transformation Adult Social Care Agenda",
        "Kent and District Council Housing Strategies");
    // "Active Lives Vision for Kent Putting People First Transformation Adult Social Care Agenda Regeneration Framework"
    assertThat(action("Support the work with Age Concern (Age UK) and other voluntary sector partners on the"
        + " personalisation agenda").links()).containsExactly(
        "Active Lives", "Vision for Kent", "Putting People First", "Transformation Adult Social Care Agenda",
        "Regeneration Framework");
    // "JSNA Active Lives Kent Agreement 2 Regeneration Strategy"
    assertThat(action("Development and co-ordination of JSNA and specialist assessments (e.g. Learning Disability &"
        + " Carers)").links()).containsExactly("JSNA", "Active Lives", "Kent Agreement 2", "Regeneration Strategy");
    // one name with a comma in it stays whole
    assertThat(action("Delivery of the Inspection Action Plan following Independence, Choice and Wellbeing"
        + " Inspection in March 2009").links()).containsExactly("Independence, Wellbeing and Choice Inspection");
    // printed differently from the usual "Transformation Adult Social Care Agenda", kept as printed
    assertThat(action("Evaluation of SDS Project").links()).containsExactly("Transformation of Adult Social Care");
  }

  @Test
  void targetDatesAsPrinted() {
    assertThat(PLAN.allActions()).extracting(a -> a.end().orElseThrow().text()).containsExactly(
        "September 2011", "Ongoing", "June 2010", "Ongoing", "March 2011", "March 2011", "March 2011",
        "Ongoing until 2011", "September 2010", "July 2010",
        "Ongoing", "Ongoing", "Ongoing throughout 2010 – 2011", "September 2010",
        "Ongoing until 2013", "Ongoing until 2011", "March 2011", "March 2011",
        "31st December 2010", "March 2011",
        "Ongoing through 2010 – 2011", "March 2011", "March 2011", "March 2011", "Ongoing");
    assertThat(action("Evaluation of SDS Project").end().orElseThrow().isOngoing()).isTrue();
    assertThat(action("Evaluation of SDS Project").end().orElseThrow().isDated()).isFalse();
  }

  @Test
  void validatesWithoutFindings() {
    ValidationReport report = PLAN.validate();
    // No numbers to repeat, no start dates to precede the ends, and every undated target date is
    // "Ongoing…" (words, not a mistyped date). Section 2 and 4's budget findings are pinned in
    // KentKassHqBudgetTest, section 5's indicators' in KentKassHqIndicatorsTest.
    assertThat(report.findings()).as("%s", report).filteredOn(f -> f.code().startsWith("plan.")).isEmpty();
  }

  /**
   * Reads section 3 of the seed text row by row and checks that the example file holds exactly
   * its themes and projects.
   */
  @Test
  void plannedActivityIsTranscribedRowByRow() {
    List<Priority> published = PlannedActivity.read(SeedText.read("seed-000-kass-hq-2010-11.txt"));

    assertThat(published).hasSize(5);
    SeedText.assertTranscribed(PLAN.priorities(), published);
  }

  private static Action action(String description) {
    return PLAN.allActions().stream().filter(a -> a.description().equals(description)).findFirst()
        .orElseThrow(() -> new AssertionError("no action \"" + description + "\""));
  }

  /**
   * A reader of seed 000's section 3 table as the PDF extraction printed it: five tab-separated
   * cells per row (project, a/c manager, links, deliverables, target date), a theme row with its
   * name in the first cell only, and a header row repeated after each page break. A page break
   * splits a row in two: the first row after a repeated header that leaves a cell empty continues
   * the row before the break, cell by cell. Test code only.
   */
  static final class PlannedActivity {
    /** The themes and targets the links name, as printed. */
    static final List<String> LINKED_THEMES = List.of(
        "Putting People First",
        "Transformation Adult Social Care Agenda",
        "Transformation of Adult Social Care",
        "Regeneration Framework",
        "Regeneration Strategy",
        "Active Lives",
        "Vision for Kent",
        "Towards 2010",
        "Kent and District Council Housing Strategies",
        "Dementia Strategy",
        "JSNA",
        "Kent Agreement 2",
        "Independence, Wellbeing and Choice Inspection",
        "CQC Performance Framework",
        "Kent Environment Strategy",
        "Value for Money");

    private PlannedActivity() {}

    static List<Priority> read(String seed) {
      List<String> themes = new ArrayList<>();
      List<List<String[]>> rows = new ArrayList<>();
      boolean afterHeader = false;
      for (String line : SeedText.between(seed, "3. PLANNED ACTIVITY", null).split("\n")) {
        if (line.startsWith("Project/")) {
          afterHeader = true;
          continue;
        }
        if (!line.contains("\t")) {
          continue; // prose and blank lines
        }
        String[] cells = Arrays.copyOf(Arrays.stream(line.split("\t", -1)).map(String::strip).toArray(String[]::new), 5);
        Arrays.setAll(cells, i -> cells[i] == null ? "" : cells[i]);
        boolean partial = Arrays.stream(cells).anyMatch(String::isEmpty);
        List<String[]> themeRows = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1);
        if (afterHeader && partial && !themeRows.isEmpty()) {
          String[] before = themeRows.get(themeRows.size() - 1);
          for (int i = 0; i < 5; i++) {
            if (!cells[i].isEmpty()) {
              before[i] = before[i].isEmpty() ? cells[i] : before[i] + " " + cells[i];
            }
          }
        } else if (Arrays.stream(cells, 1, 5).allMatch(String::isEmpty)) {
          themes.add(cells[0]);
          rows.add(new ArrayList<>());
        } else {
          rows.get(rows.size() - 1).add(cells);
        }
        afterHeader = false;
      }
      List<Priority> priorities = new ArrayList<>();
      for (int t = 0; t < themes.size(); t++) {
        Priority.Builder theme = Priority.builder().title(themes.get(t));
        rows.get(t).forEach(cells -> theme.addAction(action(cells)));
        priorities.add(theme.build());
      }
      return priorities;
    }

    private static Action action(String[] cells) {
      Action.Builder action = Action.builder().description(cells[0]);
      Arrays.stream(cells[1].split("/")).map(String::strip).forEach(action::addAccountableOfficer);
      action.addAllLinks(links(cells[2]));
      action.deliverables(cells[3]);
      // "31 st December 2010": the PDF set the superscript ordinal apart from its number
      action.end(PlanDate.parse(cells[4].replaceAll("(\\d) (st|nd|rd|th)\\b", "$1$2")));
      return action.build();
    }

    static List<String> links(String cell) {
      List<String> links = new ArrayList<>();
      String rest = cell;
      while (!rest.isEmpty()) {
        String at = rest;
        String theme = LINKED_THEMES.stream().filter(t -> at.equals(t) || at.startsWith(t + " "))
            .max(comparingInt(String::length))
            .orElseThrow(() -> new AssertionError("no known theme at \"" + at + "\" in the link cell \"" + cell + "\""));
        links.add(theme);
        rest = rest.substring(theme.length()).strip();
      }
      return links;
    }
  }
}
