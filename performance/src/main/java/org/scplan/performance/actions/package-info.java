/**
 * Action-plan monitoring: the progress of a plan's actions rolled up division by division into a
 * dashboard ({@link org.scplan.performance.actions.ActionPlanMonitoring}), each division's counts
 * ({@link org.scplan.performance.actions.ActionCounts}) rated by a roll-up rule
 * ({@link org.scplan.performance.actions.RollUpRule}).
 */
package org.scplan.performance.actions;
