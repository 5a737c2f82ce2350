package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scplan.csv.Registers.read;
import static org.scplan.csv.Registers.risks;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.risk.PrintedRating;
import org.scplan.risk.Rating;
import org.scplan.risk.Risk;

/**
 * The ratings of a risk register as councils print them, on Kent's 5 × 5 matrix (Low 1–6, Medium
 * 8–15, High 16–25): rating cells, likelihood, impact, score and level columns in any order, scores
 * and levels printed without a rating, bands printed with a level, levels numbered from 1, averaged
 * likelihoods and impacts, and the printed figures held against the matrix.
 */
class RiskRatingCellsTest {
  private static List<String> pointers(ReadResult<Document> r, String code) {
    return r.notes().withCode(code).stream().map(f -> f.location().pointer().orElseThrow()).toList();
  }

  /** A table of one row whose cells stand under the headings in the order given. */
  private static String table(String headings, Map<String, String> cells) {
    return headings + "\n" + String.join(",", Stream.of(headings.split(",")).map(cells::get).toList()) + "\n";
  }

  /** The letter of a heading's column. */
  private static char letter(String headings, String heading) {
    return (char) ('A' + List.of(headings.split(",")).indexOf(heading));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Risk,Likelihood,Impact,Score,Level", "Likelihood,Impact,Score,Level,Risk",
      "Impact,Likelihood,Risk,Level,Score", "Score,Level,Risk,Likelihood,Impact", "Level,Score,Impact,Likelihood,Risk"})
  void columnsAreReadInAnyOrderTheFirstIncluded(String headings) {
    // Likelihood 4 × impact 5 is 20, High; the row prints 16 and Medium.
    ReadResult<Document> r = read(table(headings,
        Map.of("Risk", "Flooding", "Likelihood", "4", "Impact", "5", "Score", "16", "Level", "Medium")));
    assertThat(risks(r)).singleElement().satisfies(risk -> assertThat(risk.current()).contains(Rating.of(4, 5)));
    char score = letter(headings, "Score");
    char level = letter(headings, "Level");
    assertThat(r.notes().withCode(CsvRules.RISK_SCORE_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains(score + "2: row 2, column \"Score\"");
      assertThat(f.expected()).contains("20");
      assertThat(f.actual()).contains("16");
    });
    assertThat(r.notes().withCode(CsvRules.RISK_BAND_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains(level + "2: row 2, column \"Level\"");
      assertThat(f.expected()).contains("High");
      assertThat(f.actual()).contains("Medium");
    });
  }

  @Test
  void aRatingCellMayBeTheFirstColumn() {
    ReadResult<Document> r = read("Current rating,Risk\n4x5 16,Flooding\n");
    assertThat(risks(r)).singleElement().satisfies(risk -> assertThat(risk.current()).contains(Rating.of(4, 5)));
    assertThat(pointers(r, CsvRules.RISK_SCORE_MISMATCH)).containsExactly("A2: row 2, column \"Current rating\"");
  }

  @Test
  void levelsAreNumberedFromOne() {
    String text = "Ref,Risk,Current rating,Likelihood,Impact\n"
        + "R1,Flooding,L1 x I5,,\n"
        + "R2,Fire,5x1,,\n"
        + "R3,Cold,,1,1\n"
        + "R4,Heat,,99,5\n";
    ReadResult<Document> r = read(text);
    assertThat(risks(r)).extracting(risk -> risk.current().orElseThrow())
        .containsExactly(Rating.of(1, 5), Rating.of(5, 1), Rating.of(1, 1), Rating.of(99, 5));
    // A level the matrix does not have is read as printed and left to the register's checks.
    assertThat(r.validate().withCode("risk.rating.off-matrix")).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0 x 5", "L4 x I0"})
  void aRatingWithALevelZeroIsUnreadable(String rating) {
    ReadResult<Document> r = read("Ref,Risk,Current rating\nR1,Flooding," + rating + "\n");
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(CsvRules.CELL_UNREADABLE);
      assertThat(f.location().pointer()).contains("C2: row 2, column \"Current rating\"");
      assertThat(f.message()).contains("level 0");
    });
  }

  @Test
  void aLevelZeroInItsOwnColumnIsUnreadable() {
    ReadResult<Document> r = read("Ref,Risk,Likelihood,Impact\nR1,Flooding,0,5\n");
    assertThat(r.problems().findings()).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("C2: row 2, column \"Likelihood\"");
  }

  @Test
  void aScoreOrLevelPrintedWithoutARatingIsKeptAsPrinted() {
    String text = "Score,Level,Risk\n20,High,Flooding\n12 (Medium),,Fire\n,Low,Cold\n9,,Heat\n1,,Snow\n0,,Wind\n";
    List<Risk> risks = risks(read(text));
    assertThat(risks).extracting(risk -> risk.currentAsPrinted().map(PrintedRating::printed).orElse("none"))
        .containsExactly("20 High", "12 Medium", "Low", "9", "1", "none");
    assertThat(risks.get(1).currentAsPrinted().orElseThrow().score()).hasValue(12);
    assertThat(risks.get(1).currentAsPrinted().orElseThrow().level()).contains("Medium");
    assertThat(risks.get(2).currentAsPrinted().orElseThrow().score()).isEmpty();
    assertThat(risks).allSatisfy(risk -> assertThat(risk.current()).isEmpty());
  }

  @Test
  void aRatingCellOfScoreOrLevelAloneIsKeptAsPrinted() {
    String text = "Ref,Risk,Current rating,Target rating\n"
        + "R1,Flooding,20 (16 to 25),High (16 to 25)\n"
        + "R2,Fire,Amber,H\n"
        + "R3,Cold,1,0\n";
    List<Risk> risks = risks(read(text));
    PrintedRating banded = risks.get(0).currentAsPrinted().orElseThrow();
    assertThat(banded.score()).hasValue(20);
    assertThat(banded.bandFrom()).hasValue(16);
    assertThat(banded.bandTo()).hasValue(25);
    PrintedRating level = risks.get(0).targetAsPrinted().orElseThrow();
    assertThat(level.level()).contains("High");
    assertThat(level.score()).isEmpty();
    assertThat(level.bandFrom()).hasValue(16);
    // Levels in the register's own words are kept as printed, not read as a level of the matrix.
    assertThat(risks.get(1).currentAsPrinted().orElseThrow().level()).contains("Amber");
    assertThat(risks.get(1).targetAsPrinted().orElseThrow().level()).contains("H");
    assertThat(risks.get(2).currentAsPrinted().orElseThrow().score()).hasValue(1);
    assertThat(risks.get(2).targetAsPrinted()).as("a score of 0 is no rating").isEmpty();
    assertThat(risks).allSatisfy(risk -> assertThat(risk.current()).isEmpty());
  }

  @Test
  void aStatusInWordsWhereAScoreWouldBeIsNoScore() {
    ReadResult<Document> r = read("Ref,Risk,Score\nR1,Flooding,Risk Not Active\n");
    assertThat(risks(r)).singleElement().satisfies(risk -> assertThat(risk.currentAsPrinted()).isEmpty());
    assertThat(pointers(r, CsvRules.CELL_WORDS)).containsExactly("C2: row 2, column \"Score\"");
  }

  @Test
  void aScoreOfFourFiguresIsUnreadable() {
    ReadResult<Document> r = read("Ref,Risk,Score\nR1,Flooding,1234\n");
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().findings()).extracting(Finding::code).containsExactly(CsvRules.CELL_UNREADABLE);
    assertThat(r.problems().findings()).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("C2: row 2, column \"Score\"");
  }

  @Test
  void aLevelPrintedInTheScoreCellIsCheckedThere() {
    ReadResult<Document> r = read("Risk,Likelihood,Impact,Score\nFlooding,4,5,20 (Medium)\n");
    assertThat(r.notes().withCode(CsvRules.RISK_SCORE_MISMATCH)).isEmpty();
    assertThat(r.notes().withCode(CsvRules.RISK_BAND_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains("D2: row 2, column \"Score\"");
      assertThat(f.expected()).contains("High");
      assertThat(f.actual()).contains("Medium");
    });
  }

  @Test
  void anImpactWithoutALikelihoodIsNoRatingAndNotedAtTheImpact() {
    ReadResult<Document> r = read("Ref,Risk,Likelihood,Impact\nR1,Flooding,,5\n");
    assertThat(risks(r)).singleElement().satisfies(risk -> assertThat(risk.current()).isEmpty());
    assertThat(r.notes().withCode(CsvRules.RISK_RATING_INCOMPLETE)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains("D2: row 2, column \"Impact\"");
      assertThat(f.message()).contains("an impact but no likelihood");
    });
  }

  @Test
  void targetAndInherentRatingsAreReadAndCheckedAsTheCurrentIs() {
    ReadResult<Document> r = read("Ref,Risk,Inherent rating,Current rating,Target rating\n"
        + "R1,Flooding,5x5 Medium,4x5,L3 x I4 16\n");
    assertThat(risks(r)).singleElement().satisfies(risk -> {
      assertThat(risk.inherent()).contains(Rating.of(5, 5));
      assertThat(risk.current()).contains(Rating.of(4, 5));
      assertThat(risk.target()).contains(Rating.of(3, 4));
    });
    // The target prints 16 for L3 × I4 (12); the inherent rating prints Medium for L5 × I5 (25, High).
    assertThat(pointers(r, CsvRules.RISK_SCORE_MISMATCH)).containsExactly("E2: row 2, column \"Target rating\"");
    assertThat(pointers(r, CsvRules.RISK_BAND_MISMATCH)).containsExactly("C2: row 2, column \"Inherent rating\"");
  }

  @Test
  void aScoreOnTheEdgeOfItsPrintedBandLiesWithinIt() {
    String text = "Risk,Likelihood,Impact,Level\n"
        + "Flooding,4,4,High (16 to 25)\n"
        + "Fire,5,5,High (16 to 25)\n"
        + "Cold,3,5,High (16 to 25)\n"
        + "Heat,2,2,Severe\n";
    ReadResult<Document> r = read(text);
    // With no score printed, the matrix's score of the rating is held against the band: 16 and 25 lie
    // within 16 to 25, 15 does not; Severe is no level of the matrix at all.
    assertThat(r.notes().withCode(CsvRules.RISK_BAND_MISMATCH)).extracting(Finding::message).satisfiesExactly(
        m -> assertThat(m).startsWith("Risk Cold: the current score 15 lies outside the band"),
        m -> assertThat(m).startsWith("Risk Heat: the current level is printed as Severe")
            .endsWith("Severe is not a level of the matrix"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Risk,Likelihood,Impact,Score", "Score,Likelihood,Impact,Risk",
      "Likelihood,Impact,Score,Risk", "Impact,Score,Likelihood,Risk"})
  void averagedLikelihoodAndImpactAreCheckedWhereverTheirColumnsStand(String headings) {
    // 3.6 × 4.3 lies within [3.55 × 4.25, 3.65 × 4.35] = [15.0875, 15.8775]: 16.48 is no product of them.
    ReadResult<Document> r = read(table(headings,
        Map.of("Risk", "Misprinted", "Likelihood", "3.6", "Impact", "4.3", "Score", "16.48")));
    assertThat(risks(r)).singleElement().satisfies(risk -> assertThat(risk.current()).isEmpty());
    char score = letter(headings, "Score");
    assertThat(pointers(r, CsvRules.RISK_SCORE_MISMATCH)).containsExactly(score + "2: row 2, column \"Score\"");
  }

  @Test
  void averagesWithoutAScoreAreNotedAndNeverCutToALevel() {
    ReadResult<Document> r = read("Impact,Likelihood,Risk\n5.1,4.2,Flooding\n");
    assertThat(risks(r)).singleElement().satisfies(risk -> assertThat(risk.current()).isEmpty());
    assertThat(pointers(r, CsvRules.RISK_AVERAGED)).containsExactly("B2: row 2, column \"Likelihood\"");
  }

  @Test
  void anUnreadableAveragedRatingIsAProblemAtItsScoreElseItsLikelihood() {
    ReadResult<Document> score = read("Risk,Likelihood,Impact,Score\nFlooding,4.2,5.1,abc\n");
    assertThat(score.isRead()).isFalse();
    assertThat(score.problems().findings()).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("D2: row 2, column \"Score\"");
    ReadResult<Document> first = read("Score,Likelihood,Impact,Risk\nabc,4.2,5.1,Flooding\n");
    assertThat(first.problems().findings()).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains("A2: row 2, column \"Score\"");
      assertThat(f.message()).contains("\"4.2 × 5.1 = abc\"");
    });
    ReadResult<Document> impact = read("Risk,Likelihood,Impact\nFlooding,4.2,x\n");
    assertThat(impact.isRead()).isFalse();
    assertThat(impact.problems().findings()).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("B2: row 2, column \"Likelihood\"");
  }

  @Test
  void aLevelInTheRegistersOwnWordsIsKeptAsPrintedEvenWhereItHoldsALevelOfTheMatrix() {
    String text = "Ref,Risk,Current rating\nR1,Flooding,Medium-High\nR2,Fire,Very high\nR3,Cold,12 Medium-High\n"
        + "R4,Heat,4x5 Very high\n";
    ReadResult<Document> r = read(text);
    assertThat(r.problems().findings()).isEmpty();
    List<Risk> risks = risks(r);
    assertThat(risks.subList(0, 3)).extracting(risk -> risk.currentAsPrinted().orElseThrow().level().orElseThrow())
        .containsExactly("Medium-High", "Very high", "Medium-High");
    assertThat(risks.get(2).currentAsPrinted().orElseThrow().score()).hasValue(12);
    // With a likelihood and impact, the level is held against the matrix's: 4 × 5 is High.
    assertThat(risks.get(3).current()).contains(Rating.of(4, 5));
    assertThat(r.notes().withCode(CsvRules.RISK_BAND_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains("C5: row 5, column \"Current rating\"");
      assertThat(f.message()).contains("Very high is not a level of the matrix");
    });
  }

  @Test
  void aBandMayFollowTheLikelihoodAndImpact() {
    String text = "Ref,Risk,Current rating\nR1,Flooding,4x5 High (16 to 25)\nR2,Fire,L2 x I3 Medium (8-15)\n";
    ReadResult<Document> r = read(text);
    assertThat(r.problems().findings()).isEmpty();
    assertThat(risks(r)).extracting(risk -> risk.current().orElseThrow())
        .containsExactly(Rating.of(4, 5), Rating.of(2, 3));
    // 4 × 5 is 20, inside 16 to 25; 2 × 3 is 6, below the band printed with it.
    assertThat(r.notes().withCode(CsvRules.RISK_BAND_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains("C3: row 3, column \"Current rating\"");
      assertThat(f.expected()).contains("8 to 15");
      assertThat(f.actual()).contains("6");
    });
  }
}
