package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.continuity.BusinessContinuityPlan;
import org.scplan.continuity.CriticalFunction;
import org.scplan.continuity.RecoveryTime;
import org.scplan.core.Finding;

/**
 * Golden tests against seed 002 (Divisional Business Plan 2013-14, Learning Disability/Mental
 * Health), section E: the RISKS / MITIGATION table and the CRITICAL FUNCTIONS table.
 */
class Seed002Test {
  private final String published = SeedText.read("002-section-E-risks-critical-functions.txt");
  private final RiskRegister risks = SeedRegisters.seed002Risks();
  private final BusinessContinuityPlan continuity = SeedRegisters.seed002CriticalFunctions();

  @Test
  void everyRiskAndMitigationIsPublishedText() {
    assertThat(risks.risks()).hasSize(6).allSatisfy(r -> {
      assertThat(r.reference()).isEmpty();
      assertThat(r.current()).isEmpty();
      assertThat(r.controls()).hasSize(1);
      assertThat(published).contains(r.description().orElseThrow());
      assertThat(published).contains(r.controls().get(0));
    });
    assertThat(risks.risks().get(4).description()).contains("Financial Pressures on partner agencies for example"
        + " risk of cost");
    assertThat(risks.risks().get(4).controls()).containsExactly("Close monitoring of Continuing Health Care and"
        + " Section 117");
    assertThat(risks.risks().get(4).label()).isEqualTo("\"Financial Pressures on partner agencies for…\"");
  }

  @Test
  void theRisksTableIsCheckedLikeAnyRegister() {
    assertThat(risks.validate().withCode(RiskRules.RATING_MISSING)).hasSize(6);
    assertThat(risks.validate().withCode(RiskRules.OWNER_MISSING)).hasSize(6);
    assertThat(risks.validate().isValid()).isTrue();
  }

  @Test
  void tenCriticalFunctionsEightWithin4HoursTwoWithin24() {
    List<CriticalFunction> functions = continuity.criticalFunctions();
    assertThat(functions).extracting(CriticalFunction::name).containsExactly(
        "Local Access Response",
        "Management of Contract of Service for Specialist Staff and Delegated Responsibilities (Learning Disability)",
        "Safeguarding Processes",
        "Referrals and Assessment Processes",
        "Residential Respite and Day Care Operations Process",
        "Short Term Bed Allocation Process",
        "Operational Policy Standards",
        "Business Continuity and Major Emergency Incident Response and Support",
        "Independent Living and Support – Management of Community Equipment Services",
        "Client and Business Information Management");
    assertThat(functions).extracting(f -> f.recoveryTime().orElseThrow().toString())
        .containsExactly("4 hours", "4 hours", "4 hours", "4 hours", "4 hours", "4 hours", "4 hours", "4 hours",
            "24 hours", "24 hours");
    assertThat(functions.get(8).recoveryTime().orElseThrow().duration()).isEqualTo(Duration.ofHours(24));
    assertThat(functions).allSatisfy(f -> {
      assertThat(published).contains("<b>" + f.name() + "</b>");
      assertThat(f.maximumTolerableDisruption()).isEmpty();
    });
  }

  @Test
  void minimumServiceLevelsArePublishedTextWithTheOneContinuedCellJoined() {
    CriticalFunction referrals = continuity.criticalFunction("referrals and assessment processes").orElseThrow();
    assertThat(referrals.minimumServiceLevel()).contains("Manage new referrals to appropriate health or social care"
        + " service, conduct priority care management, health assessments, screening, care plan and intervention for"
        + " clients referred to health and social care professionals. Arrange appropriate services for people based on"
        + " priority assessment.");
    continuity.criticalFunctions().stream().filter(f -> f != referrals)
        .forEach(f -> assertThat(published).contains("\t" + f.minimumServiceLevel().orElseThrow()));
  }

  @Test
  void thePublishedFunctionsPassTheChecks() {
    assertThat(continuity.validate().isEmpty()).isTrue();
  }

  @Test
  void aRecoveryTimeBeyondTheMaximumTolerableDisruptionIsAnError() {
    CriticalFunction safeguarding = continuity.criticalFunction("Safeguarding Processes").orElseThrow();
    BusinessContinuityPlan tight = BusinessContinuityPlan.builder().id("bc").title("CRITICAL FUNCTIONS")
        .addCriticalFunction(CriticalFunction.builder().from(safeguarding)
            .maximumTolerableDisruption(RecoveryTime.parse("2 hours")).build())
        .build();
    assertThat(tight.validate().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(RiskRules.CONTINUITY_RTO_EXCEEDS_MTPD);
      assertThat(f.message()).isEqualTo("Critical function \"Safeguarding Processes\" is to be restored within 4 hours,"
          + " longer than it can be disrupted (2 hours)");
      assertThat(f.location().toString()).isEqualTo("CRITICAL FUNCTIONS › Critical function Safeguarding Processes"
          + " [recoveryTime]");
    });
    BusinessContinuityPlan equal = BusinessContinuityPlan.builder().id("bc").title("CRITICAL FUNCTIONS")
        .addCriticalFunction(CriticalFunction.builder().from(safeguarding)
            .maximumTolerableDisruption(RecoveryTime.parse("4 hrs")).build())
        .build();
    assertThat(equal.validate().isEmpty()).as("RTO equal to MTPD is allowed").isTrue();
  }

  @Test
  void otherContinuityRules() {
    BusinessContinuityPlan plan = BusinessContinuityPlan.builder().id("bc").title("BC")
        .addCriticalFunction(CriticalFunction.of("Safeguarding Processes", "4 hours", "Manage alerts").withDependency(
            "Client and Business Information Management"))
        .addCriticalFunction(CriticalFunction.of("Client and Business Information Management", "24 hours", "Records"))
        .addCriticalFunction(CriticalFunction.builder().name("safeguarding processes").build())
        .build();
    assertThat(plan.validate().findings()).extracting(Finding::code).containsExactly(
        RiskRules.CONTINUITY_DUPLICATE_FUNCTION, RiskRules.CONTINUITY_NO_RECOVERY_TIME,
        RiskRules.CONTINUITY_NO_MINIMUM_SERVICE, RiskRules.CONTINUITY_DEPENDENCY_SLOWER);
    assertThat(plan.validate().withCode(RiskRules.CONTINUITY_DEPENDENCY_SLOWER).get(0).message()).isEqualTo(
        "Critical function \"Safeguarding Processes\" is to be restored within 4 hours but depends on \"Client and"
            + " Business Information Management\", which is to be restored within 24 hours");
  }

  @Test
  void printsAsATable() {
    assertThat(continuity.toString().lines().limit(3)).containsExactly(
        "CRITICAL FUNCTIONS (continuity \"business-continuity\"): 10 critical functions",
        "CRITICAL FUNCTION                                            RTO       MTPD  MINIMUM SERVICE LEVEL",
        "Local Access Response                                        4 hours   -     Maintain critical access for the"
            + " public and…");
  }
}
