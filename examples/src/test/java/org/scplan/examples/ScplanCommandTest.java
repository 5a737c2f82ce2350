package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScplanCommandTest {
  @TempDir
  Path dir;

  /** What a run printed and returned. */
  record Run(int status, String out, String err) {}

  /**
   * What a test reads back from {@code --json} output: every finding's code, in order (not the
   * {@code readAs} block's), and the exit status the output reports.
   */
  record JsonOutput(List<String> codes, int exitStatus) {
    private static final Schema REPORT_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schemaText(), InputFormat.JSON);

    private static String schemaText() {
      try (java.io.InputStream in = org.scplan.json.ScplanJson.class.getResourceAsStream(
          "scplan-report-v1.schema.json")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** Reads the codes and status of a report, after checking it against the report format's published schema. */
    static JsonOutput of(String json) throws IOException {
      assertThat(REPORT_SCHEMA.validate(json, InputFormat.JSON).stream().map(e -> e.getInstanceLocation() + ": "
          + e.getMessage()).toList()).as("the report follows scplan-report-v1.schema.json:\n%s", json).isEmpty();
      List<String> codes = new ArrayList<>();
      int exitStatus = -1;
      try (JsonParser p = new JsonFactory().createParser(json)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.FIELD_NAME && p.currentName().equals("readAs")) {
            p.nextToken();
            p.skipChildren(); // its decisions repeat the notes among the findings
          } else if (t == JsonToken.FIELD_NAME && p.currentName().equals("code")) {
            p.nextToken();
            codes.add(p.getText());
          } else if (t == JsonToken.FIELD_NAME && p.currentName().equals("exitStatus")) {
            p.nextToken();
            exitStatus = p.getIntValue();
          }
        }
      }
      return new JsonOutput(codes, exitStatus);
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = ScplanCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    Run run = new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    if (java.util.Arrays.asList(args).contains("--json") && run.out().startsWith("{")) {
      // Every report a test prints as JSON follows the published schema.
      try {
        JsonOutput.of(run.out());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return run;
  }

  Path file(String name, String json) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, json);
    return p;
  }

  static final String CLEAN = """
      {"format": "scplan", "version": 1, "plan": {
        "title": "Clean plan", "unit": {"id": "x", "name": "X Division", "level": "division"}, "year": "2013-14",
        "priorities": [{"number": "1", "title": "P", "actions": [
          {"number": "1.1", "description": "a", "start": "April 2013", "end": "March 2014"}],
          "milestones": [{"letter": "A", "description": "m", "due": "Jan 2014"}]}]}}
      """;

  static final String WITH_ERROR = """
      {"format": "scplan", "version": 1, "plan": {
        "title": "Plan with an error", "unit": {"id": "x", "name": "X Division", "level": "division"}, "year": "2013-14",
        "priorities": [{"number": "1", "title": "P", "actions": [
          {"number": "1.1", "description": "a", "start": "May 2013", "end": "April 2013"}]}]}}
      """;

  static final String UNREADABLE = """
      {"format": "scplan", "version": 1, "plan": {"title": 3}}
      """;

  @Test
  void aCleanPlanExitsZeroAndSaysSo() throws IOException {
    Run r = run("check", file("clean.json", CLEAN).toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.OK);
    assertThat(r.out()).contains("plan: Clean plan — X Division, 2013-14")
        .contains("result: 0 errors, 0 warnings, 0 infos")
        .contains("1 file checked: 1 without errors, 0 with errors, 0 unreadable");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aPlanWithAnErrorExitsOneAndNamesTheRule() throws IOException {
    Run r = run("check", file("error.json", WITH_ERROR).toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.ERRORS);
    assertThat(r.out()).contains("ERROR   plan.action.end-before-start")
        .contains("at Priority 1: P › Action 1.1")
        .contains("Action ends (April 2013) before it starts (May 2013)");
  }

  @Test
  void anUnreadableFileExitsTwoWithPointerLineAndColumn() throws IOException {
    Run r = run("check", file("clean.json", CLEAN).toString(), file("bad.json", UNREADABLE).toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(r.out()).contains("cannot read: 3 problems")
        .contains("at /plan/title (line 1, column 54)")
        .contains("expected text, found the number 3")
        .contains("2 files checked: 1 without errors, 0 with errors, 1 unreadable");
  }

  @Test
  void unreadableTakesPrecedenceOverErrors() throws IOException {
    Run r = run("check", file("error.json", WITH_ERROR).toString(), dir.resolve("missing.json").toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(r.out()).contains("could not open the file: no such file");
  }

  @Test
  void severityHidesLesserFindings() throws IOException {
    String warningOnly = CLEAN.replace("\"due\": \"Jan 2014\"", "\"due\": \"Jan 2016\"");
    Path p = file("warn.json", warningOnly);
    assertThat(run("check", p.toString()).out()).contains("plan.milestone.outside-plan-years");
    Run r = run("check", "--severity", "error", p.toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.OK);
    assertThat(r.out()).doesNotContain("plan.milestone.outside-plan-years").contains("1 warning");
  }

  @Test
  void jsonOutputIsJsonWithEveryFindingAndTheExitStatus() throws IOException {
    Run r = run("check", "--json", file("error.json", WITH_ERROR).toString(), file("bad.json", UNREADABLE).toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.UNREADABLE);
    JsonOutput json = JsonOutput.of(r.out());
    assertThat(json.codes()).containsExactly("plan.action.end-before-start", "json.wrong-type", "json.missing-member",
        "json.missing-member");
    assertThat(json.exitStatus()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(r.out()).contains("\"pointer\": \"/plan/title\"").contains("\"line\": 1").contains("\"column\": 54");
  }

  @Test
  void helpExplainsTheCommandAndItsExitStatus() {
    Run r = run("--help");
    assertThat(r.status()).isEqualTo(ScplanCommand.OK);
    assertThat(r.out()).contains("Usage: scplan [-hV] [COMMAND]").contains("check ").contains("table ")
        .contains("generate-completion").contains("Exit status:").contains("2   a file could not be read");
    Run check = run("check", "--help");
    assertThat(check.status()).isEqualTo(ScplanCommand.OK);
    assertThat(check.out()).contains("Usage: scplan check").contains("--json").contains("--severity=LEVEL")
        .contains("Exit status:");
    assertThat(run("--version").out()).startsWith("scplan ");
    Run completion = run("generate-completion");
    assertThat(completion.status()).isEqualTo(ScplanCommand.OK);
    assertThat(completion.out()).contains("complete -F").contains("--schema").contains("kent-directorate-2018");
  }

  @Test
  void commandLineMistakesExitTwoWithAMessageAndNoStackTrace() {
    for (String[] args : new String[][] {{}, {"frob"}, {"check"}, {"check", "--frob", "x.json"},
        {"check", "--severity"}, {"check", "--severity", "loud", "x.json"}}) {
      Run r = run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(ScplanCommand.UNREADABLE);
      assertThat(r.err() + r.out()).as(String.join(" ", args)).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void garbageInputNeverProducesAStackTrace() throws IOException {
    String[] inputs = {"", "{", "[]", "null", "\u0000\u0001", "{\"format\": \"scplan\", \"version\": 1, \"plan\": "
        + "{\"title\": \"t\", \"unit\": {\"id\": \"a\", \"name\": \"b\", \"level\": \"team\"}, \"year\": \"2013-14\","
        + " \"sections\": [{\"kind\": \"nothing\"}]}}", "{\"format\": \"scplan\", \"version\": 1e400}",
        "{\"format\": \"scplan\", \"version\": 99999999999999999999999}"};
    for (int i = 0; i < inputs.length; i++) {
      Run r = run("check", file("g" + i + ".json", inputs[i]).toString());
      assertThat(r.status()).as(inputs[i]).isEqualTo(ScplanCommand.UNREADABLE);
      assertThat(r.out() + r.err()).as(inputs[i]).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }
}
