package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.scplan.budget.PublishedTable;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;
import org.scplan.csv.TableReader;
import org.scplan.json.ScplanJson;
import org.scplan.sheets.WorkbookReader;

/**
 * Nothing is lost on the way through scplan JSON: every bundled example (the plans, the tables, the
 * workbook) and every table of io-csv's corpus of real council tables, read as {@code scplan} reads
 * it, written as canonical JSON and read back, is the same document with the same findings and the
 * same figures, and writing it again gives the same bytes.
 *
 * <p>What is compared, and what cannot be:
 *
 * <ul>
 *   <li><b>Figures</b>: the documents are equal ({@code equals}: every figure an exact
 *       {@code BigDecimal} with its printed precision and unit, every name, note and relation), except
 *       that a table read as printed ({@link PublishedTable}) keeps where each cell was: a cell read
 *       from a table is at its cell ({@code D9}), read back from JSON at its JSON pointer. Those are
 *       compared cell by cell, figure, printed text and absence, with the place left out.
 *   <li><b>Findings</b>: the document's own findings ({@link Document#validate()}) are equal in code,
 *       severity, message, expected and actual values and measures, and the path of names and field
 *       of their location. The file, the cell, the JSON pointer, the line and the column are where the
 *       source printed the figure, and differ by design between a table and its JSON.
 *   <li><b>Not carried</b>: the reader's notes (what reading a table decided: its schema, unit,
 *       precision) describe the source file, not the document, and JSON reading has none of its own.
 * </ul>
 */
class NothingLostTest {
  private static final Path PLANS = Path.of("plans");
  private static final Path TABLES = Path.of("tables");
  private static final Path CORPUS = Path.of("..", "io-csv", "src", "test", "resources", "corpus");
  private static final ScplanJson JSON = ScplanJson.standard();

  @TestFactory
  Stream<DynamicTest> everyBundledExampleSurvivesJson() throws IOException {
    return Stream.concat(files(PLANS), files(TABLES))
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> assertNothingLost(p)));
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusTableSurvivesJson() throws IOException {
    return files(CORPUS).filter(p -> p.toString().endsWith(".tsv") || p.toString().endsWith(".csv"))
        .filter(p -> !p.getFileName().toString().equals("SOURCES.tsv"))
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> assertNothingLost(p)));
  }

  @Test
  void theCorpusAndExamplesAreFound() throws IOException {
    // A wrong path would make the factories above vacuous.
    assertThat(files(PLANS)).hasSize(5);
    assertThat(files(TABLES)).hasSizeGreaterThanOrEqualTo(8);
    assertThat(files(CORPUS).filter(p -> p.toString().endsWith(".expect"))).hasSizeGreaterThanOrEqualTo(100);
  }

  @Test
  void theRoundTripsCoverEverySectionKindATableGivesAndEveryShapeOfDocument() throws IOException {
    java.util.Set<String> kinds = new java.util.TreeSet<>();
    java.util.Set<String> shapes = new java.util.TreeSet<>();
    for (Path p : Stream.of(files(PLANS), files(TABLES), files(CORPUS)).flatMap(s -> s)
        .filter(p -> !p.toString().endsWith(".expect") && !p.toString().endsWith(".md")).toList()) {
      ReadResult<Document> r = read(p);
      r.value().ifPresent(d -> {
        d.sections().forEach(s -> kinds.add(s.kind()));
        shapes.add(d.plan().isPresent() ? "plan" : d.section().isPresent() ? "section" : "sections");
      });
    }
    assertThat(kinds).contains("budget", "published-table", "indicators", "risks", "budget-monitoring",
        "action-monitoring", "continuity", "equality-impact");
    assertThat(shapes).containsExactly("plan", "section", "sections");
  }

  private static Stream<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList().stream();
    }
  }

  private static ReadResult<Document> read(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".json")) {
      return JSON.read(file);
    }
    if (WorkbookReader.isWorkbook(file)) {
      return WorkbookReader.standard().read(file);
    }
    return TableReader.standard().read(file);
  }

  static void assertNothingLost(Path file) {
    ReadResult<Document> first = read(file);
    if (!first.isRead()) {
      // Nothing was read, so nothing can be written: reading says why.
      assertThat(first.problems().errors()).isNotEmpty();
      return;
    }
    Document document = first.orElseThrow();
    String json = JSON.write(document);
    ReadResult<Document> again = JSON.read(file.getFileName() + ".json", json);
    assertThat(again.problems().findings()).as(json).isEmpty();
    Document back = again.orElseThrow();

    assertSameFigures(document, back);
    assertThat(comparable(back.validate().findings())).as(json)
        .containsExactlyElementsOf(comparable(document.validate().findings()));
    assertThat(JSON.write(back)).as("written twice").isEqualTo(json);
  }

  /** The documents are equal, a table read as printed compared cell by cell without its cells' places. */
  static void assertSameFigures(Document document, Document back) {
    assertThat(back.sections()).hasSameSizeAs(document.sections());
    if (document.sections().stream().noneMatch(PublishedTable.class::isInstance)) {
      assertThat(back).isEqualTo(document);
      return;
    }
    assertThat(back.plan().isPresent()).isEqualTo(document.plan().isPresent());
    for (int i = 0; i < document.sections().size(); i++) {
      PlanSection s = document.sections().get(i);
      PlanSection t = back.sections().get(i);
      if (s instanceof PublishedTable p && t instanceof PublishedTable q) {
        assertThat(unplaced(q)).isEqualTo(unplaced(p));
      } else {
        assertThat(t).isEqualTo(s);
      }
    }
  }

  /** A table's content without where each cell was printed: every figure, its text, its absence. */
  static List<Object> unplaced(PublishedTable t) {
    List<Object> all = new ArrayList<>(List.of(t.id(), t.title(), t.unit(), t.columns(), t.rows(), t.relations()));
    for (int r = 0; r < t.rows().size(); r++) {
      for (int c = 0; c < t.columns().size(); c++) {
        all.add(t.cell(r, c).map(x -> List.of(x.value(), x.printed())).orElse(null));
        all.add(t.isAbsent(r, c));
      }
    }
    return all;
  }

  /** What a finding says, without where its source printed it (a cell, or a JSON pointer). */
  static List<String> comparable(List<Finding> findings) {
    return findings.stream().map(f -> String.join(" | ", f.severity().toString(), f.code(), f.message(),
        f.location().path().toString(), f.location().field().orElse(""), f.expected().orElse(""),
        f.actual().orElse(""), f.expectedMeasure().map(Objects::toString).orElse(""),
        f.actualMeasure().map(Objects::toString).orElse(""))).toList();
  }
}
