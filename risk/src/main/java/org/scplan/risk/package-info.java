/**
 * Risk registers scored on configurable matrices, with their checks, heat maps and direction of
 * travel.
 *
 * <p>A {@link org.scplan.risk.RiskMatrix} is data: two axes of levels, named risk levels with
 * colours, and either score bands or a cell-by-cell grid, checked when loaded. Built-in matrices
 * are named in {@link org.scplan.risk.RiskMatrices}. A {@link org.scplan.risk.RiskRegister} is a
 * section of a plan; it checks itself and reports findings whose rule codes are listed in
 * {@link org.scplan.risk.RiskRules}. Business continuity ({@code org.scplan.continuity}) and
 * equality impact assessments ({@code org.scplan.equality}) are packages of their own in the same
 * module.
 */
package org.scplan.risk;
