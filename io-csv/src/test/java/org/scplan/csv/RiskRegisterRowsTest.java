package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scplan.csv.Registers.read;
import static org.scplan.csv.Registers.risks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;
import org.scplan.risk.Rating;
import org.scplan.risk.Risk;

/**
 * The rows of a risk register: which column names the risks (a reference, a title, a description,
 * or else the first column of words), a topic column grouping the titles under it, controls, rows
 * of one cell read as headings or notes, and rows that name no risk.
 */
class RiskRegisterRowsTest {
  @Test
  void aDescriptionAloneNamesTheRisks() {
    List<Risk> risks = risks(read("Description,Likelihood,Impact\nRiver flooding,4,5\n"));
    assertThat(risks).singleElement().satisfies(risk -> {
      assertThat(risk.description()).contains("River flooding");
      assertThat(risk.title()).isEmpty();
      assertThat(risk.current()).contains(Rating.of(4, 5));
    });
  }

  @Test
  void withNoNamingHeadingTheFirstColumnOfWordsNamesTheRisks() {
    ReadResult<Document> r = read("Hazard,Likelihood,Impact\nFlooding,4,5\nFire,2,3\n");
    assertThat(risks(r)).extracting(risk -> risk.title().orElseThrow()).containsExactly("Flooding", "Fire");
    assertThat(r.notes().withCode(CsvRules.COLUMN_UNKNOWN)).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("A1: row 1, column \"Hazard\"");
  }

  @Test
  void aTableWithNoColumnOfNamesIsRefused() {
    ReadResult<Document> r = read("Likelihood,Impact,Score\n4,5,20\n2,3,6\n");
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(CsvRules.HEADER_NO_NAMES);
      assertThat(f.location().pointer()).contains("A1: row 1, column \"Likelihood\"");
    });
  }

  @Test
  void aTopicColumnGroupsTheRisksTitledBesideIt() {
    String text = "Topic,Risk identified,Likelihood,Impact,Controls\n"
        + "Finance,Budget gap,4,5,Savings plan\n"
        + ",Funding cut,3,4,\n"
        + "Workforce,Recruitment,2,3,Agency staff\n";
    List<Risk> risks = risks(read(text));
    // The column headed as the risk titles them; the other is their topic, carried down to the rows under it.
    assertThat(risks).extracting(risk -> risk.title().orElseThrow())
        .containsExactly("Budget gap", "Funding cut", "Recruitment");
    assertThat(risks).extracting(risk -> risk.category().orElseThrow())
        .containsExactly("Finance", "Finance", "Workforce");
    assertThat(risks).extracting(Risk::controls)
        .containsExactly(List.of("Savings plan"), List.of(), List.of("Agency staff"));
  }

  @Test
  void aCategoryColumnIsTheCategoryWhereItPrintsOne() {
    String text = "Topic,Risk identified,Category,Likelihood,Impact\n"
        + "Finance,Budget gap,Strategic,4,5\n"
        + ",Funding cut,,3,4\n";
    assertThat(risks(read(text))).extracting(risk -> risk.category().orElseThrow())
        .containsExactly("Strategic", "Finance");
  }

  @Test
  void aSingleTitleColumnGivesNoCategory() {
    List<Risk> risks = risks(read("Ref,Risk,Likelihood,Impact\nR1,Flooding,4,5\n"));
    assertThat(risks).singleElement().satisfies(risk -> {
      assertThat(risk.title()).contains("Flooding");
      assertThat(risk.category()).isEmpty();
      assertThat(risk.controls()).isEmpty();
    });
  }

  @Test
  void rowsOfOneCellAreHeadingsOfTheRowsUnderThemOrNotesUnderTheTable() {
    String text = "Ref,Risk,Likelihood,Impact\n"
        + "R1,Flooding,4,5\n"
        + "Income,,,\n"
        + ",Fire,,\n"
        + "R3,Cold,,\n"
        + "12,,,\n";
    ReadResult<Document> r = read(text);
    // "Income" stands above rows still naming risks (R3 names two cells, its reference and title): a heading.
    // A row whose one cell is a title is a risk; a lone figure under the last risk is a note.
    assertThat(risks(r)).extracting(Risk::label).containsExactly("R1: Flooding", "Fire", "R3: Cold");
    assertThat(r.notes().withCode(CsvRules.ROW_NOTE)).extracting(Finding::message).containsExactly(
        "Row 3 is read as a heading of the rows under it: \"Income\"",
        "Row 6 is read as a note under the table: \"12\"");
  }

  @Test
  void aLoneFigureUnderASingleRiskIsANote() {
    ReadResult<Document> r = read("Ref,Risk,Likelihood,Impact\nR1,Flooding,4,5\n12,,,\n");
    assertThat(risks(r)).extracting(Risk::label).containsExactly("R1: Flooding");
    assertThat(r.notes().withCode(CsvRules.ROW_NOTE)).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("row 3");
  }

  @Test
  void aRowNamingNoRiskIsLeftOutWithAWarning() {
    ReadResult<Document> r = read("Ref,Risk,Likelihood,Impact\nR1,Flooding,4,5\n,,3,4\n");
    assertThat(risks(r)).extracting(Risk::label).containsExactly("R1: Flooding");
    assertThat(r.notes().withCode(CsvRules.ROW_NO_NAME)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().pointer()).contains("row 3");
    });
  }

  @Test
  void findingsNameARiskByItsReferenceElseItsTitleElseItsDescription() {
    String text = "Ref,Risk,Description,Likelihood,Impact,Score\n"
        + "R1,Flooding,River,4,5,16\n"
        + ",Fire,Arson,4,5,16\n"
        + ",,Storm surge,3,4,16\n";
    assertThat(read(text).notes().withCode(CsvRules.RISK_SCORE_MISMATCH)).extracting(Finding::message)
        .extracting(m -> m.substring(0, m.indexOf(':')))
        .containsExactly("Risk R1", "Risk Fire", "Risk Storm surge");
  }
}
