/**
 * Tables as councils publish them, pasted or saved as CSV or TSV: read into budget profiles,
 * tables read as printed, indicator sets and risk registers, and checked.
 */
module org.scplan.csv {
  requires transitive org.scplan.core;
  requires transitive org.scplan.budget;
  requires transitive org.scplan.performance;
  requires transitive org.scplan.risk;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.google.common;
  requires static org.immutables.value.annotations;

  exports org.scplan.csv;
}
