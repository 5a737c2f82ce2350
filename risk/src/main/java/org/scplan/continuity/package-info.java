/**
 * Business continuity: a plan's critical functions with their recovery time objectives, maximum
 * tolerable periods of disruption and minimum service levels. A
 * {@link org.scplan.continuity.BusinessContinuityPlan} is a section of a plan; it checks that each
 * function can be recovered within what it can tolerate, with the rule codes in
 * {@link org.scplan.risk.RiskRules}.
 */
package org.scplan.continuity;
