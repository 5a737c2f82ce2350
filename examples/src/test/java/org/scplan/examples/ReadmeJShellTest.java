package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Replays the JShell session in the README, after the start-up script, and checks that every
 * statement runs and prints exactly what the README says it prints.
 */
class ReadmeJShellTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  /** One prompt of the README's session and what it shows. */
  record Step(String input, String expectedOutput) {}

  static List<Step> session() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n```\njshell> ");
    assertThat(start).as("the README has a JShell session").isPositive();
    String block = readme.substring(start + 5, readme.indexOf("\n```", start + 5));
    List<Step> steps = new ArrayList<>();
    String input = null;
    StringBuilder output = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (line.startsWith("jshell> ")) {
        if (input != null) {
          steps.add(new Step(input, output.toString().strip()));
        }
        input = line.substring("jshell> ".length());
        output.setLength(0);
      } else {
        output.append(line).append('\n');
      }
    }
    steps.add(new Step(input, output.toString().strip()));
    return steps;
  }

  @Test
  void theReadmeSessionRunsAsWritten() throws IOException {
    List<Step> steps = session();
    assertThat(steps).hasSizeGreaterThan(5);
    PrintStream systemOut = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture).build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      evalCleanly(shell, Files.readString(ROOT.resolve("examples/jshell/scplan.jsh")));
      for (Step step : steps) {
        captured.reset();
        System.setOut(capture);
        try {
          // The README runs from the repository root; the test runs in examples/.
          evalCleanly(shell, step.input().replace("\"examples/", "\"" + ROOT + "/examples/"));
        } finally {
          System.setOut(systemOut);
        }
        String printed = captured.toString(StandardCharsets.UTF_8).replace(ROOT + "/", "").strip();
        assertThat(printed).as("output of: %s", step.input()).isEqualTo(step.expectedOutput());
      }
    }
  }

  /** Evaluates text as JShell would, snippet by snippet, and requires each to succeed. */
  private static void evalCleanly(JShell shell, String text) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = text;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      String source = info.source();
      if (source != null && !source.isBlank()) {
        for (SnippetEvent event : shell.eval(source)) {
          assertThat(event.status()).as("status of: %s (%s)", source,
              shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList())
              .isIn(Snippet.Status.VALID, Snippet.Status.OVERWRITTEN);
          assertThat(event.exception()).as("exception from: %s", source).isNull();
        }
      }
      remaining = info.remaining();
    }
  }
}
