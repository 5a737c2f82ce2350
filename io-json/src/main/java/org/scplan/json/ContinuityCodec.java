package org.scplan.json;

import org.scplan.continuity.BusinessContinuityPlan;
import org.scplan.continuity.CriticalFunction;
import org.scplan.continuity.RecoveryTime;

/**
 * Reads and writes a {@link BusinessContinuityPlan}, section kind {@code continuity}: critical
 * functions with their recovery times as published ({@code "4 hours"}). Not API.
 */
final class ContinuityCodec implements SectionCodec<BusinessContinuityPlan> {
  private static final String RECOVERY_TIME = "a time such as 4 hours, 24 hrs, 2 days or 30 minutes";

  static final JsonFields<CriticalFunction.Builder> FUNCTION = JsonFields.<CriticalFunction.Builder>of(
          "a critical function")
      .required("name", (in, b) -> b.name(in.nonBlank()))
      .optional("description", (in, b) -> b.description(in.nonBlank()))
      .optional("recoveryTime", (in, b) -> b.recoveryTime(in.parsed(RECOVERY_TIME, RecoveryTime::parse)))
      .optional("maximumTolerableDisruption", (in, b) -> b.maximumTolerableDisruption(
          in.parsed(RECOVERY_TIME, RecoveryTime::parse)))
      .optional("minimumServiceLevel", (in, b) -> b.minimumServiceLevel(in.nonBlank()))
      .optional("dependencies", (in, b) -> b.addAllDependencies(in.list(in::nonBlank)))
      .build();

  static final JsonFields<BusinessContinuityPlan.Builder> PLAN = JsonFields.<BusinessContinuityPlan.Builder>of(
          "a business continuity plan")
      .required("id", (in, b) -> b.id(in.nonBlank()))
      .required("title", (in, b) -> b.title(in.nonBlank()))
      .optional("narrative", (in, b) -> b.narrative(in.nonBlank()))
      .optional("criticalFunctions", (in, b) -> b.addAllCriticalFunctions(
          in.list(() -> in.build(FUNCTION, CriticalFunction.builder(), CriticalFunction.Builder::build))))
      .build();

  @Override
  public String kind() {
    return BusinessContinuityPlan.KIND;
  }

  @Override
  public Class<BusinessContinuityPlan> type() {
    return BusinessContinuityPlan.class;
  }

  @Override
  public BusinessContinuityPlan read(JsonIn in) {
    return in.build(PLAN, BusinessContinuityPlan.builder(), BusinessContinuityPlan.Builder::build);
  }

  @Override
  public void write(BusinessContinuityPlan plan, JsonOut out) {
    out.field("id", plan.id());
    out.field("title", plan.title());
    out.field("narrative", plan.narrative());
    out.array("criticalFunctions", plan.criticalFunctions(), (w, f) -> w.object(x -> {
      x.field("name", f.name());
      x.field("description", f.description());
      x.text("recoveryTime", f.recoveryTime());
      x.text("maximumTolerableDisruption", f.maximumTolerableDisruption());
      x.field("minimumServiceLevel", f.minimumServiceLevel());
      x.strings("dependencies", f.dependencies());
    }));
  }
}
