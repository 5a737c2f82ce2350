/**
 * Helpers of the budget module: formatting scaled figures and the largest-remainder split. Not
 * API: the module does not export this package.
 */
package org.scplan.budget.internal;
