/**
 * Workbooks (.xlsx, .ods) read through io-csv's table pipeline: {@link org.scplan.sheets.WorkbookReader}
 * and its problem codes, {@link org.scplan.sheets.SheetRules}.
 */
package org.scplan.sheets;
