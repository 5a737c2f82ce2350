package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one read result every reader gives, and the document it holds. */
class ReadResultTest {
  /** A section that finds one error at a figure of its own. */
  record Table(String id, Location at) implements PlanSection {
    @Override
    public String kind() {
      return "table";
    }

    @Override
    public String title() {
      return "Table " + id;
    }

    @Override
    public ValidationReport validate() {
      return ValidationReport.of(List.of(Finding.error("table.wrong", at, "Net is not gross less income")));
    }
  }

  record Other(String id) implements PlanSection {
    @Override
    public String kind() {
      return "other";
    }

    @Override
    public String title() {
      return "Other";
    }

    @Override
    public ValidationReport validate() {
      return ValidationReport.empty();
    }
  }

  private static final Location FIGURE = Location.of("Table a", "Total").field("Net");
  private static final Location CELL = Location.document().inFile("t.csv").at("D9: row 9, column \"Net\"", 9, 20);

  @Test
  void aReadDocumentGivesItsNotesThenItsFindingsEachAboutAFigureAtItsCell() {
    Finding note = Finding.info("csv.schema.detected", Location.document().inFile("t.csv"), "schema x");
    ReadResult<Document> r = ReadResult.of("t.csv", Document.of(List.of(new Table("a", FIGURE), new Other("b"))),
        ValidationReport.empty()).withNotes(ValidationReport.of(List.of(note))).withCells(Map.of(FIGURE, CELL));

    assertThat(r.isRead()).isTrue();
    assertThat(r.sections(Table.class)).extracting(Table::id).containsExactly("a");
    assertThat(r.section(Other.class)).contains(new Other("b"));
    assertThat(r.sections(PlanSection.class)).hasSize(2);
    assertThat(r.validate().findings()).extracting(Finding::code).containsExactly("csv.schema.detected", "table.wrong");
    assertThat(r.validate().errors().get(0).location()).isEqualTo(CELL);
    assertThat(r.value().orElseThrow().validate().errors().get(0).location()).isEqualTo(FIGURE);
    assertThat(r.toString()).startsWith("read t.csv: table section \"a\": Table a\n  other section \"b\": Other")
        .contains("schema x");
  }

  @Test
  void aFileThatCannotBeReadGivesItsProblemsAndThrowsThemOnlyWhenAskedTo() {
    Finding problem = Finding.error("csv.syntax", Location.document().inFile("bad.csv"), "an unbalanced quote");
    ReadResult<Document> r = ReadResult.of("bad.csv", null, ValidationReport.of(List.of(problem)));

    assertThat(r.isRead()).isFalse();
    assertThat(r.value()).isEmpty();
    assertThat(r.sections(PlanSection.class)).isEmpty();
    assertThat(r.validate().findings()).containsExactly(problem);
    assertThat(r.toString()).startsWith("cannot read bad.csv:");
    assertThatThrownBy(r::orElseThrow).isInstanceOf(ReadException.class)
        .hasMessageContaining("Cannot read bad.csv: 1 problem").hasMessageContaining("an unbalanced quote")
        .satisfies(e -> assertThat(((ReadException) e).problems().findings()).containsExactly(problem));
  }

  @Test
  void aDocumentIsAPlanOneSectionOrSeveral() {
    Document one = Document.of(new Other("b"));
    assertThat(one.section()).contains(new Other("b"));
    assertThat(one.plan()).isEmpty();
    Document two = Document.of(List.of(new Other("b"), new Other("c")));
    assertThat(two.section()).isEmpty();
    assertThat(two.sections()).hasSize(2);
    assertThat(two).isEqualTo(Document.of(List.of(new Other("b"), new Other("c")))).isNotEqualTo(one);
    assertThatThrownBy(() -> Document.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
