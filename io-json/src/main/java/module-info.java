/**
 * The scplan JSON format, version 1, and the scplan-report format: reading plans and sections,
 * writing them back, and writing reports. The only module besides io-csv that uses Jackson.
 */
module org.scplan.json {
  requires transitive org.scplan.core;
  requires transitive org.scplan.budget;
  requires transitive org.scplan.performance;
  requires transitive org.scplan.risk;
  requires com.fasterxml.jackson.core;
  requires com.google.common;
  // Compile time only: the annotations on the value classes of the modules it reads.
  requires static org.immutables.value.annotations;

  exports org.scplan.json;
  // The published JSON Schemas are resources of this package.
  opens org.scplan.json;
}
