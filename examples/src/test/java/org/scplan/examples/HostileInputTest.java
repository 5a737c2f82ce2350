package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.core.Markup;

/**
 * Hostile input: nothing crashes, hangs or lies. Every file of the corpus ({@code
 * src/test/resources/hostile}, listed with what it must give in {@code MANIFEST.tsv}) and every
 * large file the test makes is checked by {@code scplan} in a child JVM with a small heap
 * ({@value #HEAP}) and a time bound ({@value #BOUND_SECONDS} s a run), many files a run, as a user
 * would run it. Each file must have its exit status (0, 1 or 2: never 3) and the finding that names
 * the place (file, JSON pointer or cell, line and column) and what was expected; no output may hold
 * a stack trace or a raw control, bidi or C1 character, whatever bytes the file held.
 */
class HostileInputTest {
  private static final String HEAP = "-Xmx256m";
  private static final long BOUND_SECONDS = 120;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** What a file must give: its exit status, a finding's code (or "-") and the text of its place. */
  record Expected(String file, int status, String code, String place) {}

  /** What a run printed. */
  record Run(int status, String out, String err, long millis) {}

  private static Path corpus() {
    try {
      return Path.of(HostileInputTest.class.getResource("/hostile/MANIFEST.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Expected> manifest() throws IOException {
    List<Expected> all = new ArrayList<>();
    for (String line : Files.readAllLines(corpus().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      assertThat(f).as(line).hasSize(4);
      all.add(new Expected(f[0], Integer.parseInt(f[1]), f[2], f[3]));
    }
    return all;
  }

  /** Runs scplan in a child JVM with a small heap, in a directory, and waits at most the bound. */
  private static Run scplan(Path in, String heap, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ScplanCommand.class.getName()));
    command.addAll(args);
    Path out = Files.createTempFile("scplan-out", ".txt");
    Path err = Files.createTempFile("scplan-err", ".txt");
    try {
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).directory(in.toFile()).redirectOutput(out.toFile())
          .redirectError(err.toFile()).start();
      boolean ended = p.waitFor(BOUND_SECONDS, TimeUnit.SECONDS);
      if (!ended) {
        p.destroyForcibly();
      }
      assertThat(ended).as("scplan %s ends within %s s", args, BOUND_SECONDS).isTrue();
      long millis = (System.nanoTime() - start) / 1_000_000;
      Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8), millis);
      System.out.printf("scplan %s %s, %d file(s): exit %d in %d ms%n", heap, args.get(0),
          args.stream().filter(a -> a.contains(".")).count(), run.status(), millis);
      assertSafe(run.out() + run.err(), args.toString());
      return run;
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** No stack trace and no character that would act on a terminal: only text, newlines and tabs. */
  private static void assertSafe(String output, String what) {
    assertThat(output).as("output of %s", what).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain("internal error");
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f;
      boolean bidi = c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
      if (control || bidi) {
        int from = Math.max(0, i - 60);
        throw new AssertionError(String.format("output of %s holds U+%04X after: %s", what, (int) c,
            Markup.visible(output.substring(from, i))));
      }
    }
  }

  /** The report's entry of each file, by name. */
  private static Map<String, JsonNode> entries(Run run) throws IOException {
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.path("format").asText()).as(run.out()).isEqualTo("scplan-report");
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    report.path("files").forEach(e -> entries.put(e.path("file").asText(), e));
    assertThat(report.path("exitStatus").asInt()).isEqualTo(run.status());
    return entries;
  }

  private static int status(JsonNode entry) {
    return !entry.path("read").asBoolean() ? 2 : entry.path("valid").asBoolean() ? 0 : 1;
  }

  /** Checks each file's entry: its status, and a finding with its code whose place and message hold the text. */
  private static void assertEntries(Map<String, JsonNode> entries, List<Expected> expected) {
    assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::file).toList());
    for (Expected e : expected) {
      JsonNode entry = entries.get(e.file());
      List<String> findings = new ArrayList<>();
      entry.path("findings").forEach(f -> findings.add(f.path("code").asText() + " at "
          + Markup.visible(f.path("location").path("text").asText() + " " + f.path("message").asText())));
      assertThat(status(entry)).as("%s exits %s: %s", e.file(), e.status(), findings).isEqualTo(e.status());
      if (!e.code().equals("-")) {
        assertThat(findings).as("%s: a finding %s at %s", e.file(), e.code(), e.place())
            .anySatisfy(f -> assertThat(f).startsWith(e.code() + " at " + e.file()).contains(e.place()));
      }
    }
  }

  private static int overall(List<Expected> expected) {
    return expected.stream().mapToInt(Expected::status).max().orElse(0);
  }

  private static void assertText(Run text, List<Expected> expected) {
    assertThat(text.status()).isEqualTo(overall(expected));
    for (Expected e : expected) {
      assertThat(text.out()).as("the text report names %s", e.file()).contains(e.file() + "\n");
      if (e.code().equals("-")) {
        assertThat(text.out()).as("the text report of %s", e.file()).contains(e.place());
      }
    }
  }

  @Test
  void everyFileOfTheCorpusGivesItsFindingAtItsPlaceAndNothingElse() throws IOException, InterruptedException {
    long start = System.nanoTime();
    List<Expected> manifest = manifest();
    assertThat(manifest).hasSizeGreaterThanOrEqualTo(80);
    List<Expected> json = manifest.stream().filter(e -> e.file().endsWith(".json")).toList();
    List<Expected> tables = manifest.stream().filter(e -> !e.file().endsWith(".json")).toList();
    assertThat(tables.stream().filter(e -> e.file().matches(".*\\.(xlsx|ods|xls)"))).hasSizeGreaterThanOrEqualTo(20);

    List<String> checkJson = new ArrayList<>(List.of("check", "--json", "--severity", "info"));
    json.forEach(e -> checkJson.add(e.file()));
    Run checked = scplan(corpus(), HEAP, checkJson);
    assertThat(checked.status()).isEqualTo(overall(json));
    assertEntries(entries(checked), json);

    List<String> tableJson = new ArrayList<>(List.of("table", "--json", "--severity", "info"));
    tables.forEach(e -> tableJson.add(e.file()));
    Run read = scplan(corpus(), HEAP, tableJson);
    assertThat(read.status()).isEqualTo(overall(tables));
    assertEntries(entries(read), tables);

    List<String> checkText = new ArrayList<>(List.of("check", "--severity", "info"));
    json.forEach(e -> checkText.add(e.file()));
    assertText(scplan(corpus(), HEAP, checkText), json);
    List<String> tableText = new ArrayList<>(List.of("table", "--severity", "info"));
    tables.forEach(e -> tableText.add(e.file()));
    assertText(scplan(corpus(), HEAP, tableText), tables);
    System.out.printf("hostile corpus: %d files (%d JSON, %d tables and workbooks) in %d ms%n", manifest.size(),
        json.size(), tables.size(), (System.nanoTime() - start) / 1_000_000);
  }

  // ---------------------------------------------------------------------------------------------
  // Files too large to commit, made here

  private static final String PLAN_HEAD = "{\"format\": \"scplan\", \"version\": 1, \"plan\": {\"title\": \"Big\","
      + " \"unit\": {\"id\": \"u\", \"name\": \"Unit\", \"level\": \"division\"}, \"year\": \"2013-14\"";

  private Path write(String name, String... parts) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String p : parts) {
        w.write(p);
      }
    }
    return file;
  }

  /** Writes a file of a head, a line repeated, and a tail, without holding it whole. */
  private Path repeated(String name, String head, String line, int times, String tail) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(head);
      for (int i = 0; i < times; i++) {
        w.write(line.replace("#", Integer.toString(i)));
      }
      w.write(tail);
    }
    return file;
  }

  private Path zipBomb(String name, String mimetype, String part) throws IOException {
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      if (mimetype != null) {
        zip.putNextEntry(new ZipEntry("mimetype"));
        zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
      } else {
        zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
        zip.write("<workbook/>".getBytes(StandardCharsets.US_ASCII));
      }
      zip.putNextEntry(new ZipEntry(part));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 256; i++) {
        zip.write(zeros);
      }
    }
    assertThat(Files.size(file)).isLessThan(1 << 20);
    return file;
  }

  @Test
  void largeFilesAreRefusedAtTheirPlaceOrReadInBoundedMemory() throws IOException, InterruptedException {
    List<Expected> json = List.of(
        new Expected("number-150000-digits.json", 2, "json.number-too-long", "/plan/status (line 1, column 129020) a number of more than 128,871 characters"),
        new Expected("string-5mb.json", 2, "json.string-too-long", "/plan/title (line 1"),
        new Expected("array-2m.json", 2, "json.too-many-problems", "stopped reading after 100 problems"),
        new Expected("deep-100000.json", 2, "json.too-deep", "nested deeper than 64 levels"));
    write("number-150000-digits.json", PLAN_HEAD, ", \"status\": ", "9".repeat(150_000), "}}\n");
    write("string-5mb.json", PLAN_HEAD.replace("\"Big\"", "\"" + "x".repeat(5_000_000) + "\""), "}}\n");
    repeated("array-2m.json", PLAN_HEAD + ", \"headlines\": [0", ",1", 2_000_000, "]}}\n");
    write("deep-100000.json", PLAN_HEAD, ", \"headlines\": ", "[".repeat(100_000), "]".repeat(100_000), "}}\n");
    List<String> args = new ArrayList<>(List.of("check", "--json"));
    json.forEach(e -> args.add(e.file()));
    Run checked = scplan(dir, HEAP, args);
    assertEntries(entries(checked), json);

    List<Expected> tables = List.of(
        new Expected("cell-10mb.csv", 2, "csv.file.unreadable",
            "B3: row 3, column 2 (line 3) Row 3, column 2 holds a cell of more than 100,000 characters"),
        new Expected("columns-100000.csv", 2, "csv.file.unreadable", "row 1 (line 1, column 4891) Row 1 has more"
            + " than 1,000 cells"),
        new Expected("empty-lines-1m.csv", 0, "budget.relation.checked", "Checked Total = Roads + Parks on 3 columns"),
        new Expected("rows-2000001.csv", 2, "csv.file.unreadable", "row 2000001 (line 2000001, column 1) The table"
            + " has more than 2,000,000 rows"),
        new Expected("nul-1mb.csv", 2, "csv.file.unreadable", "A1: row 1, column 1 (line 1) Row 1, column 1 holds a cell"
            + " of more than 100,000 characters"),
        new Expected("bomb.xlsx", 2, "sheets.workbook.too-large", "xl/worksheets/sheet1.xml expands"),
        new Expected("bomb.ods", 2, "sheets.workbook.too-large", "content.xml expands"));
    write("cell-10mb.csv", "Service,Gross\nRoads,10\nParks,\"", "x".repeat(10_000_000), "\"\nTotal,10\n");
    StringBuilder wide = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      wide.append(i == 0 ? "" : ",").append('H').append(i);
    }
    write("columns-100000.csv", wide.toString(), "\n");
    write("empty-lines-1m.csv", "Service,Gross,Income,Net\nRoads,10,-5,5\n", "\n".repeat(1_000_000),
        "Parks,10,-5,5\nTotal,20,-10,10\n");
    repeated("rows-2000001.csv", "", "Row,1\n", 2_000_001, "");
    try (OutputStream out = Files.newOutputStream(dir.resolve("nul-1mb.csv"))) {
      out.write(new byte[1 << 20]);
    }
    zipBomb("bomb.xlsx", null, "xl/worksheets/sheet1.xml");
    zipBomb("bomb.ods", "application/vnd.oasis.opendocument.spreadsheet", "content.xml");
    List<String> tableArgs = new ArrayList<>(List.of("table", "--json", "--severity", "info"));
    tables.forEach(e -> tableArgs.add(e.file()));
    assertEntries(entries(scplan(dir, HEAP, tableArgs)), tables);
  }

  @Test
  void aFileTooLargeForTheHeapIsRefusedWithAClearMessageNeverAnInternalError()
      throws IOException, InterruptedException {
    // 64 MiB of heap: a plan of 60 MB of distinct text, and 12 MB tables of indicators and of
    // generic figures, each refused (exit 2) with what it needs, never an OutOfMemoryError (exit 3).
    String text = "y".repeat(40_000);
    repeated("plan-60mb.json", PLAN_HEAD + ", \"priorities\": [{\"title\": \"first\"}",
        ", {\"title\": \"# " + text + "\"}", 1_500, "]}}\n");
    Run plan = scplan(dir, "-Xmx64m", List.of("check", "--json", "plan-60mb.json"));
    assertEntries(entries(plan), List.of(new Expected("plan-60mb.json", 2, "json.too-large",
        "too large for the memory this program may use")));

    repeated("indicators-12mb.csv", "Ref,Indicator,Target,Actual 2018-19\n", "NI #,Indicator number #,75%,77%\n",
        330_000, "");
    repeated("generic-12mb.csv", "Service,Gross,Income,Net,Notes\n", "Service line #,10,-5,5,words #\n", 330_000,
        "");
    List<Expected> tables = List.of(
        new Expected("indicators-12mb.csv", 2, "csv.file.too-large", "too large for the memory this program may use"),
        new Expected("generic-12mb.csv", 2, "csv.file.too-large", "too large for the memory this program may use"));
    List<String> args = new ArrayList<>(List.of("table", "--json"));
    tables.forEach(e -> args.add(e.file()));
    assertEntries(entries(scplan(dir, "-Xmx64m", args)), tables);
  }
}
