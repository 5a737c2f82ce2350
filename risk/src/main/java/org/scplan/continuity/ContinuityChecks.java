package org.scplan.continuity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.risk.RiskRules;
import org.scplan.risk.internal.Quote;

/** The checks of a business continuity plan. */
final class ContinuityChecks {
  private ContinuityChecks() {}

  /** Checks the critical functions of a plan. */
  static List<Finding> check(BusinessContinuityPlan plan) {
    List<Finding> out = new ArrayList<>();
    Location base = Location.of(plan.title());
    Map<String, CriticalFunction> byName = new HashMap<>();
    List<CriticalFunction> functions = plan.criticalFunctions();
    for (int i = 0; i < functions.size(); i++) {
      CriticalFunction f = functions.get(i);
      Location at = base.child("Critical function " + Quote.shorten(f.name()));
      if (byName.putIfAbsent(key(f.name()), f) != null) {
        out.add(Finding.error(RiskRules.CONTINUITY_DUPLICATE_FUNCTION, at.field("name"), "Critical function \""
            + Quote.shorten(f.name()) + "\" is listed twice"));
      }
      if (f.recoveryTime().isEmpty()) {
        out.add(Finding.warning(RiskRules.CONTINUITY_NO_RECOVERY_TIME, at.field("recoveryTime"), "Critical function \""
            + Quote.shorten(f.name()) + "\" has no recovery time objective"));
      }
      if (f.minimumServiceLevel().isEmpty()) {
        out.add(Finding.warning(RiskRules.CONTINUITY_NO_MINIMUM_SERVICE, at.field("minimumServiceLevel"),
            "Critical function \"" + Quote.shorten(f.name()) + "\" has no minimum service level"));
      }
      if (f.recoveryTime().isPresent() && f.maximumTolerableDisruption().isPresent()
          && f.recoveryTime().get().isLongerThan(f.maximumTolerableDisruption().get())) {
        RecoveryTime rto = f.recoveryTime().get();
        RecoveryTime mtpd = f.maximumTolerableDisruption().get();
        out.add(Finding.error(RiskRules.CONTINUITY_RTO_EXCEEDS_MTPD, at.field("recoveryTime"), "Critical function \""
            + Quote.shorten(f.name()) + "\" is to be restored within " + rto + ", longer than it can be disrupted ("
            + mtpd + ")")
            .withValues("at most " + mtpd, rto.toString()));
      }
    }
    for (CriticalFunction f : functions) {
      if (f.recoveryTime().isEmpty()) {
        continue;
      }
      Location at = base.child("Critical function " + Quote.shorten(f.name()));
      for (String dependency : f.dependencies()) {
        CriticalFunction d = byName.get(key(dependency));
        if (d != null && d != f && d.recoveryTime().isPresent() && d.recoveryTime().get().isLongerThan(f.recoveryTime().get())) {
          out.add(Finding.warning(RiskRules.CONTINUITY_DEPENDENCY_SLOWER, at.field("dependencies"), "Critical function \""
              + Quote.shorten(f.name()) + "\" is to be restored within " + f.recoveryTime().get() + " but depends on \""
              + Quote.shorten(d.name()) + "\", which is to be restored within " + d.recoveryTime().get())
              .withValues("a dependency restored within " + f.recoveryTime().get(), d.recoveryTime().get().toString()));
        }
      }
    }
    return List.copyOf(out);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
