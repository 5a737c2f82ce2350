/**
 * Risk registers on configurable matrices with their heat maps; business continuity
 * ({@code org.scplan.continuity}); equality impact assessments ({@code org.scplan.equality}).
 */
module org.scplan.risk {
  requires transitive org.scplan.core;
  requires com.google.common;
  requires static org.immutables.value.annotations;

  exports org.scplan.risk;
  exports org.scplan.continuity;
  exports org.scplan.equality;
}
