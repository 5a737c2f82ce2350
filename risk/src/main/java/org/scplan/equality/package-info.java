/**
 * Equality impact assessments as councils publish them: each protected characteristic's answers
 * (affected differently, promotes equality of opportunity, positive and negative impact) and the
 * actions that follow. An {@link org.scplan.equality.EqualityImpactAssessment} is a section of a
 * plan; it checks that every protected characteristic of the Equality Act 2010 is assessed, with
 * the rule codes in {@link org.scplan.risk.RiskRules}.
 */
package org.scplan.equality;
