package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The modules' descriptors are right: the {@code scplan} command runs on the module path, with
 * only scplan's modules and their declared dependencies, each module seeing no more than its
 * module-info lets it (picocli reads the commands, io-json its schemas).
 */
class ModulePathTest {
  /** scplan's own modules (their classes directories or jars) and the libraries they require. */
  private static final Pattern MODULE = Pattern.compile(".*(/(core|budget|performance|risk|io-json|io-csv|io-sheets|examples)"
      + "/target/classes|scplan-(core|budget|performance|risk|io-json|io-csv|io-sheets|examples)-[^/]*\\.jar"
      + "|/guava-[^/]*\\.jar|/failureaccess-[^/]*\\.jar|/jackson-(core|databind|annotations|dataformat-csv)-[^/]*\\.jar"
      + "|/picocli-[^/]*\\.jar|/fastexcel-reader-[^/]*\\.jar|/aalto-xml-[^/]*\\.jar|/stax2-api-[^/]*\\.jar"
      + "|/commons-(compress|io|lang3|codec)-[^/]*\\.jar)$");

  private static String modulePath() {
    List<String> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (MODULE.matcher(e.replace('\\', '/')).matches()) {
        entries.add(e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static Process scplan(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath(), "--module", "org.scplan.examples/org.scplan.examples.ScplanCommand"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(Path.of("..").toFile()).redirectErrorStream(true).start();
  }

  private static String run(Process p) throws IOException, InterruptedException {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void theCommandChecksPlansAndTablesOnTheModulePath() throws IOException, InterruptedException {
    assertThat(modulePath()).contains("picocli").contains("jackson-core");
    Process check = scplan("check", "examples/plans/kent-asch-2018-19.json");
    String out = run(check);
    assertThat(check.exitValue()).as(out).isEqualTo(ScplanCommand.ERRORS);
    assertThat(out).contains("budget.headline.mismatch").contains("1 file checked: 0 without errors, 1 with errors");

    Process table = scplan("table", "--json", "--year", "2018-19", "examples/tables/kent-asch-2018-19-table-5.tsv");
    String json = run(table);
    assertThat(table.exitValue()).as(json).isEqualTo(ScplanCommand.OK);
    assertThat(ScplanCommandTest.JsonOutput.of(json).exitStatus()).isEqualTo(ScplanCommand.OK);
    assertThat(json).contains("\"format\": \"scplan-report\"").contains("\"schema\": \"kent-directorate-2018\"");

    Process help = scplan("table", "--help");
    assertThat(run(help)).contains("Usage: scplan table").contains("kent-directorate-2018");
  }
}
