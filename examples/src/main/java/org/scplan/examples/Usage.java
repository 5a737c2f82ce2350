package org.scplan.examples;

import java.util.List;
import org.scplan.csv.TableOptions;
import org.scplan.csv.TableSchemas;
import org.scplan.risk.RiskMatrices;

/** The text of {@code scplan --help}. Not API. */
final class Usage {
  private Usage() {}

  /**
   * Returns the help text.
   *
   * @return the text, ending with a newline
   */
  public static String text() {
    return TEXT.replace("{schemas}", wrapped(TableSchemas.names()))
        .replace("{matrices}", wrapped(RiskMatrices.names()))
        .replace("{indicatorFields}", wrapped(TableOptions.INDICATOR_FIELDS))
        .replace("{riskFields}", wrapped(TableOptions.RISK_FIELDS));
  }

  private static String wrapped(List<String> names) {
    StringBuilder sb = new StringBuilder();
    int width = 0;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) + (i < names.size() - 1 ? "," : "");
      if (width > 0 && width + 1 + name.length() > 60) {
        sb.append("\n").append(" ".repeat(22)); // under the first name, which the text indents by 22
        width = 0;
      } else if (width > 0) {
        sb.append(' ');
        width++;
      }
      sb.append(name);
      width += name.length();
    }
    return sb.toString();
  }

  private static final String TEXT = """
        scplan: check social-care business plans the way councils publish them

        Usage:
          scplan check [options] FILE...
              Read each scplan JSON file (a whole plan or a single section) and check it:
              the plan's own rules (dates, numbering, milestones) and every section's
              (budget arithmetic, indicator ratings, risk registers).

          scplan table [options] FILE...
              Read each table as published, pasted or saved as CSV or TSV (a budget table,
              an indicator table or a risk register) and check it exactly as check checks
              the same section in scplan JSON. What is not given is detected from the
              table, and the report says what was decided.

        Options for check and table:
          --json              print the results as JSON instead of text
          --severity LEVEL    show findings of LEVEL and above: error, warning or info (default info)

        Options for table:
          --kind KIND         budget, indicators or risks (default: from the headings)
          --format FORMAT     csv or tsv (default: tsv if the first lines hold a tab)
          --title TEXT, --id ID   the section's title and id (default: the title row, or the file name)
          --column H=FIELD    read heading H as FIELD (repeatable): a budget schema's column key,
                              or a field of an indicator or risk table (below)
          --strict            a heading or column the reader does not know is an error, not a note
        Budget tables:
          --schema NAME       a built-in schema (default: the one the headings match best):
                              {schemas}
          --schema-file F     a budget schema of your own, in JSON (see io-json's README)
          --save-schema F     write the layout discovered in a table read as printed to F, as a
                              schema that --schema-file reads back
          --unit UNIT         £, £'000 or £m (default: from the headings, else £)
          --precision N       decimal places of every column, -3 for the nearest 1,000
                              (default: as printed; whole thousands of pounds read to £1,000)
          --income-sign SIGN  negative, positive or auto (default auto: as most income figures)
          --year YEAR         the budget's financial year, such as 2018-19 (default: from the headings)
          --years HOW         separate (a profile per year, default) or comparatives
          --total-row NAME    the grand total's row (default: Total, Totals, Grand total, ...)
          --transposed        the schema's columns down the side, years or lines across
                              (default: detected)
          --line NAME         the line of a transposed table whose columns are years
        Indicator tables:
          --rule RULE         kent-floor (default), tolerance-N (such as tolerance-10) or
                              margin-N (such as margin-2.5)
          --rule-file F       a file holding a rule's name, as a plan's "rule" member does
          --polarity P        higher, lower or none, for rows that print none (default higher)
          --period PERIOD     the period of columns whose headings name none: 2018-19, Q1 2018-19
          --status-map CODES  a council's own status codes: lg=green,la=amber,lr=red
          --status-map-file F the same, one CODE=STATUS a line or separated by commas
          fields for --column {indicatorFields}
        Risk tables:
          --matrix NAME       a built-in matrix (default kent-5x5):
                              {matrices}
          --matrix-file F     a risk matrix of your own, in JSON (see io-json's README)
          --as-at DATE        the date the register stands at, such as 2018-09-30
          fields for --column {riskFields}

        Other:
          --help, -h          show this help
          --version           show the version

        Exit status:
          0  every file was read and none has an error
          1  a file was read and has at least one error
          2  a file could not be read (for a table: a cell, a heading or a row), or the
             command line is wrong
          3  scplan itself failed (please report it)

        Examples:
          scplan check examples/plans/*.json
          scplan check --json --severity warning examples/plans/kent-ldmh-2013-14.json
          scplan table --year 2018-19 table5.tsv
          scplan table --schema gross-income-net --unit "£'000" --income-sign positive budget.csv
          scplan table --rule tolerance-10 --polarity lower kpis.csv
          scplan table --matrix npsa-5x5 --as-at 2018-09-30 risks.csv
        """;

  /**
   * Returns the version of scplan, from the jar's manifest when there is one.
   *
   * @return the version
   */
  public static String version() {
    String v = Usage.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }
}
