/**
 * Key performance indicators: indicators with their targets and results, RAG rules, direction of
 * travel, indicator sets and their dashboards. The SPC engine is in
 * {@code org.scplan.performance.spc}; action-plan monitoring in {@code org.scplan.performance.actions}.
 */
package org.scplan.performance;
