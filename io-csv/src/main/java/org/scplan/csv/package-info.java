/** Tables as councils publish them (CSV and TSV), read into budget, indicator and risk sections. */
package org.scplan.csv;
