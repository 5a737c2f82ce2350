package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.csv.Vocabulary.IndicatorField;
import org.scplan.csv.Vocabulary.RiskField;

/**
 * The headings the table readers know: the columns of line names and of people in a budget table,
 * and the fields of indicator and risk tables, found by a heading's words or by the longest known
 * beginning of them.
 */
class VocabularyTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(IndicatorField.class)
  void everyHeadingOfAnIndicatorFieldReadsAsThatField(IndicatorField field) {
    assertThat(field.headings()).isNotEmpty();
    assertThat(field.headings()).allSatisfy(h -> assertThat(Vocabulary.indicatorField(h)).as(h).contains(field));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(RiskField.class)
  void everyHeadingOfARiskFieldReadsAsThatField(RiskField field) {
    assertThat(field.headings()).isNotEmpty();
    assertThat(field.headings()).allSatisfy(h -> assertThat(Vocabulary.riskField(h)).as(h).contains(field));
  }

  @Test
  void headingsAreComparedByTheirWords() {
    assertThat(Vocabulary.isLineNames("Service Area")).isTrue();
    assertThat(Vocabulary.isLineNames("SERVICE AREA £'000")).isTrue();
    assertThat(Vocabulary.isLineNames("Net budget")).isFalse();
    assertThat(Vocabulary.isLineNamesWords("cost centre")).isTrue();
    assertThat(Vocabulary.isLineNamesWords("gross")).isFalse();
    assertThat(Vocabulary.isPeople("Budget Holder")).isTrue();
    assertThat(Vocabulary.isPeople("Service")).isFalse();
    assertThat(Vocabulary.isPeopleWords("portfolio holder")).isTrue();
    assertThat(Vocabulary.isPeopleWords("portfolio")).isFalse();
    assertThat(Vocabulary.riskField("Risk Owner").orElseThrow()).isEqualTo(RiskField.OWNER);
    // A parish council's "Responsible" and a risk workshop's "Overall" (likelihood times impact).
    assertThat(Vocabulary.riskField("Responsible").orElseThrow()).isEqualTo(RiskField.OWNER);
    assertThat(Vocabulary.riskField("Responsibility").orElseThrow()).isEqualTo(RiskField.OWNER);
    assertThat(Vocabulary.riskField("Overall").orElseThrow()).isEqualTo(RiskField.SCORE);
    assertThat(Vocabulary.indicatorField("Responsible").orElseThrow()).isEqualTo(IndicatorField.MANAGER);
    assertThat(Vocabulary.indicatorField("PI Ref.").orElseThrow()).isEqualTo(IndicatorField.REFERENCE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // The longest known beginning decides: "performance measure" is a title, "performance" a result.
      "Performance measure description      | TITLE",
      "Performance this quarter             | VALUE",
      "Indicator Description Monthly snapshot unless stated | TITLE",
      // A period alone heads results.
      "2022/23                              | VALUE",
      "2016 to 2017                         | VALUE",
      "Q1 (April to June 2019)              | VALUE",
      "Quarter 3                            | VALUE",
      "Apr                                  | VALUE",
      "May 2011                             | VALUE",
      // Words ending in results or values, or holding a target, or naming indicators.
      "Year end results                     | VALUE",
      "Cumulative outturns                  | VALUE",
      "Annual target                        | TARGET",
      "Stretch targets for next year        | TARGET",
      "Key performance indicators           | TITLE",
      "Corporate measures                   | TITLE"})
  void anIndicatorHeadingIsReadByItsWordsItsPeriodOrItsLastWord(String heading, IndicatorField field) {
    assertThat(Vocabulary.indicatorField(heading)).contains(field);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "Comments", "Notes on data", "No of complaints", "Id number of the officer",
      "Pi estimate"})
  void otherHeadingsNameNoIndicatorField(String heading) {
    // A key of two letters ("no", "id", "pi") matches only whole, never as the beginning of longer words.
    assertThat(Vocabulary.indicatorField(heading)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Risk Description and cause | DESCRIPTION",
      "Risk ref.                  | REFERENCE",
      "Risk                       | TITLE",
      "Risk title (short)         | TITLE",
      "Current risk score Q3      | SCORE",
      "Target risk score 2024     | TARGET_SCORE",
      "Inherent risk rating       | INHERENT"})
  void aRiskHeadingIsReadByItsLongestKnownBeginning(String heading, RiskField field) {
    assertThat(Vocabulary.riskField(heading)).contains(field);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Band D", "Band D equivalent", "Council tax band B", "No of incidents", "Id of owner"})
  void aCouncilTaxBandOrAShortKeyAtTheStartNamesNoRiskField(String heading) {
    assertThat(Vocabulary.riskField(heading)).isEmpty();
  }

  @Test
  void headingsTellIndicatorTablesFromRiskRegisters() {
    assertThat(Arrays.asList("Outturn", "Direction of travel", "KPI", "Target 2019/20"))
        .allSatisfy(h -> assertThat(Vocabulary.isIndicatorHeading(h)).as(h).isTrue());
    assertThat(Arrays.asList("Likelihood", "Impact", "Risk owner", "Inherent risk rating"))
        .allSatisfy(h -> assertThat(Vocabulary.isRiskHeading(h)).as(h).isTrue());
    // Headings both kinds use tell neither: an owner, a reference, a description.
    assertThat(Arrays.asList("Ref", "Description", "Owner"))
        .allSatisfy(h -> {
          assertThat(Vocabulary.isIndicatorHeading(h)).as(h).isFalse();
          assertThat(Vocabulary.isRiskHeading(h)).as(h).isFalse();
        });
    assertThat(Vocabulary.isIndicatorHeading("Risk target")).isFalse();
  }
}
