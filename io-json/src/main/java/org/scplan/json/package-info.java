/**
 * The scplan JSON format, version 1 ({@link org.scplan.json.ScplanJson}), schemas and matrices of a
 * council's own ({@link org.scplan.json.BudgetSchemaJson}, {@link org.scplan.json.RiskMatrixJson}),
 * and the scplan-report format ({@link org.scplan.json.ReportJson}). See io-json/README.md.
 */
package org.scplan.json;
