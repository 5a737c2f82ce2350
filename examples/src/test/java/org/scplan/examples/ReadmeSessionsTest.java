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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays every JShell session in the READMEs through the JShell API and checks that each
 * statement runs and shows what the README says: the value after {@code ==>} (where JShell's own
 * display shortened it with {@code " ... "}, any text stands there), or the printed output. The
 * top-level README's session runs after examples/jshell/scplan.jsh, as the README tells analysts
 * to start JShell.
 */
class ReadmeSessionsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Pattern VALUE = Pattern.compile("^(\\$\\d+|[A-Za-z_][A-Za-z0-9_]*) ==> (.*)$", Pattern.DOTALL);

  /** What interactive JShell imports before a session (its DEFAULT start-up); the API does not. */
  private static final String DEFAULT_IMPORTS = """
      import java.io.*;
      import java.math.*;
      import java.net.*;
      import java.nio.file.*;
      import java.util.*;
      import java.util.concurrent.*;
      import java.util.function.*;
      import java.util.prefs.*;
      import java.util.regex.*;
      import java.util.stream.*;
      """;

  /** One prompt of a session and what the README shows after it. */
  record Step(String input, String expected) {}

  static List<Step> steps(String readme) {
    List<Step> steps = new ArrayList<>();
    String input = null;
    StringBuilder output = new StringBuilder();
    boolean inBlock = false;
    for (String line : readme.split("\n", -1)) {
      if (line.startsWith("```")) {
        if (inBlock && input != null) {
          steps.add(new Step(input, output.toString().strip()));
          input = null;
        }
        inBlock = !inBlock;
        output.setLength(0);
        continue;
      }
      if (!inBlock) {
        continue;
      }
      if (line.startsWith("jshell> ")) {
        if (input != null) {
          steps.add(new Step(input, output.toString().strip()));
        }
        input = line.substring("jshell> ".length());
        output.setLength(0);
      } else if (input != null && line.startsWith("   ...> ") && output.length() == 0) {
        input = input + "\n" + line.substring("   ...> ".length());
      } else if (input != null) {
        output.append(line).append('\n');
      }
    }
    return steps;
  }

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "budget/README.md", "performance/README.md", "performance/SPC.md",
      "risk/README.md", "io-csv/README.md"})
  void theSessionRunsAsWritten(String file) throws IOException {
    List<Step> steps = steps(Files.readString(ROOT.resolve(file)));
    assertThat(steps).as("%s has a JShell session", file).hasSizeGreaterThan(3);
    PrintStream systemOut = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture).build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      evaluate(shell, DEFAULT_IMPORTS, "JShell's default start-up");
      if (file.equals("README.md")) {
        evaluate(shell, Files.readString(ROOT.resolve("examples/jshell/scplan.jsh")), file);
      }
      for (Step step : steps) {
        captured.reset();
        String value;
        System.setOut(capture);
        try {
          // Sessions run from the repository root; the test runs in examples/.
          value = evaluate(shell, step.input().replace("\"examples/", "\"" + ROOT + "/examples/"), file);
        } finally {
          System.setOut(systemOut);
        }
        if (step.expected().isEmpty()) {
          continue;
        }
        Matcher m = VALUE.matcher(step.expected());
        if (m.matches() && value != null) {
          assertThat(value.strip()).as("%s: value of %s", file, step.input()).matches(shortened(m.group(2).strip()));
        } else {
          String printed = captured.toString(StandardCharsets.UTF_8).replace(ROOT + "/", "").strip();
          assertThat(printed + "\n").as("%s: output of %s", file, step.input()).matches(elided(step.expected()));
        }
      }
    }
  }

  /** A pattern for printed output in which a line of just "..." stands for lines left out. */
  private static String elided(String expected) {
    StringBuilder regex = new StringBuilder("(?s)");
    for (String line : expected.split("\n", -1)) {
      regex.append(line.strip().equals("...") ? "(?:[^\n]*\n)*?" : Pattern.quote(line) + "\n");
    }
    return regex.toString();
  }

  /** A pattern for a value as JShell displays it, where " ... " stands for text it left out. */
  private static String shortened(String display) {
    StringBuilder regex = new StringBuilder();
    String[] parts = display.split(" \\.\\.\\. ", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(parts[i]));
    }
    return "(?s)" + regex;
  }

  /** Evaluates text as JShell would, snippet by snippet; returns the last value shown, if any. */
  private static String evaluate(JShell shell, String text, String file) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = text;
    String value = null;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      String source = info.source();
      if (source == null) {
        throw new AssertionError(file + ": incomplete statement: " + remaining);
      }
      if (!source.isBlank()) {
        for (SnippetEvent event : shell.eval(source)) {
          assertThat(event.status()).as("%s: status of %s (%s)", file, source,
              shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList())
              .isIn(Snippet.Status.VALID, Snippet.Status.OVERWRITTEN, Snippet.Status.RECOVERABLE_DEFINED);
          assertThat(event.exception()).as("%s: exception from %s", file, source).isNull();
          if (event.value() != null && event.causeSnippet() == null) {
            value = event.value();
          }
        }
      }
      remaining = info.remaining();
    }
    return value;
  }
}
