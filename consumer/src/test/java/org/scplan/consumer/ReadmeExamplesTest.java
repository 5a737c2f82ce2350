package org.scplan.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the README's Java examples against the published artifacts: every {@code ```java example}
 * block of the module READMEs is compiled as the body of a {@code main} method (with the imports
 * the READMEs state), run, and what it prints is compared with the {@code ```text} block that
 * follows it. A README example that no longer compiles, throws or prints something else fails here.
 */
class ReadmeExamplesTest {
  /** The READMEs that hold examples; paths are from the repository root (surefire's working directory). */
  static final List<String> READMES = List.of("README.md", "budget/README.md", "io-json/README.md",
      "io-csv/README.md", "performance/README.md", "risk/README.md");

  /** What every example may use without importing it, as the READMEs say. */
  static final String IMPORTS = String.join("\n", "import java.math.*;", "import java.nio.file.*;",
      "import java.util.*;", "import org.scplan.core.*;", "import org.scplan.budget.*;",
      "import org.scplan.performance.*;", "import org.scplan.performance.spc.*;", "import org.scplan.risk.*;",
      "import org.scplan.json.*;", "import org.scplan.csv.*;");

  private static final Pattern EXAMPLE = Pattern.compile(
      "```java example\\n(.*?)```\\n(?:[^`]{0,200}?)```text\\n(.*?)```\\n", Pattern.DOTALL);

  @TempDir
  static Path classes;

  /** One example: where it is, its code and what it prints. */
  record Example(String file, int line, String code, String prints) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  static List<Example> examples(String file) {
    String text;
    try {
      text = Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Example> found = new ArrayList<>();
    Matcher m = EXAMPLE.matcher(text);
    while (m.find()) {
      int line = (int) text.substring(0, m.start()).lines().count() + 1;
      found.add(new Example(file, line, m.group(1), m.group(2)));
    }
    return found;
  }

  @Test
  void theFiveTasksAreInTheirModulesReadmes() {
    // check a budget table built in code; read and check a plan file; rate a KPI set for a
    // quarter and draw an XmR chart; score a risk register on a council's own matrix; and read a
    // table as published.
    assertTrue(examples("budget/README.md").size() >= 1, "budget");
    assertTrue(examples("io-json/README.md").size() >= 1, "io-json");
    assertTrue(examples("performance/README.md").size() >= 2, "performance");
    assertTrue(examples("risk/README.md").size() >= 1, "risk");
    assertTrue(examples("io-csv/README.md").size() >= 1, "io-csv");
  }

  @TestFactory
  Stream<DynamicTest> everyExampleCompilesRunsAndPrintsWhatTheReadmeSays() {
    List<DynamicTest> tests = new ArrayList<>();
    int n = 0;
    for (String file : READMES) {
      for (Example example : examples(file)) {
        String name = "ReadmeExample" + n++;
        tests.add(DynamicTest.dynamicTest(example.toString(), () -> assertEquals(
            normalise(example.prints()), normalise(run(name, example)), example + " prints")));
      }
    }
    return tests.stream();
  }

  private static String run(String name, Example example) throws Exception {
    String source = IMPORTS + "\npublic class " + name + " {\n  public static void main(String[] args) throws Exception {\n"
        + example.code() + "\n  }\n}\n";
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    boolean compiled = compiler.getTask(null, null, diagnostics,
        List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "-Xlint:none"),
        null, List.of(unit)).call();
    assertTrue(compiled, () -> example + " does not compile:\n" + diagnostics.getDiagnostics().stream()
        .map(d -> "  line " + (d.getLineNumber() - 4) + ": " + d.getMessage(null)).reduce("", (a, b) -> a + b + "\n"));
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeExamplesTest.class.getClassLoader())) {
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static String normalise(String text) {
    return text.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
  }
}
