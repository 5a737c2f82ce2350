package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scplan.core.Action;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.Person;
import org.scplan.core.Priority;
import org.scplan.core.ValidationReport;

/**
 * Golden test: {@code examples/plans/kent-asc-transformation-2012.json} holds seed 004, Kent County
 * Council's Adult Social Care Transformation Programme Blueprint and Preparation Plan, version 1.4
 * of 1 May 2012, exactly as published: the title page (title, version and date, authors), the
 * foreword's signatories, and section 6's six transformation themes as unnumbered priorities, each
 * with its heading line as description, the bullets of "The vision for this theme is:" as actions,
 * and, where the page prints them (themes 1 and 4), its success measures, key principles and Bold
 * Steps as narrative.
 *
 * <p>The programme runs three years: "the 3 year transformation programme" (7.5), starting with
 * the Understand phase in April 2012 (7.2) and aiming at "a position where, by 2015, it can operate
 * on a reduced budget" (section 2), so the plan covers 2012-13 to 2014-15.
 *
 * <p>People: the four authors of the title page are the accountable managers, each with the title
 * printed beside them; Mark Lobban, the first of them, is also the programme's Senior Responsible
 * Owner (7.5) and is not repeated as a director. Graham Gibbens and Andrew Ireland, who sign the
 * foreword, are the portfolio holder and the corporate director.
 */
class KentAscTransformationPlanTest {
  private static final BusinessPlan PLAN =
      ScplanJson.standard().readPlan(ExamplePlans.KENT_ASC_TRANSFORMATION_2012);

  // ---------------------------------------------------------------------------------------------
  // Seed 004, title page and foreword

  @Test
  void header() {
    assertThat(PLAN.title()).isEqualTo("Adult Social Care Transformation Programme Blueprint and Preparation Plan");
    // "Version: 1.4" / "Date: 1 May 2012"
    assertThat(PLAN.status()).contains("Version 1.4 (1 May 2012)");
    assertThat(PLAN.source()).hasValueSatisfying(s -> assertThat(s)
        .contains("Kent County Council")
        .contains("Adult Social Care Transformation Programme Blueprint and Preparation Plan"));
  }

  @Test
  void threeYearProgrammeFrom2012To2015() {
    assertThat(PLAN.year()).isEqualTo(FinancialYear.of(2012));
    assertThat(PLAN.lastYear()).contains(FinancialYear.of(2014));
    assertThat(PLAN.years()).extracting(FinancialYear::toString).containsExactly("2012-13", "2013-14", "2014-15");
  }

  @Test
  void organisationIsKentThenFamiliesAndSocialCareThenItsAdultServices() {
    List<OrgUnit> path = PLAN.organisation().orElseThrow().path(PLAN.unit());

    // "moving Families and Social Care (Adults) to a position where, by 2015, …" (section 2)
    assertThat(path).extracting(OrgUnit::id, OrgUnit::name, OrgUnit::level).containsExactly(
        tuple("kcc", "Kent County Council", OrgLevel.COUNCIL),
        tuple("fsc", "Families and Social Care", OrgLevel.DIRECTORATE),
        tuple("fsc-adults", "Families and Social Care (Adults)", OrgLevel.DIVISION));
    assertThat(PLAN.organisation().orElseThrow().units()).hasSize(3);
  }

  @Test
  void authorsAreTheAccountableManagers() {
    // "Authors: Mark Lobban, Director Strategic Commissioning, Families & Social Care" and three more lines
    assertThat(PLAN.accountableManagers()).containsExactly(
        Person.of("Mark Lobban", "Director Strategic Commissioning, Families & Social Care"),
        Person.of("Juliet Doswell", "Project Manager, Families & Social Care"),
        Person.of("Melanie Hayes", "Project Manager, Families & Social Care"),
        Person.of("Samantha Sheppard", "Project Manager, Families & Social Care"));
    assertThat(PLAN.directors()).isEmpty();
    assertThat(PLAN.headsOfService()).isEmpty();
  }

  @Test
  void foreword() {
    // signed "Graham Gibbens / Cabinet Member / Adult Social Care and Public Health" and "Andrew
    // Ireland / Corporate Director / Families & Social Care": the title's lines joined with a comma
    assertThat(PLAN.portfolioHolder())
        .contains(Person.of("Graham Gibbens", "Cabinet Member, Adult Social Care and Public Health"));
    assertThat(PLAN.corporateDirectors())
        .containsExactly(Person.of("Andrew Ireland", "Corporate Director, Families & Social Care"));
  }

  @Test
  void noHeadlines() {
    // "around £200 million less" (3.2) is the whole council's, not the programme's
    assertThat(PLAN.headlines()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Seed 004, section 6: Transformation themes

  @Test
  void sixThemesAsUnnumberedPriorities() {
    assertThat(PLAN.priorities()).extracting(Priority::title).containsExactly(
        "Prevention, independence and wellbeing",
        // the theme's own page; the overview and section 2 print "Supporting recovery, maximising
        // independence and assessing at the right time and in the right place"
        "Supporting recovery, maximising independence, assessing at the right time and in the right place",
        "Support at home and in the community",
        "Place to live",
        "Every penny counts",
        "Doing the right things well");
    assertThat(PLAN.priorities()).allSatisfy(p -> {
      assertThat(p.number()).isEmpty();
      assertThat(p.milestones()).isEmpty();
      assertThat(p.keyDecisions()).isEmpty();
    });
  }

  @Test
  void descriptionsFromEachThemesPage() {
    assertThat(PLAN.priorities()).extracting(p -> p.description().orElseThrow()).containsExactly(
        "Enabling citizens to find solutions that meet their needs without entering the formal social care system.",
        "Short term crisis support and maximising the opportunity to recover prior to any long term care decisions"
            + " being made. Those who have ongoing social care needs will be able to access support that promotes"
            + " independence.",
        "Greater choice in support and activities that encourage people to live independently and prevent social"
            + " isolation.",
        "Accommodation solutions that increase the options available so people can live independently in a place of"
            + " their choosing.",
        "Ensuring all spend provides value for money.",
        // the overview adds "and effectively"
        "Ensuring the right processes are in place and applied consistently");
  }

  @Test
  void visionBulletsAsActions() {
    assertThat(PLAN.priorities()).extracting(p -> p.actions().size()).containsExactly(11, 10, 7, 9, 7, 8);
    assertThat(PLAN.allActions()).hasSize(52);
    assertThat(PLAN.allActions()).allSatisfy(a -> {
      assertThat(a.number()).isEmpty();
      assertThat(a.accountableOfficers()).isEmpty();
      assertThat(a.start()).isEmpty();
      assertThat(a.end()).isEmpty();
    });
    assertThat(PLAN.priorities().get(0).actions().get(0)).isEqualTo(Action.of("Information, advice and guidance"
        + " through a range of partner organisations that is easily accessible to all and supports people to make"
        + " informed decisions about social care"));
    // verbatim, typo included ("barriers cause by")
    assertThat(PLAN.priorities().get(1).actions().get(6)).isEqualTo(Action.of("Removal of barriers cause by"
        + " transition of clients moving from Children’s Services to Adult Services"));
    assertThat(PLAN.priorities().get(4).actions().get(5)).isEqualTo(Action.of("Design an “access to resources” team"
        + " that purchase support on behalf of people who do not want to manage their own support – using expertise"
        + " and consistent processes to manage spend effectively"));
    assertThat(PLAN.priorities().get(5).actions()).last().isEqualTo(Action.of("Monitoring direct payment spend to"
        + " ensure unused monies are reclaimed and reinvested with other people needing support"));
  }

  @Test
  void successMeasuresKeyPrinciplesAndBoldStepsAsNarrative() {
    assertThat(PLAN.priorities()).extracting(p -> p.narrative().isPresent())
        .containsExactly(true, false, false, true, false, false);
    assertThat(PLAN.priorities().get(0).narrative()).contains("""
        What success looks like:
        Greater number of people able to meet their own needs without entering the formal social care system
        Those who need to enter the social care system will have the tools to self manage their own care needs \
        with reduced involvement from KCC

        Evidence of Success:
        Increase in self assessments and use of community and voluntary services
        High usage of self management tools
        Evidence that prevention is delivering the required outcomes
        Reduction in KCC activity/spend

        Key Principles:
        Demand Management
        Prevention
        Personalisation
        Localism
        Self management (where possible)
        Partnership working

        Bold Steps:
        1. Improve how we procure and commission services
        2. Support the transformation of health & social care
        7. Building strong relationships with business
        15. Improve services for the most vulnerable""");
    // the graphic's label ("Place to live") between the blocks is dropped
    assertThat(PLAN.priorities().get(3).narrative().orElseThrow())
        .startsWith("What success looks like:\nA range of housing options available")
        .contains("\n\nEvidence of success:\n")
        .contains("\n\nKey principles:\nDemand management\nPersonalisation\nLocalism\nPartnership working\n"
            + "Incentivisation\n\n")
        .endsWith("Bold Steps:\n1. Improve how we procure services\n2. Support transformation of health & social care\n"
            + "12. Empower users of social services through personal budgets\n15. Improve services for most vulnerable")
        .doesNotContain("Place to live");
  }

  @Test
  void validatesWithoutFindings() {
    ValidationReport report = PLAN.validate();

    // The plan's own checks; Appendix 4's finding is in RiskSectionsOfTheExamplesTest.
    assertThat(report.filter(f -> f.code().startsWith("plan."))).isEmpty();
  }

  /**
   * Reads section 6 of the seed text and checks that the example file holds exactly its six
   * themes.
   */
  @Test
  void sectionSixIsTranscribedLineByLine() {
    List<Priority> published = Themes.read(SeedText.read("seed-004-asc-transformation-2012.txt"));

    assertThat(published).hasSize(6);
    SeedText.assertTranscribed(PLAN.priorities(), published);
  }

  /**
   * A reader of seed 004's section 6 as the PDF extraction printed it: an overview of the six
   * themes (a number alone on a line, the title, the description), then a page per theme with the
   * same three lines, "The vision for this theme is:", its bullets, and on some pages blocks headed
   * "What success looks like:", "Evidence of Success:", "Key Principles:", "Bold Steps:" with one
   * item per line. Only the theme pages are read; a line that repeats the theme's name (the label
   * of a graphic) is dropped. Test code only.
   */
  static final class Themes {
    private Themes() {}

    static List<Priority> read(String seed) {
      List<Priority> themes = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      for (String line : SeedText.between(seed, "6 Transformation themes", "7 Planning the transformation").split("\n")) {
        if (line.strip().matches("[1-6]")) {
          theme(lines).ifPresent(themes::add);
          lines.clear();
        }
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
      theme(lines).ifPresent(themes::add);
      return themes;
    }

    /** A theme's page, or empty for the section's introduction or the overview's entries. */
    private static Optional<Priority> theme(List<String> lines) {
      int vision = lines.indexOf("The vision for this theme is:");
      if (vision < 0) {
        return Optional.empty();
      }
      assertThat(vision).as("number, title, description before the vision in %s", lines).isEqualTo(3);
      String title = lines.get(1);
      Priority.Builder theme = Priority.builder().title(title).description(lines.get(2));
      List<String> blocks = new ArrayList<>();
      for (String line : lines.subList(vision + 1, lines.size())) {
        if (line.startsWith("- ")) {
          assertThat(blocks).as("bullets after the narrative of %s", title).isEmpty();
          theme.addAction(Action.of(line.substring(2).strip()));
        } else if (line.endsWith(":")) {
          blocks.add(line);
        } else if (!name(line).equals(name(title))) {
          blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1) + "\n" + line);
        }
      }
      if (!blocks.isEmpty()) {
        theme.narrative(String.join("\n\n", blocks));
      }
      return Optional.of(theme.build());
    }

    private static String name(String text) {
      return text.toLowerCase(Locale.ROOT).replace("&", "and");
    }
  }
}
