/**
 * Workbooks as councils publish them, .xlsx (Office Open XML) and .ods (OpenDocument), read
 * through io-csv's table pipeline: every sheet a table, every figure as its number format prints
 * it, every finding at its cell as the workbook names it ({@code Budget!D14}).
 */
module org.scplan.sheets {
  requires transitive org.scplan.csv;
  requires transitive org.scplan.core;
  requires org.dhatim.fastexcel.reader;
  requires com.fasterxml.aalto;
  requires java.xml;

  exports org.scplan.sheets;
}
