package org.scplan.json;

import java.util.List;

/** The section codecs every {@code ScplanJson.standard()} instance knows. Not API. */
final class BuiltInCodecs {
  private BuiltInCodecs() {}

  /**
   * Returns the built-in codecs.
   *
   * @return the codecs, one per section kind
   */
  public static List<SectionCodec<?>> all() {
    return List.of(
        new BudgetCodec(),
        new BudgetMonitoringCodec(),
        new PublishedTableCodec(),
        new RiskRegisterCodec(),
        new ContinuityCodec(),
        new EqualityImpactCodec(),
        IndicatorsCodec.INSTANCE,
        ActionMonitoringCodec.INSTANCE);
  }
}
