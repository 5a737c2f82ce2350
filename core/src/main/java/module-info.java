/**
 * scplan's kernel: money and printed figures, periods, the organisation, RAG, findings, the
 * business plan and its section extension points ({@code PlanSection}, {@code Viewable}), and the
 * pipeline's types ({@code Document}, {@code ReadResult}, {@code Report}). Its internal package is
 * exported only to the modules built on it.
 */
// The modules the internal package is exported to are built after this one.
@SuppressWarnings("module")
module org.scplan.core {
  requires com.google.common;
  requires static org.immutables.value.annotations;

  exports org.scplan.core;
  exports org.scplan.core.internal to org.scplan.budget, org.scplan.performance, org.scplan.risk, org.scplan.json,
      org.scplan.csv;
}
