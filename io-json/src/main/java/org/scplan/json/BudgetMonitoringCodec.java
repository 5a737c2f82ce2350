package org.scplan.json;

import org.scplan.budget.BudgetMonitoring;
import org.scplan.budget.ReportedVariance;
import org.scplan.budget.Savings;
import org.scplan.core.ReportedAmount;

/**
 * Reads and writes {@link BudgetMonitoring}, section kind {@code budget-monitoring}: savings
 * targets and reported variances, every figure as published ({@code "£22.8m"}, {@code "+£7m"}).
 * Not API.
 */
final class BudgetMonitoringCodec implements SectionCodec<BudgetMonitoring> {

  /** The members of a savings object, before {@link Savings#of} checks them together. */
  static final class SavingsParts {
    String label;
    ReportedAmount target;
    ReportedAmount achieved;
    ReportedAmount reprofiled;
  }

  /** The members of a variance object, before {@link ReportedVariance#of} checks them together. */
  static final class VarianceParts {
    String period;
    ReportedAmount variance;
    ReportedAmount budget;
    ReportedAmount forecast;
  }

  static final JsonFields<SavingsParts> SAVINGS = JsonFields.<SavingsParts>of("a savings target")
      .required("label", (in, s) -> s.label = in.nonBlank())
      .required("target", (in, s) -> s.target = in.reportedAmount())
      .required("achieved", (in, s) -> s.achieved = in.reportedAmount())
      .required("reprofiled", (in, s) -> s.reprofiled = in.reportedAmount())
      .build();

  static final JsonFields<VarianceParts> VARIANCE = JsonFields.<VarianceParts>of("a reported variance")
      .required("period", (in, v) -> v.period = in.nonBlank())
      .optional("budget", (in, v) -> v.budget = in.reportedAmount())
      .optional("forecast", (in, v) -> v.forecast = in.reportedAmount())
      .required("variance", (in, v) -> v.variance = in.reportedAmount())
      .build();

  static final JsonFields<BudgetMonitoring.Builder> SECTION = JsonFields.<BudgetMonitoring.Builder>of(
          "a budget monitoring section")
      .required("id", (in, b) -> b.id(in.nonBlank()))
      .required("title", (in, b) -> b.title(in.nonBlank()))
      .optional("year", (in, b) -> b.year(in.financialYear()))
      .optional("savings", (in, b) -> b.addAllSavings(in.list(() -> in.build(SAVINGS, new SavingsParts(),
          s -> Savings.of(s.label, s.target, s.achieved, s.reprofiled)))))
      .optional("variances", (in, b) -> b.addAllVariances(in.list(() -> in.build(VARIANCE, new VarianceParts(),
          BudgetMonitoringCodec::variance))))
      .build();

  private static ReportedVariance variance(VarianceParts v) {
    if ((v.budget == null) != (v.forecast == null)) {
      throw new IllegalArgumentException("a variance gives both its budget and its forecast, or neither;"
          + " this one gives only its " + (v.budget == null ? "forecast" : "budget"));
    }
    return v.budget == null ? ReportedVariance.of(v.period, v.variance)
        : ReportedVariance.of(v.period, v.budget, v.forecast, v.variance);
  }

  @Override
  public String kind() {
    return BudgetMonitoring.KIND;
  }

  @Override
  public Class<BudgetMonitoring> type() {
    return BudgetMonitoring.class;
  }

  @Override
  public BudgetMonitoring read(JsonIn in) {
    return in.build(SECTION, BudgetMonitoring.builder(), BudgetMonitoring.Builder::build);
  }

  @Override
  public void write(BudgetMonitoring section, JsonOut out) {
    out.field("id", section.id());
    out.field("title", section.title());
    out.text("year", section.year());
    out.array("savings", section.savings(), (w, s) -> w.object(x -> {
      x.field("label", s.label());
      x.text("target", s.target());
      x.text("achieved", s.achieved());
      x.text("reprofiled", s.reprofiled());
    }));
    out.array("variances", section.variances(), (w, v) -> w.inlineObject(x -> {
      x.field("period", v.period());
      x.text("budget", v.budget());
      x.text("forecast", v.forecast());
      x.text("variance", v.variance());
    }));
  }
}
