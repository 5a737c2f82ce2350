package org.scplan.equality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.risk.RiskRules;
import org.scplan.risk.internal.Quote;
import org.scplan.core.Words;

/** The checks of an equality impact assessment. */
final class EqualityChecks {
  private EqualityChecks() {}

  /** Checks an assessment. */
  static List<Finding> check(EqualityImpactAssessment eia) {
    List<Finding> out = new ArrayList<>();
    Location base = Location.of(eia.title());
    Set<String> seen = new HashSet<>();
    for (CharacteristicAssessment a : eia.assessments()) {
      Location at = base.child("Characteristic " + a.characteristic());
      Optional<ProtectedCharacteristic> pc = a.protectedCharacteristic();
      if (!seen.add(key(a.characteristic(), pc))) {
        out.add(Finding.error(RiskRules.EQUALITY_DUPLICATE, at, "Characteristic " + a.characteristic()
            + pc.filter(c -> !c.label().equalsIgnoreCase(a.characteristic())).map(c -> " (" + c + ")").orElse("")
            + " is assessed twice"));
      }
      if (pc.isEmpty()) {
        out.add(Finding.info(RiskRules.EQUALITY_UNRECOGNISED, at, "Characteristic \"" + a.characteristic()
            + "\" is not one the Equality Act 2010 protects; it is kept as published"));
      }
      if (a.positiveImpact().isEmpty() && a.negativeImpact().isEmpty()) {
        out.add(Finding.warning(RiskRules.EQUALITY_IMPACT_MISSING, at, "The row for " + a.characteristic()
            + " gives neither a positive nor a negative impact")
            .withValues("High, Medium, Low, None or Unknown", "blank"));
      }
      if (a.negativeImpact().isPresent() && a.negativeImpact().get().isSignificant()
          && eia.actions().stream().noneMatch(x -> matches(x, a))) {
        out.add(Finding.warning(RiskRules.EQUALITY_NEGATIVE_WITHOUT_ACTION, at.field("negative"), "The negative impact"
            + " on " + a.characteristic() + " is " + a.negativeImpact().get() + " but the action plan has no row for it")
            .withValues("an action plan row for " + a.characteristic(), "none"));
      }
    }
    for (ProtectedCharacteristic c : eia.notAssessed()) {
      out.add(Finding.info(RiskRules.EQUALITY_NOT_ASSESSED, base, "The assessment has no row for " + c
          + ", a characteristic the Equality Act 2010 protects"));
    }
    for (int i = 0; i < eia.actions().size(); i++) {
      EqualityAction x = eia.actions().get(i);
      if (x.action().isPresent() && x.owner().isEmpty()) {
        out.add(Finding.warning(RiskRules.EQUALITY_ACTION_NO_OWNER,
            base.child("Action plan", "Row " + (i + 1) + " (" + x.characteristic() + ")").field("owner"),
            "The action for " + x.characteristic() + " (\"" + Quote.shorten(x.action().get()) + "\") has no owner"));
      }
    }
    return List.copyOf(out);
  }

  private static String key(String name, Optional<ProtectedCharacteristic> pc) {
    return pc.map(Enum::name).orElseGet(() -> Words.normal(name));
  }

  private static boolean matches(EqualityAction x, CharacteristicAssessment a) {
    return key(x.characteristic(), x.protectedCharacteristic()).equals(key(a.characteristic(), a.protectedCharacteristic()));
  }
}
