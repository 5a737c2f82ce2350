package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.Organisation;
import org.scplan.core.Person;
import org.scplan.core.ValidationReport;

/**
 * Golden test: {@code examples/plans/kent-fsc-monitoring-2013-14.json} holds seed 003, the Families
 * and Social Care Performance and Mid-Year Business Plan Monitoring report to Kent County Council's
 * Social Care and Public Health Cabinet Committee of 5 December 2013, as a plan document for the
 * Families and Social Care directorate: its subject as title, the committee and date as status, the
 * people of its "By:" line, and the four divisions its business plan dashboard (5.3) reports on.
 *
 * <p>The report monitors the divisions' own plans, so the file holds no priorities of its own.
 *
 * <p>The plan model holds one portfolio holder: Graham Gibbens, named first, is the portfolio
 * holder; Jenny Whittle, the second cabinet member, is held in {@code source}, which quotes the
 * report's "By:" line whole.
 */
class KentFscMonitoringPlanTest {
  private static final BusinessPlan PLAN =
      ScplanJson.standard().readPlan(ExamplePlans.KENT_FSC_MONITORING_2013_14);

  private static final String BY_LINE = "Graham Gibbens, Cabinet Member for Adult Social Care & Public Health;"
      + " Jenny Whittle, Cabinet Member for Specialist Children's Services; Andrew Ireland, Corporate Director for"
      + " Families and Social Care";

  @Test
  void header() {
    // "Subject: **Families and Social Care Performance and Mid-Year Business Plan Monitoring**"
    assertThat(PLAN.title()).isEqualTo("Families and Social Care Performance and Mid-Year Business Plan Monitoring");
    // "To: Social Care and Public Health Cabinet Committee" / "Date: 5 December 2013"
    assertThat(PLAN.status()).contains("Social Care and Public Health Cabinet Committee, 5 December 2013");
    assertThat(PLAN.source()).hasValueSatisfying(s -> assertThat(s).contains("Kent County Council").contains(BY_LINE));
  }

  @Test
  void yearIsTheOneMonitoredAtMidYear() {
    // A mid-year report of December 2013 monitors 2013-14 (3.2: "year out-turn for 2013/14"); its
    // 5.2 says "Business Plan 2012/13", a slip the LDMH division's 2013-14 plan (seed 002) confirms
    // as such: the six LDMH priorities of section 8 are that plan's.
    assertThat(PLAN.year()).isEqualTo(FinancialYear.of(2013));
    assertThat(PLAN.lastYear()).isEmpty();
  }

  @Test
  void organisationIsKentThenTheDirectorateAndItsFourDivisions() {
    Organisation org = PLAN.organisation().orElseThrow();

    assertThat(org.path(PLAN.unit())).extracting(OrgUnit::id, OrgUnit::name, OrgUnit::level).containsExactly(
        tuple("kcc", "Kent County Council", OrgLevel.COUNCIL),
        tuple("fsc", "Families and Social Care", OrgLevel.DIRECTORATE));
    // 5.3's dashboard rows SCS, OPPD, LDMH, SC, named as sections 6 to 9 head them
    assertThat(org.children(PLAN.unit())).extracting(OrgUnit::id, OrgUnit::name, OrgUnit::level).containsExactly(
        tuple("scs", "Specialist Children's Services", OrgLevel.DIVISION),
        tuple("oppd", "Older People and Physical Disability", OrgLevel.DIVISION),
        tuple("ldmh", "Learning Disability and Mental Health", OrgLevel.DIVISION),
        tuple("sc", "Strategic Commissioning", OrgLevel.DIVISION));
  }

  @Test
  void people() {
    assertThat(PLAN.portfolioHolder())
        .contains(Person.of("Graham Gibbens", "Cabinet Member for Adult Social Care & Public Health"));
    assertThat(PLAN.cabinetMembers())
        .containsExactly(Person.of("Jenny Whittle", "Cabinet Member for Specialist Children's Services"));
    assertThat(PLAN.corporateDirectors())
        .containsExactly(Person.of("Andrew Ireland", "Corporate Director for Families and Social Care"));
    assertThat(PLAN.directors()).isEmpty();
    assertThat(PLAN.headsOfService()).isEmpty();
    assertThat(PLAN.accountableManagers()).isEmpty();
  }

  /** The "By:" block of the seed, one "name, title" per line, is the people the file holds. */
  @Test
  void peopleAreTheSeedsByLine() {
    String seed = SeedText.read("seed-003-fsc-monitoring-2013-14.txt");
    List<Person> by = Arrays.stream(SeedText.between(seed, "By: ", "To: ").strip().split("\n"))
        .map(line -> line.replaceFirst("^By: ", "").strip().split(", ", 2))
        .map(nameAndTitle -> Person.of(nameAndTitle[0], nameAndTitle[1]))
        .toList();

    assertThat(by).hasSize(3);
    assertThat(PLAN.portfolioHolder()).contains(by.get(0));
    assertThat(PLAN.cabinetMembers()).containsExactly(by.get(1));
    assertThat(PLAN.corporateDirectors()).containsExactly(by.get(2));
  }

  @Test
  void noPrioritiesOrHeadlines() {
    assertThat(PLAN.priorities()).isEmpty();
    assertThat(PLAN.headlines()).isEmpty();
  }

  @Test
  void validatesWithoutFindings() {
    ValidationReport report = PLAN.validate();

    assertThat(report.findings()).isEmpty();
  }
}
