package org.scplan.examples;

import org.scplan.core.Severity;
import picocli.CommandLine.Option;

/** The options {@code check} and {@code table} share: how the report is printed. Not API. */
final class ReportOptions {
  @Option(names = "--json", description = "print the report as JSON (the scplan-report format) instead of text")
  boolean json;

  @Option(names = "--severity", paramLabel = "LEVEL", defaultValue = "info",
      description = "show findings of LEVEL and above: error, warning or info (default ${DEFAULT-VALUE})")
  Severity severity = Severity.INFO;
}
