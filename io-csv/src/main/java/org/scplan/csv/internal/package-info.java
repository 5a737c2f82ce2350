/**
 * Helpers of the table reader: cleaning cells and reading labels. Not API: the module does not
 * export this package.
 */
package org.scplan.csv.internal;
