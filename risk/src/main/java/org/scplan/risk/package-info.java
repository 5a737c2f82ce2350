/**
 * Risk registers scored on configurable matrices, with their checks, heat maps and direction of
 * travel; business continuity (critical functions); equality impact assessments.
 *
 * <p>A {@link org.scplan.risk.RiskMatrix} is data: two axes of levels, named risk levels with
 * colours, and either score bands or a cell-by-cell grid, checked when loaded. Built-in matrices
 * are named in {@link org.scplan.risk.RiskMatrices}. A {@link org.scplan.risk.RiskRegister}, a
 * {@link org.scplan.risk.BusinessContinuityPlan} and an
 * {@link org.scplan.risk.EqualityImpactAssessment} are sections of a plan; each checks itself and
 * reports findings whose rule codes are listed in {@link org.scplan.risk.RiskRules}.
 */
package org.scplan.risk;
