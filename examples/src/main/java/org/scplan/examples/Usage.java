package org.scplan.examples;

/** The text of {@code scplan --help}. Not API. */
final class Usage {
  private Usage() {}

  /**
   * Returns the help text.
   *
   * @return the text, ending with a newline
   */
  public static String text() {
    return """
        scplan: check social-care business plans the way councils publish them

        Usage:
          scplan check [options] FILE...
              Read each scplan JSON file (a whole plan or a single section) and check it:
              the plan's own rules (dates, numbering, milestones) and every section's
              (budget arithmetic, indicator ratings, risk registers).

        Options for check:
          --json              print the results as JSON instead of text
          --severity LEVEL    show findings of LEVEL and above: error, warning or info (default info)

        Other:
          --help, -h          show this help
          --version           show the version

        Exit status:
          0  every file was read and none has an error
          1  a file was read and has at least one error
          2  a file could not be read, or the command line is wrong
          3  scplan itself failed (please report it)

        Examples:
          scplan check examples/plans/*.json
          scplan check --json --severity warning examples/plans/kent-ldmh-2013-14.json
        """;
  }

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
