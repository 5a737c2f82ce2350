package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.Finding;
import org.scplan.core.ValidationReport;

/**
 * Golden tests against seed 001 (Adult Social Care and Health Directorate Business Plan 2018-19),
 * section E, Table 1: the directorate register as published, whose entries carry no ratings.
 */
class Seed001Table1Test {
  private final RiskRegister table1 = SeedRegisters.seed001Table1();

  @Test
  void holdsEveryRowOfTable1ExactlyAsPublished() {
    List<List<String>> published = new ArrayList<>();
    for (String line : SeedText.lines("001-section-E-table-1.txt")) {
      if (line.matches("AH\\d{4}\t.*")) {
        published.add(List.of(line.replaceAll("</?b>", "").split("\t")));
      }
    }
    List<List<String>> held = table1.risks().stream()
        .map(r -> List.of(r.reference().orElseThrow(), r.title().orElseThrow(), r.description().orElseThrow()))
        .toList();
    assertThat(held).isEqualTo(published);
  }

  @Test
  void thirteenReferencesInThePublishedOrder() {
    assertThat(table1.risks()).extracting(r -> r.reference().orElseThrow()).containsExactly("AH0001", "AH0004",
        "AH0005", "AH0006", "AH0007", "AH0008", "AH0009", "AH0010", "AH0011", "AH0012", "AH0015", "AH0016", "AH0017");
    assertThat(table1.risk("AH0005").flatMap(Risk::title)).contains("Financial pressures");
    assertThat(table1.risk("AH0002")).isEmpty();
  }

  @Test
  void noRatingIsInvented() {
    assertThat(table1.risks()).allSatisfy(r -> {
      assertThat(r.inherent()).isEmpty();
      assertThat(r.current()).isEmpty();
      assertThat(r.target()).isEmpty();
      assertThat(r.owner()).isEmpty();
      assertThat(r.isOpen()).isTrue();
    });
  }

  @Test
  void theCheckSaysEveryEntryIsUnratedAndUnowned() {
    ValidationReport report = table1.validate();
    assertThat(report.isValid()).isTrue();
    assertThat(report.summary()).isEqualTo("0 errors, 26 warnings, 0 infos");
    assertThat(report.codes()).containsExactly(RiskRules.OWNER_MISSING, RiskRules.RATING_MISSING);
    assertThat(report.withCode(RiskRules.RATING_MISSING)).hasSize(13);
    Finding first = report.withCode(RiskRules.RATING_MISSING).get(0);
    assertThat(first.message()).isEqualTo("Risk AH0001: New operating model is not rated: it has no inherent,"
        + " current or target rating");
    assertThat(first.location().toString()).isEqualTo("Table 1 › Risk AH0001: New operating model [current]");
  }

  @Test
  void theHeatMapPlacesNothingAndListsAllThirteenAsNotRated() {
    HeatMap current = table1.heatMap(RatingKind.CURRENT);
    assertThat(current.total()).isZero();
    assertThat(current.notRated()).hasSize(13).startsWith("AH0001: New operating model");
    assertThat(current.toString()).startsWith("Current ratings of Table 1 on kent-5x5: 0 risks on the matrix,"
        + " 13 not rated\n");
  }

  @Test
  void printsAsATable() {
    assertThat(table1.toString().lines().limit(3)).containsExactly(
        "Table 1 (risks \"directorate-risk-register\", Directorate register, matrix kent-5x5): 13 risks, 13 open,"
            + " 0 rated",
        "REF     RISK                                     CURRENT    TARGET  OWNER  STATUS",
        "AH0001  New operating model                      not rated  -       -      Open");
  }
}
