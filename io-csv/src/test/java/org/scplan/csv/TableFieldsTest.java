package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scplan.csv.Registers.read;
import static org.scplan.csv.Registers.risks;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.core.Document;
import org.scplan.core.FinancialYear;
import org.scplan.core.Finding;
import org.scplan.core.Rag;
import org.scplan.core.ReadResult;
import org.scplan.csv.Vocabulary.RiskField;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.performance.Target;
import org.scplan.risk.Rating;
import org.scplan.risk.Risk;

/**
 * The columns of risk and indicator tables matched to their fields: column mappings, columns with
 * no heading or an unknown one (noted with the number of cells left unread, or taken as the names
 * of the rows when they hold words), the first column of words naming the rows, a column of targets
 * in words as titles, ragged and blank rows, and figures printed with units or in words.
 */
class TableFieldsTest {
  private static List<String> unknown(ReadResult<Document> r) {
    return r.notes().withCode(CsvRules.COLUMN_UNKNOWN).stream().map(Finding::message)
        .map(m -> m.substring(0, m.indexOf(" (give"))).toList();
  }

  private static List<String> titles(ReadResult<Document> r) {
    return risks(r).stream().map(risk -> risk.title().orElseThrow()).toList();
  }

  @Test
  void aColumnMappingReadsAHeadingAsAField() {
    TableOptions options = TableOptions.builder().kind(TableKind.RISKS).putColumn("Hazard", "title")
        .putColumn("Chance", "likelihood").build();
    ReadResult<Document> r = TableReader.of(options).read("r.csv", "Hazard,Chance,Impact\nFlooding,4,5\n");
    assertThat(risks(r)).singleElement().satisfies(risk -> {
      assertThat(risk.title()).contains("Flooding");
      assertThat(risk.current()).contains(Rating.of(4, 5));
    });
    assertThat(unknown(r)).isEmpty();
  }

  @Test
  void aColumnMappingToNoFieldIsAProblem() {
    TableOptions options = TableOptions.builder().kind(TableKind.RISKS).putColumn("Hazard", "peril").build();
    ReadResult<Document> r = TableReader.of(options).read("r.csv", "Ref,Hazard,Likelihood,Impact\nR1,Flooding,4,5\n");
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(CsvRules.HEADER_UNMATCHED);
      assertThat(f.message()).startsWith("The column mapping Hazard=peril names no field of a risk table");
    });
  }

  @Test
  void aFirstColumnOfWordsWithNoHeadingNamesTheRows() {
    assertThat(titles(read(",Likelihood,Impact\nFlooding,4,5\n"))).containsExactly("Flooding");
    // Mostly words counts the cells that hold any: one name over three rows is enough, and it is not noted.
    ReadResult<Document> grouped = read(",Ref,Risk,Likelihood,Impact\nFinance,R1,Flooding,4,5\n,R2,Fire,2,3\n"
        + ",R3,Cold,1,1\n");
    assertThat(risks(grouped)).hasSize(3);
    assertThat(unknown(grouped)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"A|7", "12%|£5", "3|4"})
  void aFirstColumnWithNoHeadingAndNotMostlyWordsIsNoted(String cells) {
    // Half words is not mostly words; percentages and money are figures.
    String[] c = cells.split("\\|");
    ReadResult<Document> r = read(",Ref,Risk,Likelihood,Impact\n" + c[0] + ",R1,Flooding,4,5\n" + c[1]
        + ",R2,Fire,2,3\n");
    assertThat(risks(r)).hasSize(2);
    assertThat(unknown(r)).containsExactly("Column 1 has no heading; its 2 cells are not read");
  }

  @Test
  void anUnknownColumnIsNotedWithTheCellsItLeavesUnread() {
    ReadResult<Document> r = read("Ref,Risk,,Likelihood,Impact,Trend\nR1,Flooding,x,4,5,Up\nR2,Fire,,2,3,\n");
    assertThat(unknown(r)).containsExactly("Column 3 has no heading; its 1 cell is not read",
        "Heading \"Trend\" (column 6) matches no column of a risk table (Ref, Risk, Description, Owner, Likelihood,"
            + " Impact, Score, Level, Current rating, Target rating, Inherent rating, Category, Controls); its 1 cell"
            + " is not read");
    // Blank cells are not words: a figure over blanks is noted, not taken for the names of the rows.
    assertThat(unknown(read(",Ref,Risk,Likelihood,Impact\n7,R1,Flooding,4,5\n,R2,Fire,2,3\n,R3,Cold,1,1\n")))
        .containsExactly("Column 1 has no heading; its 1 cell is not read");
    // An empty column with no heading is not worth a note.
    assertThat(unknown(read("Ref,Risk,,Likelihood,Impact\nR1,Flooding,,4,5\n"))).isEmpty();
  }

  @Test
  void theFirstColumnOfWordsNotTakenByAFieldNamesTheRisks() {
    // Owner is a field; Code holds a word and a figure, not mostly words; Hazard names the risks.
    assertThat(titles(read("Owner,Hazard,Likelihood,Impact\nJo,Flooding,4,5\n"))).containsExactly("Flooding");
    assertThat(titles(read("Code,Hazard,Likelihood,Impact\nA1,Flooding,4,5\n12,Fire,2,3\n")))
        .containsExactly("Flooding", "Fire");
    // Blank cells count for neither words nor figures.
    assertThat(titles(read("Code,Hazard,Likelihood,Impact\n12,Flooding,4,5\n,Fire,2,3\n,Cold,1,1\n")))
        .containsExactly("Flooding", "Fire", "Cold");
    ReadResult<Document> sparse = read("Hazard,Likelihood,Impact\nFlooding,4,5\n,2,3\n,1,1\n");
    assertThat(titles(sparse)).containsExactly("Flooding");
    assertThat(sparse.notes().withCode(CsvRules.ROW_NO_NAME)).hasSize(2);
    // A name opening with a figure is still words.
    assertThat(titles(read("Hazard,Likelihood,Impact\n5G rollout,4,5\n3rd party failure,2,3\n")))
        .containsExactly("5G rollout", "3rd party failure");
  }

  @Test
  void aRowWiderThanTheHeadingsIsAProblem() {
    ReadResult<Document> r = read("Ref,Risk,Likelihood,Impact\nR1,Flooding,4,5,9\n");
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().findings()).extracting(Finding::code).containsExactly(CsvRules.ROW_RAGGED);
  }

  @Test
  void blankRowsAreNotRowsOfTheTable() {
    ReadResult<Document> r = read("Ref,Risk,Likelihood,Impact\nR1,Flooding,4,5\n,,,\nR2,Fire,2,3\n");
    assertThat(risks(r)).extracting(Risk::label).containsExactly("R1: Flooding", "R2: Fire");
    assertThat(r.notes().withCode(CsvRules.ROW_NO_NAME)).isEmpty();
  }

  @Test
  void aFieldInTheFirstColumnIsRead() {
    ReadResult<Document> r = TableReader.standard().read("i.csv", "RAG,Ref,Indicator,Actual 2018-19\n"
        + "Green,PI 1,Reviews,78\n");
    Indicator pi = r.section(IndicatorSet.class).orElseThrow().indicators().get(0);
    assertThat(pi.actual(FinancialYear.of(2018)).orElseThrow().publishedRag()).contains(Rag.GREEN);
  }

  @Test
  void aTargetsColumnInWordsTitlesTheIndicatorsAndAnotherKeepsTheTargets() {
    String text = "Target,Target 1998-99\nTo recover the full operating costs,95\nTo clear claims within 12 weeks,90\n";
    ReadResult<Document> r = TableReader.standard().read("t.csv", text);
    List<Indicator> indicators = r.section(IndicatorSet.class).orElseThrow().indicators();
    assertThat(indicators).extracting(Indicator::title)
        .containsExactly("To recover the full operating costs", "To clear claims within 12 weeks");
    assertThat(indicators.get(0).targets()).singleElement()
        .satisfies(t -> assertThat(t.value()).contains(new BigDecimal("95")));
  }

  @Test
  void figuresWithTheirUnitAreFiguresAndWordsAreKeptAsWritten() {
    String text = "Ref,Indicator,Target 2022/23\nOC01,Calls answered,4 minutes\nOC02,Residents informed,Greater than 50%\n"
        + "OC03,Time to decide,2 working days\n";
    List<Indicator> indicators = TableReader.standard().read("w.csv", text).section(IndicatorSet.class).orElseThrow()
        .indicators();
    FinancialYear y = FinancialYear.of(2022);
    assertThat(indicators.get(0).target(y).orElseThrow().value()).contains(new BigDecimal("4"));
    assertThat(indicators.get(1).target(y).orElseThrow().kind()).isEqualTo(Target.Kind.PLACEHOLDER);
    assertThat(indicators.get(1).target(y).orElseThrow().note()).contains("Greater than 50%");
    assertThat(indicators.get(2).target(y).orElseThrow().value()).contains(new BigDecimal("2"));
  }

  @Test
  void aTableWithNoRowOfHeadingsGivesNoFields() {
    Problems problems = new Problems("blank.csv");
    RawTable blank = RawTable.of(List.of(List.of("", ""), List.of("", "")));
    assertThat(TableFields.match(blank, RiskField.class, Vocabulary::riskField, TableOptions.defaults(), problems,
        "a risk table", "Ref, Risk")).isEmpty();
    assertThat(problems.problems().findings()).extracting(Finding::code).containsExactly(CsvRules.TABLE_EMPTY);
  }
}
