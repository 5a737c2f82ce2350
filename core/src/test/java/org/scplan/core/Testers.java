package org.scplan.core;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** Shared set-up for Guava's testers: sample values of the kernel's types. */
final class Testers {
  private Testers() {}

  /** A section that finds nothing, for plans in tests. */
  record QuietSection(String id, String kind, String title) implements PlanSection {
    QuietSection(String id) {
      this(id, "test", "A quiet section");
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

  static final OrgUnit LDMH = OrgUnit.of("ldmh", "Learning Disability/Mental Health", OrgLevel.DIVISION);

  /** The smallest valid plan: seed 002's title, unit and year. */
  static BusinessPlan.Builder plan() {
    return BusinessPlan.builder()
        .title("Learning Disability/Mental Health Divisional Business Plan 2013-14")
        .unit(LDMH)
        .year(FinancialYear.of(2013));
  }

  /**
   * Returns a {@link NullPointerTester} that knows a valid sample of every kernel type, so that
   * only the parameter under test is ever null and every other argument is valid.
   */
  static NullPointerTester nullPointerTester() {
    ReportedAmount amount = ReportedAmount.parse("£414m");
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(LocalDate.class, LocalDate.of(2013, 4, 1))
        .setDefault(YearMonth.class, YearMonth.of(2013, 4))
        .setDefault(Money.class, Money.ofPounds(1))
        .setDefault(Interval.class, Interval.point(BigDecimal.ONE))
        .setDefault(ReportedAmount.class, amount)
        .setDefault(ReportedFigure.class, amount)
        .setDefault(ReportedNumber.class, ReportedNumber.parse("2,319.2"))
        .setDefault(FinancialYear.class, FinancialYear.of(2013))
        .setDefault(FinancialQuarter.class, FinancialQuarter.of(FinancialYear.of(2013), 1))
        .setDefault(CalendarMonth.class, CalendarMonth.of(2013, 4))
        .setDefault(AcademicYear.class, AcademicYear.of(2012))
        .setDefault(AcademicTerm.class, AcademicTerm.parse("Spr 13"))
        .setDefault(PlanDate.class, PlanDate.parse("April 2013"))
        .setDefault(Location.class, Location.of("Priority 1"))
        .setDefault(Finding.class,
            Finding.error("plan.test.sample", Location.of("Priority 1"), "A sample finding"))
        .setDefault(ValidationReport.class, ValidationReport.empty())
        .setDefault(OrgUnit.class, LDMH)
        .setDefault(Organisation.class, Organisation.of(LDMH))
        .setDefault(PlanSection.class, new QuietSection("s1"))
        .setDefault(BusinessPlan.class, plan().build());
  }
}
