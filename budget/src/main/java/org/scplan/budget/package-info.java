/**
 * Budget profiles as councils publish them: schemas as data ({@link org.scplan.budget.BudgetSchema},
 * the built-in ones in {@link org.scplan.budget.BudgetSchemas}), profiles built line by line
 * ({@link org.scplan.budget.BudgetProfile#builder}) and reconciled with rounding intervals, tables read
 * as printed with the arithmetic they state ({@link org.scplan.budget.PublishedTable}), and budget
 * monitoring. Rule codes are in {@link org.scplan.budget.BudgetRules}.
 */
package org.scplan.budget;
