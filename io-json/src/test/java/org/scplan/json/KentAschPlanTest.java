package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scplan.core.Action;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.HeadlineFigure;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.Organisation;
import org.scplan.core.Person;
import org.scplan.core.Priority;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;
import org.scplan.core.ValidationReport;

/**
 * Golden test: {@code examples/plans/kent-asch-2018-19.json} holds seed 001, Kent County Council's
 * Adult Social Care and Health Directorate Business Plan 2018 - 19, exactly as published: the cover,
 * the corporate director, the directorate and its two divisions (section A), the headline net
 * budget and FTE (section A, "Our financial and staffing resources"), and section C's eight
 * priorities for 2018-19, each with its heading as description, its narrative, and every "Relevant
 * business planning priority" bullet as an unnumbered action.
 *
 * <p>Section C's "Equalities priority" and "PREVENT priority" are not among the eight numbered
 * priorities and are not held.
 *
 * <p>The spot checks below quote the seed; {@link #sectionCIsTranscribedParagraphByParagraph()}
 * reads section C of the seed text itself (copied to {@code src/test/resources}) and compares
 * every priority.
 */
class KentAschPlanTest {
  private static final BusinessPlan PLAN = ScplanJson.standard().readPlan(ExamplePlans.KENT_ASCH_2018_19);

  // ---------------------------------------------------------------------------------------------
  // Seed 001, cover, foreword and section A

  @Test
  void header() {
    // cover: "Adult Social Care and Health / Directorate Business Plan 2018 - 19"
    assertThat(PLAN.title()).isEqualTo("Directorate Business Plan 2018 - 19");
    assertThat(PLAN.year()).isEqualTo(FinancialYear.of(2018));
    assertThat(PLAN.lastYear()).isEmpty();
    assertThat(PLAN.status()).as("the plan prints no status or version").isEmpty();
    assertThat(PLAN.source()).hasValueSatisfying(s -> assertThat(s)
        .contains("Kent County Council")
        .contains("Adult Social Care and Health")
        .contains("Directorate Business Plan 2018 - 19"));
  }

  @Test
  void organisationIsKentThenTheDirectorateAndItsTwoDivisions() {
    // Section A, "About the Divisions in the Directorate": "Our Directorate is made up of two Divisions"
    Organisation org = PLAN.organisation().orElseThrow();

    assertThat(PLAN.unit()).isEqualTo(org.unit("asch").orElseThrow());
    assertThat(org.path(PLAN.unit())).extracting(OrgUnit::id, OrgUnit::name, OrgUnit::level).containsExactly(
        tuple("kcc", "Kent County Council", OrgLevel.COUNCIL),
        tuple("asch", "Adult Social Care and Health", OrgLevel.DIRECTORATE));
    assertThat(org.children(PLAN.unit())).extracting(OrgUnit::id, OrgUnit::name, OrgUnit::level).containsExactly(
        tuple("dcaldmh", "Disabled Children, Adults Learning Disability and Mental Health", OrgLevel.DIVISION),
        tuple("oppd", "Older People and Physical Disability", OrgLevel.DIVISION));
    assertThat(org.units()).hasSize(4);
  }

  @Test
  void people() {
    // Foreword: "Penny Southern, / Corporate Director of Adult Social Care and Health"
    assertThat(PLAN.corporateDirectors())
        .containsExactly(Person.of("Penny Southern", "Corporate Director of Adult Social Care and Health"));
    assertThat(PLAN.portfolioHolder()).as("the plan names no cabinet member").isEmpty();
    assertThat(PLAN.directors()).isEmpty();
    assertThat(PLAN.headsOfService()).isEmpty();
    assertThat(PLAN.accountableManagers()).isEmpty();
  }

  private static final String RESOURCES_SENTENCE = "The Adult Social Care and Health Directorate has a total net"
      + " budget of £414m for 2018-19 and a total of 2,319.2 FTE staff.";

  @Test
  void netBudgetHeadline() {
    HeadlineFigure net = PLAN.headline(HeadlineMeasure.NET_BUDGET).orElseThrow();

    assertThat(net.figure()).isInstanceOfSatisfying(ReportedAmount.class, amount -> {
      assertThat(amount.unit()).isEqualTo(AmountUnit.MILLIONS);
      assertThat(amount.printed()).isEqualByComparingTo("414");
      assertThat(amount.decimals()).isZero();
      assertThat(amount).hasToString("£414m");
    });
    assertThat(net.asAt()).contains("2018-19");
    assertThat(net.quote()).contains(RESOURCES_SENTENCE);
  }

  @Test
  void fteHeadline() {
    HeadlineFigure fte = PLAN.headline(HeadlineMeasure.FTE).orElseThrow();

    assertThat(fte.figure()).isEqualTo(ReportedNumber.of(new BigDecimal("2319.2")));
    assertThat(fte.figure().decimals()).isEqualTo(1);
    assertThat(fte.figure()).hasToString("2,319.2");
    assertThat(fte.quote()).contains(RESOURCES_SENTENCE);
    assertThat(PLAN.headline(HeadlineMeasure.GROSS_EXPENDITURE)).isEmpty();
    assertThat(PLAN.headlines()).hasSize(2);
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 001, section C: Directorate priorities for 2018-19

  @Test
  void eightPriorities() {
    assertThat(PLAN.priorities()).extracting(p -> p.number().orElseThrow(), Priority::title).containsExactly(
        tuple("1", "Budget"),
        tuple("2", "Safeguarding"),
        tuple("3", "Implement the New Operating Model for Adult Social Care and Health"),
        tuple("4", "introduce the Local Care hub model where social care, community health care and Local Authority"
            + " housing teams work seamlessly together around groups of GP practices."),
        tuple("5", "Delayed Transfers of Care"),
        tuple("6", "Retain, recruit and develop a capable workforce to meet the business needs"),
        tuple("7", "Commissioning for outcomes"),
        tuple("8", "Carers"));
    assertThat(PLAN.priorities()).allSatisfy(p -> {
      assertThat(p.description()).isPresent();
      assertThat(p.narrative()).isPresent();
      assertThat(p.milestones()).isEmpty();
      assertThat(p.keyDecisions()).isEmpty();
    });
  }

  @Test
  void headingsAsDescriptionsWithoutTheirMarkdown() {
    assertThat(priority(1).description())
        .contains("Managing within our means, through sound management of the agreed budget for our businesses");
    // "#### **Refresh the Adult Social Care … based operating model.**"
    assertThat(priority(3).description()).contains("Refresh the Adult Social Care and Health Your Life Your Wellbeing"
        + " strategy and implement an asset, or strengths, based operating model.");
    assertThat(priority(8).description()).contains("Ensure there is a broad range of responsive and flexible support"
        + " for carers to assist them in their roles (including recognising the issues of young carers in relation to"
        + " adults and the need to build on community resilience)");
    assertThat(PLAN.priorities()).extracting(p -> p.description().orElseThrow())
        .noneMatch(d -> d.contains("*") || d.contains("#"));
  }

  @Test
  void narratives() {
    assertThat(priority(1).narrative()).contains("Kent County Council's standing procedures require all Directorates"
        + " to deliver their service within budget. This is a responsibility that we fully embrace, and govern the"
        + " business accordingly. We plan to close the year with a balanced budget.");
    // two paragraphs, kept apart by a blank line
    assertThat(List.of(priority(5).narrative().orElseThrow().split("\n\n"))).hasSize(2).last().isEqualTo(
        "Specifically, we will ensure there are robust monitoring and reporting systems in place at all levels"
        + " (operational, management and Members) supported by appropriate escalation and decision-making"
        + " procedures.");
    // one paragraph the PDF broke at a page: "We cannot make the service" / "changes and achieve …"
    assertThat(priority(6).narrative().orElseThrow())
        .doesNotContain("\n")
        .contains("We cannot make the service changes and achieve the innovations and improvements we seek")
        .endsWith("(See Section J for further information).");
  }

  @Test
  void actionCountsPerPriority() {
    assertThat(PLAN.priorities()).extracting(p -> p.actions().size()).containsExactly(4, 5, 5, 4, 6, 13, 6, 4);
    assertThat(PLAN.allActions()).hasSize(47);
    assertThat(PLAN.allActions()).allSatisfy(a -> {
      assertThat(a.number()).isEmpty();
      assertThat(a.accountableOfficers()).isEmpty();
      assertThat(a.start()).isEmpty();
      assertThat(a.end()).isEmpty();
      assertThat(a.actions()).isEmpty();
    });
  }

  @Test
  void bulletsVerbatim() {
    assertThat(priority(1).actions().get(0)).isEqualTo(Action.of("We will implement comprehensive delivery plans by"
        + " April 2018 to achieve the savings targets set out in the Medium Term Financial Plan 2018-20."));
    // the last bullet of priority 5 ends without a full stop, as published
    assertThat(priority(5).actions().get(3).description()).endsWith("appropriate escalation and decision-making"
        + " procedures");
    assertThat(priority(6).actions().get(5)).isEqualTo(Action.of("Continue to embed ESTHER methodology in practice, by"
        + " December 2018 we hope to have 1000 ambassadors and 80 coaches."));
    assertThat(priority(8).actions()).last().isEqualTo(Action.of("Continue with development work to update the Carers"
        + " Strategy taking account of the Government's Carers Action Plan."));
  }

  @Test
  void bulletsThePdfBrokeOrUnmarked() {
    // Priority 3: the first item under "Relevant business planning priorities:" lost its bullet mark
    assertThat(priority(3).actions().get(0).description()).isEqualTo("We will work with staff, service users,"
        + " communities, and partners to refresh our vision strategy – introducing the establishment of care as a"
        + " social movement.");
    // Priority 4: "… General Practitioners, the Voluntary" / "Community Social Enterprise sector, …"
    assertThat(priority(4).actions().get(1).description()).isEqualTo("We will work with the Local Medical Council,"
        + " General Practitioners, the Voluntary Community Social Enterprise sector, service users and health partners"
        + " to establish two pilot sites, as a fully functioning Local Care Hub System for a population of between"
        + " 30,000 to 50,000.");
    // Priority 7: "… and develop a joint" / "learning hub with providers …"
    assertThat(priority(7).actions().get(3).description()).endsWith("by end of December 2018 and develop a joint"
        + " learning hub with providers and the NHS in order to achieve an integrated career pathway.");
  }

  @Test
  void validatesWithoutFindings() {
    ValidationReport report = PLAN.validate();
    // The plan's own checks find nothing: priority numbers 1-8 are unique and the actions carry
    // no numbers or dates. (The £414m against Table 5 is a budget section's check, pinned in
    // KentAschBudgetTest; Table 1's findings are in RiskSectionsOfTheExamplesTest, Tables 7 and 8's
    // in KentAschIndicatorsTest.)
    assertThat(report.filter(f -> f.code().startsWith("plan."))).as("%s", report).isEmpty();
  }

  /**
   * Reads section C of the seed text and checks that the example file holds exactly its eight
   * priorities.
   */
  @Test
  void sectionCIsTranscribedParagraphByParagraph() {
    List<Priority> published = SectionC.read(SeedText.read("seed-001-asch-2018-19.txt"));

    assertThat(published).hasSize(8);
    SeedText.assertTranscribed(PLAN.priorities(), published);
  }

  private static Priority priority(int number) {
    return PLAN.priorities().get(number - 1);
  }

  /**
   * A reader of seed 001's section C as the PDF extraction printed it: a heading {@code ### Priority
   * N: title} (two to four {@code #}), the next line its heading (markdown {@code #} and {@code **}
   * stripped), narrative paragraphs up to "Relevant business planning priority:", then one action
   * per bullet. A paragraph that ends without a full stop or closing bracket runs on into the next
   * (a page break); a line without a bullet mark continues the bullet before it (a page break), or,
   * before the first bullet, is an item whose mark was lost. Test code only.
   */
  static final class SectionC {
    private static final Pattern HEADING = Pattern.compile("^#+ Priority (\\d+): (.+)$");

    private final List<Priority> priorities = new ArrayList<>();
    private Priority.Builder priority;
    private String description;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private boolean inList;

    private SectionC() {}

    static List<Priority> read(String seed) {
      SectionC reader = new SectionC();
      for (String line : SeedText.between(seed, "## C. Directorate priorities", "## Equalities priority").split("\n")) {
        reader.line(line.strip());
      }
      reader.endPriority();
      return reader.priorities;
    }

    private void line(String line) {
      Matcher heading = HEADING.matcher(line);
      if (line.isEmpty() || line.equals("---")) {
        return;
      } else if (heading.matches()) {
        endPriority();
        priority = Priority.builder().number(heading.group(1)).title(heading.group(2));
      } else if (priority == null) {
        return; // the section's introduction
      } else if (description == null) {
        description = line.replaceFirst("^#+\\s*", "").replaceFirst("^\\*\\*(.*)\\*\\*$", "$1");
      } else if (line.startsWith("Relevant business planning priorit")) {
        inList = true;
      } else if (!inList) {
        int last = paragraphs.size() - 1;
        if (last >= 0 && !paragraphs.get(last).matches("(?s).*[.)]$")) {
          paragraphs.set(last, paragraphs.get(last) + " " + line);
        } else {
          paragraphs.add(line);
        }
      } else if (line.startsWith("- ")) {
        items.add(line.substring(2).strip());
      } else if (items.isEmpty()) {
        items.add(line);
      } else {
        items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
      }
    }

    private void endPriority() {
      if (priority == null) {
        return;
      }
      priority.description(description).narrative(String.join("\n\n", paragraphs));
      items.forEach(item -> priority.addAction(Action.of(item)));
      priorities.add(priority.build());
      description = null;
      paragraphs.clear();
      items.clear();
      inList = false;
    }
  }
}
