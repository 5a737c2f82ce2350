package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.core.ValidationReport;
import org.scplan.risk.RiskRules;
import org.scplan.core.Finding;
import org.scplan.risk.Rating;
import org.scplan.risk.Risk;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskRegister;

/** Risk tables: reference, title, likelihood, impact and, where printed, score, level and target rating. */
class RiskTablesTest {
  private static final String REGISTER = """
      Directorate Risk Register
      Ref,Risk,Owner,Likelihood,Impact,Score,Level,Target rating
      AH0005,Financial pressures,Corporate Director,4,5,20,High,L3 x I4
      AH0007,Managing demand,Director Older People,3,4,16,Medium,4x4
      AH0009,Workforce,,2,3,6,Low,TBC
      AH0010,Information Governance,Director,2 - Unlikely,Major,10,High,L1 × I5
      """;

  @Test
  void aRegisterIsScoredOnTheMatrixAndItsPrintedFiguresChecked() {
    ReadResult<Document> r = TableReader.standard().read("register.csv", REGISTER);
    assertThat(r.isRead()).as(r.toString()).isTrue();
    RiskRegister register = r.section(RiskRegister.class).orElseThrow();
    assertThat(register.title()).isEqualTo("Directorate Risk Register");
    assertThat(register.matrix()).isEqualTo(RiskMatrices.kent5x5());
    Risk financial = register.risk("AH0005").orElseThrow();
    assertThat(financial.current()).contains(Rating.of(4, 5));
    assertThat(financial.target()).contains(Rating.of(3, 4));
    assertThat(financial.owner()).contains("Corporate Director");
    assertThat(register.risk("AH0010").orElseThrow().current()).as("a level's label reads as its number")
        .contains(Rating.of(2, 5));
    assertThat(register.risk("AH0009").orElseThrow().target()).as("TBC is no target").isEmpty();

    // AH0007 prints 16 for L3 × I4, which kent-5x5 scores 12; AH0010 prints High for 10 (Medium).
    assertThat(r.notes().withCode(CsvRules.RISK_SCORE_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains("F4: row 4, column \"Score\"");
      assertThat(f.expected()).contains("12");
      assertThat(f.actual()).contains("16");
    });
    assertThat(r.notes().withCode(CsvRules.RISK_BAND_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains("G6: row 6, column \"Level\"");
      assertThat(f.expected()).contains("Medium");
    });
    assertThat(r.validate().withCode("risk.rating.target-worse-than-current")).extracting(Finding::message)
        .singleElement().asString().contains("16 High (L4 × I4)");
    assertThat(r.validate().withCode("risk.rating.no-target")).hasSize(1);
    assertThat(r.validate().withCode("risk.owner.missing")).hasSize(1);
  }

  @Test
  void anotherMatrixScoresTheSameRatingsOtherwise() {
    ReadResult<Document> npsa = TableReader.of(TableOptions.builder().matrix(RiskMatrices.named("npsa-5x5"))
        .asAt(LocalDate.of(2018, 9, 30)).build()).read("register.csv", REGISTER);
    assertThat(Resources.kind(npsa)).contains(TableKind.RISKS);
    assertThat(npsa.section(RiskRegister.class).orElseThrow().asAt()).contains(LocalDate.of(2018, 9, 30));
    // On the NPSA matrix 20 is Extreme, not High; 12 is High, not Medium; 6 is Moderate, not Low; and 10 is
    // High, as printed.
    assertThat(npsa.notes().withCode(CsvRules.RISK_BAND_MISMATCH)).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("G3: row 3, column \"Level\"", "G4: row 4, column \"Level\"", "G5: row 5, column \"Level\"");
  }

  @Test
  void ratingCellsCarryScoreAndLevel() {
    String text = "Ref,Risk,Current rating,Target rating\nR1,Flooding,20 High (4x5),12 Medium (3x4)\n"
        + "R2,Fire,L2 I2 High,Low\n";
    ReadResult<Document> r = TableReader.of(TableOptions.builder().kind(TableKind.RISKS).build()).read("r.csv", text);
    assertThat(r.section(RiskRegister.class).orElseThrow().risk("R1").orElseThrow().current()).contains(Rating.of(4, 5));
    assertThat(r.notes().withCode(CsvRules.RISK_BAND_MISMATCH)).extracting(Finding::message).singleElement()
        .asString().startsWith("Risk R2: the current level is printed as High");
  }

  @Test
  void incompleteAndUnreadableRatings() {
    String text = "Ref,Risk,Likelihood,Impact,Current rating\nR1,Flooding,4,,\nR2,Fire,,,soon\n";
    ReadResult<Document> r = TableReader.standard().read("r.csv", text);
    // Words where a rating would be are kept as no rating, and noted at their cell, not refused.
    assertThat(r.isRead()).as(r.toString()).isTrue();
    assertThat(r.notes().withCode(CsvRules.CELL_WORDS)).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("E3: row 3, column \"Current rating\"");
    assertThat(r.section(RiskRegister.class).orElseThrow().risks().get(1).current()).isEmpty();
    assertThat(TableReader.standard().read("r.csv", text.replace("soon", "4 x 9x")).problems().findings())
        .extracting(Finding::code).containsExactly(CsvRules.CELL_UNREADABLE);
    String incomplete = "Ref,Risk,Likelihood,Impact\nR1,Flooding,4,\n";
    ReadResult<Document> w = TableReader.standard().read("r.csv", incomplete);
    assertThat(w.notes().withCode(CsvRules.RISK_RATING_INCOMPLETE)).hasSize(1);
    assertThat(w.section(RiskRegister.class).orElseThrow().risks().get(0).current()).isEmpty();
    assertThat(TableReader.standard().read("r.csv", "Ref,Risk,Likelihood,Impact\nR1,Flooding,0 x 5,2\n")
        .isRead()).isFalse();
  }

  @Test
  void ratingsAsRegistersPrintThemAreReadAndChecked() {
    ReadResult<Document> r = Resources.read("tables/register-as-printed.tsv");
    assertThat(r.isRead()).as(r.toString()).isTrue();
    RiskRegister register = r.section(RiskRegister.class).orElseThrow();
    assertThat(register.risks()).hasSize(8);
    Risk crr1 = register.risks().get(0);
    assertThat(crr1.current()).isEmpty();
    assertThat(crr1.currentAsPrinted().orElseThrow().score()).hasValue(20);
    assertThat(crr1.targetAsPrinted().orElseThrow().score()).hasValue(15);
    Risk crr2 = register.risks().get(1);
    assertThat(crr2.currentAsPrinted().orElseThrow().level()).contains("High");
    assertThat(register.risks().get(2).currentAsPrinted().orElseThrow().score()).isEmpty();
    assertThat(register.risks().get(3).current()).contains(Rating.of(4, 5));
    assertThat(register.risks().get(4).current()).contains(Rating.of(4, 5));
    assertThat(register.risks().get(4).target()).contains(Rating.of(3, 4));
    // "Last Qrt" and "Direction" are not fields of a risk table: noted with their cells, not refused.
    assertThat(r.notes().withCode(CsvRules.COLUMN_UNKNOWN)).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("E2: row 2, column \"Last Qrt\"", "F2: row 2, column \"Direction\"");
    assertThat(r.notes().withCode(CsvRules.COLUMN_UNKNOWN).get(0).message()).contains("its 8 cells are not read");
    ValidationReport report = r.validate();
    assertThat(report.withCode(RiskRules.SCORE_IMPOSSIBLE)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("printed as 7").contains("1-6, 8-10, 12, 15, 16, 20, 25"));
    assertThat(report.withCode(RiskRules.TARGET_SCORE_ABOVE_CURRENT)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("target score 20 is higher than the current score 16"));
    assertThat(report.withCode(RiskRules.SCORE_LEVEL_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("12 (High)").contains("Medium"));
    // Every printed rating is accounted for: none of these risks is reported as unrated.
    assertThat(report.withCode(RiskRules.RATING_MISSING)).isEmpty();
  }

  @Test
  void aScoreOutsideTheBandPrintedWithItsLevelIsAnError() {
    ReadResult<Document> r = Resources.read("tables/register-bands.tsv");
    assertThat(r.isRead()).as(r.toString()).isTrue();
    List<Finding> outside = r.validate().withCode(CsvRules.RISK_BAND_MISMATCH);
    assertThat(outside).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains("F3: row 3, column \"Risk level\"");
      assertThat(f.message()).contains("score 12 lies outside the band printed with its level (High 16 to 25)");
    });
  }

  @Test
  void averagedLikelihoodAndImpactAreCheckedAsAProductNeverCutToALevel() {
    String text = "RISK\tIMPACT ON SERVICES SCORE\tLIKELIHOOD SCORE\tTOTAL RISK SCORE\n"
        + "Lack of investment\t4.2\t5.1\t21.42\nLack of resources\t3.7\t4.9\t18.13\nMisprinted\t3.6\t4.3\t16.48\n";
    ReadResult<Document> r = TableReader.standard().read("averaged.tsv", text);
    assertThat(r.isRead()).as(r.toString()).isTrue();
    assertThat(r.section(RiskRegister.class).orElseThrow().risks()).hasSize(3).allSatisfy(risk -> assertThat(risk.current()).isEmpty());
    assertThat(r.notes().withCode(CsvRules.RISK_AVERAGED)).hasSize(2);
    assertThat(r.notes().withCode(CsvRules.RISK_SCORE_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains("D4: row 4, column \"TOTAL RISK SCORE\"");
      assertThat(f.message()).contains("printed as 16.48").contains("4.3 × impact 3.6");
    });
  }
}
