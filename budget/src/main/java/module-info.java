/**
 * Budget profiles: schemas as data, profiles reconciled with rounding intervals, tables read as
 * printed with the arithmetic they state, and budget monitoring.
 */
module org.scplan.budget {
  requires transitive org.scplan.core;
  requires com.google.common;
  requires static org.immutables.value.annotations;

  exports org.scplan.budget;
}
