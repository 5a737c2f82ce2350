package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Finding;
import org.scplan.core.Person;
import org.scplan.core.PlanSection;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.continuity.BusinessContinuityPlan;
import org.scplan.equality.CharacteristicAssessment;
import org.scplan.continuity.CriticalFunction;
import org.scplan.equality.EqualityAction;
import org.scplan.equality.EqualityImpactAssessment;
import org.scplan.risk.HeatMap;
import org.scplan.equality.ImpactLevel;
import org.scplan.equality.ProtectedCharacteristic;
import org.scplan.risk.RatingKind;
import org.scplan.risk.RegisterLevel;
import org.scplan.risk.ReviewFrequency;
import org.scplan.risk.Risk;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskRegister;
import org.scplan.risk.RiskRules;

/**
 * Golden tests of the risk sections of the example plans, held against the seeds' own text (copied
 * to {@code src/test/resources/org/scplan/json}): seed 001's Table 1 in
 * {@code kent-asch-2018-19.json}, seed 002's critical functions in {@code kent-ldmh-2013-14.json}
 * and seed 004's equality impact assessment in {@code kent-asc-transformation-2012.json}; and the
 * findings each section's check reports for them. The files agree with the risk module's own
 * golden fixtures ({@code SeedRegisters}), built through the API from the same text.
 */
class RiskSectionsOfTheExamplesTest {
  private static final ScplanJson JSON = ScplanJson.standard();

  private static <T extends PlanSection> T section(BusinessPlan plan, Class<T> type, String id) {
    List<PlanSection> matching = plan.sections().stream().filter(s -> s.id().equals(id)).toList();
    assertThat(matching).as("sections with id %s", id).singleElement().isInstanceOf(type);
    return type.cast(matching.get(0));
  }

  /** Returns the findings of the risk module's rules, {@code risk.*}, in a plan's report. */
  private static List<Finding> riskFindings(ValidationReport report) {
    return report.filter(f -> f.code().startsWith("risk."));
  }

  /** Seed 001, section E, Table 1: the directorate register, entries with no ratings. */
  @Nested
  class Seed001Table1 {
    private final BusinessPlan plan = JSON.readPlan(ExamplePlans.KENT_ASCH_2018_19);
    private final RiskRegister table1 = section(plan, RiskRegister.class, "directorate-risk-register");

    @Test
    void theRegisterIsKentsDirectorateRegisterReviewedQuarterly() {
      assertThat(table1.title()).isEqualTo("Table 1");
      assertThat(table1.matrix()).isEqualTo(RiskMatrices.kent5x5());
      assertThat(table1.level()).contains(RegisterLevel.DIRECTORATE);
      // Section B: the directorate register is "formally undertaken on a quarterly basis".
      assertThat(table1.reviewFrequency()).contains(ReviewFrequency.QUARTERLY);
      assertThat(table1.asAt()).isEmpty();
    }

    @Test
    void holdsEveryRowOfTable1AsPublishedAndNothingElse() {
      List<Risk> published = new ArrayList<>();
      for (String line : SeedText.read("seed-001-section-e-table-1.txt").lines().toList()) {
        if (line.matches("AH\\d{4}\t.*")) {
          // <b> around three topics is typography, not text.
          String[] cells = line.replaceAll("</?b>", "").split("\t");
          published.add(Risk.of(cells[0], cells[1], cells[2]));
        }
      }

      assertThat(published).hasSize(13);
      // Risk.of leaves every other member empty: no ratings, owner, controls or actions are invented.
      assertThat(table1.risks()).isEqualTo(published);
      assertThat(table1.risk("AH0012").flatMap(Risk::title)).contains("Kent County Council/Kent and Medway NHS"
          + " Social Care Partnership Trust partnership agreement");
    }

    @Test
    void theCheckSaysEveryEntryIsUnratedAndUnowned() {
      ValidationReport report = table1.validate();

      assertThat(report.summary()).isEqualTo("0 errors, 26 warnings, 0 infos");
      assertThat(report.codes()).containsExactlyInAnyOrder(RiskRules.RATING_MISSING, RiskRules.OWNER_MISSING);
      assertThat(report.withCode(RiskRules.RATING_MISSING)).hasSize(13).first().satisfies(f -> {
        assertThat(f.message()).isEqualTo("Risk AH0001: New operating model is not rated: it has no inherent,"
            + " current or target rating");
        assertThat(f.location().toString()).isEqualTo("Table 1 › Risk AH0001: New operating model [current]");
      });
      assertThat(report.withCode(RiskRules.OWNER_MISSING)).extracting(f -> f.location().path().get(1))
          .startsWith("Risk AH0001: New operating model").endsWith("Risk AH0017: Facilities Management");
    }

    @Test
    void thePlansCheckCarriesTheRegistersFindings() {
      assertThat(riskFindings(plan.validate())).isEqualTo(table1.validate().findings()).hasSize(26);
    }

    @Test
    void theHeatMapPlacesNothingAndListsAllThirteen() {
      HeatMap current = table1.heatMap(RatingKind.CURRENT);

      assertThat(current.total()).isZero();
      assertThat(current.notRated()).hasSize(13).startsWith("AH0001: New operating model");
    }
  }

  /** Seed 002, section E: CRITICAL FUNCTIONS, TIMESCALE, MINIMUM SERVICE LEVEL. */
  @Nested
  class Seed002CriticalFunctions {
    private final BusinessPlan plan = JSON.readPlan(ExamplePlans.KENT_LDMH_2013_14);
    private final BusinessContinuityPlan continuity = section(plan, BusinessContinuityPlan.class,
        "business-continuity");

    /**
     * Reads the table as the extracted text gives it: the bold name, the timescale and the minimum
     * service level; a cell continued after a page break ("\t\treferred to …") is joined to the one
     * before with a space. (The words after the first name and that row's fourth cell are the
     * RISKS / MITIGATION table's sixth row, laid beside this one.)
     */
    private List<CriticalFunction> published() {
      List<CriticalFunction> functions = new ArrayList<>();
      String text = SeedText.read("seed-002-section-e-critical-functions.txt");
      String[] rows = SeedText.between(text, "CRITICAL FUNCTIONS\t", null).split("\n");
      for (String row : rows) {
        if (row.startsWith("<b>")) {
          String[] cells = row.split("\t");
          functions.add(CriticalFunction.of(row.substring(3, row.indexOf("</b>")), cells[1], cells[2]));
        } else if (row.startsWith("\t\t")) {
          CriticalFunction last = functions.remove(functions.size() - 1);
          functions.add(CriticalFunction.builder().from(last)
              .minimumServiceLevel(last.minimumServiceLevel().orElseThrow() + " " + row.strip()).build());
        }
      }
      return functions;
    }

    @Test
    void holdsTheTenCriticalFunctionsAsPublished() {
      assertThat(continuity.title()).isEqualTo("CRITICAL FUNCTIONS");
      assertThat(continuity.narrative()).isEmpty();
      assertThat(continuity.criticalFunctions()).hasSize(10).isEqualTo(published());
    }

    @Test
    void eightWithin4HoursAndTwoWithin24() {
      assertThat(continuity.criticalFunctions()).extracting(f -> f.recoveryTime().orElseThrow().text())
          .containsExactly("4 hours", "4 hours", "4 hours", "4 hours", "4 hours", "4 hours", "4 hours", "4 hours",
              "24 hours", "24 hours");
      assertThat(continuity.criticalFunction("Client and Business Information Management").orElseThrow()
          .recoveryTime().orElseThrow().duration()).hasHours(24);
    }

    @Test
    void theContinuedMinimumServiceLevelIsJoined() {
      assertThat(continuity.criticalFunction("Referrals and Assessment Processes").orElseThrow().minimumServiceLevel())
          .contains("Manage new referrals to appropriate health or social care service, conduct priority care"
              + " management, health assessments, screening, care plan and intervention for clients referred to health"
              + " and social care professionals. Arrange appropriate services for people based on priority"
              + " assessment.");
    }

    @Test
    void thePublishedFunctionsPassTheChecks() {
      // The seed gives no maximum tolerable period of disruption and no dependencies to hold against.
      assertThat(continuity.validate().findings()).isEmpty();
      assertThat(riskFindings(plan.validate())).isEmpty();
    }
  }

  /** Seed 004, Appendix 4: the initial screening and the action plan. */
  @Nested
  class Seed004EqualityImpact {
    private final BusinessPlan plan = JSON.readPlan(ExamplePlans.KENT_ASC_TRANSFORMATION_2012);
    private final EqualityImpactAssessment eia = section(plan, EqualityImpactAssessment.class,
        "equality-impact-assessment");
    private final String text = SeedText.read("seed-004-appendix-4-equality-impact-assessment.txt");

    private static Optional<String> cell(String[] cells, int i) {
      return i < cells.length && !cells[i].isBlank() ? Optional.of(cells[i]) : Optional.empty();
    }

    @Test
    void whoWhenAndWhat() {
      assertThat(text).contains("Summary of Initial Screening - " + eia.subject().orElseThrow() + "\n",
          "Date of Initial Screening: " + eia.screeningDate().orElseThrow() + "\n",
          "Completed by: Samantha Sheppard (Efficiency Manager)\n",
          "Note: " + eia.note().orElseThrow() + "\n");
      assertThat(eia.title()).isEqualTo("Appendix 4: Equalities Impact Assessment");
      assertThat(eia.screeningDate().orElseThrow().earliest()).contains(LocalDate.of(2012, 1, 23));
      // "Responsible Owner/ Senior Officer: Mark Lobban, Director of Strategic Commissioning, Families and Social Care"
      assertThat(eia.responsibleOwner()).contains(
          Person.of("Mark Lobban", "Director of Strategic Commissioning, Families and Social Care"));
      assertThat(eia.completedBy()).contains(Person.of("Samantha Sheppard", "Efficiency Manager"));
    }

    @Test
    void theScreeningRowByRow() {
      List<CharacteristicAssessment> published = new ArrayList<>();
      for (String row : SeedText.between(text, "\t\t\tPositive\tNegative", "\n").lines().skip(1).toList()) {
        String[] cells = row.split("\t", -1);
        published.add(CharacteristicAssessment.builder().characteristic(cells[0])
            .affectedDifferently(cells[1].equals("Yes")).promotesEqualOpportunity(cells[2].equals("Yes"))
            .positiveImpact(ImpactLevel.parse(cells[3])).negativeImpact(ImpactLevel.parse(cells[4]))
            .details(cell(cells, 5)).build());
      }

      assertThat(published).hasSize(8);
      assertThat(eia.assessments()).isEqualTo(published);
      assertThat(eia.assessments()).allSatisfy(a -> assertThat(a.negativeImpact()).contains(ImpactLevel.HIGH));
    }

    @Test
    void theActionPlanCellByCell() {
      List<EqualityAction> published = new ArrayList<>();
      for (String row : SeedText.between(text, "Protected Characteristic\t", "\n").lines().skip(1).toList()) {
        String[] cells = row.split("\t", -1);
        published.add(EqualityAction.builder().characteristic(cells[0]).issues(cell(cells, 1)).action(cell(cells, 2))
            .expectedOutcomes(cell(cells, 3)).owner(cell(cells, 4)).timescale(cell(cells, 5))
            .costImplications(cell(cells, 6)).build());
      }

      assertThat(published).hasSize(8);
      assertThat(eia.actions()).isEqualTo(published);
      // Only the Age row names an owner and a timescale; merged cells are not guessed into the others.
      assertThat(eia.actions()).filteredOn(a -> a.owner().isPresent()).singleElement().satisfies(a -> {
        assertThat(a.owner()).contains("Mark Lobban");
        assertThat(a.timescale()).contains("February 2012 – March 2015.");
      });
    }

    @Test
    void theOnlyFindingIsTheCharacteristicTheScreeningLeftOut() {
      assertThat(eia.notAssessed()).containsExactly(ProtectedCharacteristic.MARRIAGE_AND_CIVIL_PARTNERSHIP);
      assertThat(eia.validate().findings()).singleElement().satisfies(f -> {
        assertThat(f.code()).isEqualTo(RiskRules.EQUALITY_NOT_ASSESSED);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).isEqualTo("The assessment has no row for Marriage and civil partnership, a"
            + " characteristic the Equality Act 2010 protects");
      });
      assertThat(riskFindings(plan.validate())).isEqualTo(eia.validate().findings());
    }
  }
}
