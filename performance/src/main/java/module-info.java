/**
 * Key performance indicators: targets, RAG rules, direction of travel and dashboards; the SPC
 * engine ({@code org.scplan.performance.spc}); action-plan monitoring
 * ({@code org.scplan.performance.actions}).
 */
module org.scplan.performance {
  requires transitive org.scplan.core;
  requires com.google.common;
  requires static org.immutables.value.annotations;

  exports org.scplan.performance;
  exports org.scplan.performance.spc;
  exports org.scplan.performance.actions;
}
