package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scplan.json.StrictReadingTest.assertAt;
import static org.scplan.json.StrictReadingTest.problem;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetMonitoring;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.LineKind;
import org.scplan.core.AmountUnit;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;

/**
 * The strictness catalogue of the {@code "budget"} section kind: a small document per problem, with
 * the problem's code, JSON pointer, line and column (found in the document's text by
 * {@link StrictReadingTest#assertAt}), and a message that names the value and what was expected. Each
 * document has exactly one fault and gives exactly one problem.
 */
class BudgetStrictReadingTest {
  private static final String SOURCE = "budget.json";

  /** Two divisions of seed 001's Table 5 and their total, which add up. */
  static final String TABLE = """
      {"format": "scplan", "version": 1, "section": {
        "kind": "budget",
        "id": "table-5",
        "title": "Table 5: Resources",
        "schema": "kent-directorate-2018",
        "year": "2018-19",
        "unit": "thousands",
        "decimals": 1,
        "lines": [
          {"item": "Strategic Management", "cells": [4401.6, 42742.1, 47143.7, -1502.2, -2164.3, 43477.2]},
          {"item": "OPPD", "cells": [42474.7, 219949.4, 262424.1, -99623.8, -11642.5, 151157.8]},
          {"total": "Total", "cells": [46876.3, 262691.5, 309567.8, -101126.0, -13806.8, 194635.0]}
        ]
      }}
      """;

  /** The table with other lines. */
  static String table(String... lines) {
    int start = TABLE.indexOf("    {\"item\": \"Strategic");
    int end = TABLE.indexOf("\n  ]");
    return TABLE.substring(0, start) + "    " + String.join(",\n    ", lines) + TABLE.substring(end);
  }

  static final String LINE = "{\"item\": \"Strategic Management\", \"cells\": [4401.6, 42742.1, 47143.7, -1502.2,"
      + " -2164.3, 43477.2]}";

  /** A staffing table of seed 001's Table 6, whose schema has no money columns. */
  static final String STAFFING = """
      {"format": "scplan", "version": 1, "section": {
        "kind": "budget",
        "id": "table-6",
        "title": "Table 6: Staffing",
        "schema": "kent-staffing-2018",
        "year": "2018-19",
        "decimals": 0,
        "columnDecimals": {"fte": 1},
        "lines": [
          {"item": "AH - Adult Social Care and Health", "cells": [51, 48, 43.0]}
        ]
      }}
      """;

  static List<Finding> problems(String doc) {
    return StrictReadingTest.problems(ScplanJson.standard(), doc);
  }

  static BudgetProfile read(String doc) {
    ReadResult<Document> result = ScplanJson.standard().read(SOURCE, doc);
    assertThat(result.problems().findings()).as("problems").isEmpty();
    return (BudgetProfile) result.orElseThrow().section().orElseThrow();
  }

  @Test
  void theTableReadsAndAddsUp() {
    BudgetProfile table = read(TABLE);

    assertThat(table.lines()).extracting(BudgetLine::name).containsExactly("Strategic Management", "OPPD", "Total");
    assertThat(table.unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(table.line("OPPD").orElseThrow().amount("income").orElseThrow().printed())
        .isEqualByComparingTo("-99623.8");
    assertThat(table.validate().findings()).isEmpty();
  }

  @Nested
  class Members {
    @Test
    void missingDecimals() {
      String doc = TABLE.replace("\"decimals\": 1,\n  ", "");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section", doc, "{\n  \"kind\"");
      assertThat(f.message()).isEqualTo("a budget needs the member \"decimals\"");
    }

    @Test
    void missingUnitWhenTheSchemaHasMoneyColumns() {
      String doc = TABLE.replace("\"unit\": \"thousands\",\n  ", "");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section", doc, "\"budget\"");
      assertThat(f.message()).isEqualTo("a budget whose schema has money columns needs the member \"unit\":"
          + " pounds, thousands or millions");
    }

    @Test
    void aStaffingTableNeedsNoUnit() {
      BudgetProfile table = read(STAFFING);

      assertThat(table.unit()).isEqualTo(AmountUnit.POUNDS);
      assertThat(table.decimals("fte")).isEqualTo(1);
      assertThat(table.decimals("headcount")).isZero();
      assertThat(table.line(0).number("fte").orElseThrow().value()).isEqualByComparingTo("43.0");
    }

    @Test
    void unknownUnit() {
      String doc = TABLE.replace("\"thousands\"", "\"£'000\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/unit", doc, "\"£'000\"");
      assertThat(f.message()).isEqualTo("expected one of pounds, thousands, millions, found text \"£'000\"");
    }

    @Test
    void unknownBuiltInSchema() {
      String doc = TABLE.replace("\"kent-directorate-2018\"", "\"kent-directorate-2019\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/schema", doc, "\"kent-directorate-2019\"");
      assertThat(f.message()).startsWith("expected the name of a built-in budget schema (kent-controllable-2010, ")
          .contains("kent-directorate-2018").endsWith(") or a schema object, found text \"kent-directorate-2019\"");
    }

    @Test
    void precisionOutOfRange() {
      String doc = TABLE.replace("\"decimals\": 1", "\"decimals\": 13");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/decimals", doc, "13,");
      assertThat(f.message()).isEqualTo("expected a precision from -12 to 12 decimal places (negative for figures"
          + " rounded to tens, hundreds or thousands), found the number 13");
    }

    @Test
    void columnPrecisionForNoColumn() {
      String doc = TABLE.replace("\"decimals\": 1,", "\"decimals\": 1,\n  \"columnDecimals\": {\"fte\": 3},");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/columnDecimals/fte", doc, "3}");
      assertThat(f.message()).isEqualTo("expected the key of a column of schema kent-directorate-2018 (staffing,"
          + " non-staffing, gross, income, grants, net-cost), found \"fte\"");
    }

    @Test
    void unreadableTolerance() {
      String doc = TABLE.replace("\"decimals\": 1,", "\"decimals\": 1,\n  \"tolerance\": \"0.5\",");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/tolerance", doc, "\"0.5\"");
      assertThat(f.message()).startsWith("expected a tolerance: intervals, absolute 0.5 or relative 0.001, found"
          + " text \"0.5\"");
    }

    @Test
    void theMembersAfterTheLinesAreRead() {
      String doc = TABLE.replace("  \"year\": \"2018-19\",\n", "").replace("\n  ]\n}}",
          "\n  ],\n  \"year\": \"2018-19\",\n  \"notes\": [\"Net cost after grants\"],\n  \"coversPlan\": false,"
              + "\n  \"tolerance\": \"absolute 0.5\"\n}}");

      BudgetProfile table = read(doc);

      assertThat(table.year().toString()).isEqualTo("2018-19");
      assertThat(table.notes()).containsExactly("Net cost after grants");
      assertThat(table.coversPlan()).isFalse();
      assertThat(table.tolerance().absoluteAmount()).contains(new BigDecimal("0.5"));
    }
  }

  @Nested
  class MemberOrder {
    @Test
    void precisionAfterTheLines() {
      String doc = TABLE.replace("  \"decimals\": 1,\n", "").replace("\n  ]\n}}", "\n  ],\n  \"decimals\": 1\n}}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section/lines", doc, "[\n    {\"item\": \"Strategic");
      assertThat(f.message()).isEqualTo("expected \"decimals\" before \"lines\": a budget's lines are read as they"
          + " come, so id, title, schema, unit, decimals, columnDecimals must come before them (write \"lines\""
          + " last); found \"decimals\" after the lines");
    }

    @Test
    void columnPrecisionAfterTheLines() {
      // The lines are read without it: 43 fits a whole-number column, 43.0 would be a second problem.
      String doc = STAFFING.replace("  \"columnDecimals\": {\"fte\": 1},\n", "").replace("43.0", "43")
          .replace("\n  ]\n}}", "\n  ],\n  \"columnDecimals\": {\"fte\": 1}\n}}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section/lines", doc, "[\n    {\"item\": \"AH");
      assertThat(f.message()).startsWith("expected \"columnDecimals\" before \"lines\"");
    }

    @Test
    void schemaAfterTheLines() {
      String doc = TABLE.replace("  \"schema\": \"kent-directorate-2018\",\n", "")
          .replace("\n  ]\n}}", "\n  ],\n  \"schema\": \"kent-directorate-2018\"\n}}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section/lines", doc, "[\n    {\"item\": \"Strategic");
      assertThat(f.message()).startsWith("expected \"schema\" before \"lines\"");
    }
  }

  @Nested
  class Cells {
    @Test
    void nullIsABlankCell() {
      BudgetProfile table = read(table(LINE.replace("4401.6", "null"), LINE.replace("Strategic", "Other")));

      assertThat(table.line(0).isBlank("staffing")).isTrue();
      assertThat(table.line(1).amount("staffing").orElseThrow().printed()).isEqualByComparingTo("4401.6");
    }

    @Test
    void fewerDecimalsThanTheColumnAreTheSameFigure() {
      BudgetProfile table = read(table(LINE.replace("4401.6", "4401")));

      assertThat(table.line(0).amount("staffing").orElseThrow().toString()).isEqualTo("£4,401.0k");
      assertThat(table.scaled(0, 0)).isEqualTo(44010);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4401.65", "4401.60", "0.05"})
    void moreDecimalsThanTheColumnIsAProblemNotARounding(String printed) {
      String doc = table(LINE.replace("4401.6", printed));

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/cells/0", doc, printed);
      assertThat(f.message()).isEqualTo("expected at most 1 decimal place, the precision of column \"Staffing\""
          + " (staffing), found the number " + printed);
    }

    @Test
    void aWholeNumberColumn() {
      String doc = STAFFING.replace("[51,", "[51.0,");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/cells/0", doc, "51.0");
      assertThat(f.message()).isEqualTo("expected a whole number, the precision of column \"A/C\" (assignments),"
          + " found the number 51.0");
    }

    @Test
    void aColumnRoundedToThousands() {
      String doc = table("{\"item\": \"A\", \"cells\": [4402000, 42742000, 47144000, -1502000, -2164000, 43478500]}")
          .replace("\"unit\": \"thousands\",\n  \"decimals\": 1", "\"unit\": \"pounds\",\n  \"decimals\": -3");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/cells/5", doc, "43478500");
      assertThat(f.message()).isEqualTo("expected a multiple of 1,000 (column \"Net cost\" (net-cost) is printed to"
          + " the nearest 1,000), found the number 43478500");
    }

    @Test
    void aColumnRoundedToThousandsHoldsItsFigureInThousands() {
      BudgetProfile table = read(table("{\"item\": \"A\", \"cells\": [4402000, 42742000, 47144000, -1502000,"
          + " -2164000, 43478000]}").replace("\"unit\": \"thousands\",\n  \"decimals\": 1",
          "\"unit\": \"pounds\",\n  \"decimals\": -3"));

      assertThat(table.scaled(0, 0)).isEqualTo(4402);
      assertThat(table.line(0).amount("staffing").orElseThrow().toString()).isEqualTo("£4,402,000 (nearest £1,000)");
    }

    @Test
    void textForANumber() {
      String doc = table(LINE.replace("4401.6", "\"4,401.6\""));

      Finding f = problem(doc);

      assertAt(f, JsonRules.WRONG_TYPE, "/section/lines/0/cells/0", doc, "\"4,401.6\"");
      assertThat(f.message()).isEqualTo("expected a number, or null for a blank cell, found text \"4,401.6\"");
    }

    @Test
    void anExponent() {
      String doc = table(LINE.replace("4401.6", "4.4016e3"));

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/cells/0", doc, "4.4016e3");
      assertThat(f.message()).isEqualTo("expected a plain decimal number without an exponent, found the number 4.4016e3");
    }

    @Test
    void tooLargeForATable() {
      String doc = table(LINE.replace("4401.6", "100000000000000.0"));

      Finding f = problem(doc);

      assertAt(f, JsonRules.NUMBER_TOO_LONG, "/section/lines/0/cells/0", doc, "100000000000000.0");
      assertThat(f.message()).isEqualTo("expected a figure of at most 99999999999999.9 either side of zero (the"
          + " largest column \"Staffing\" (staffing) holds at its precision), found the number 100000000000000.0");
    }

    @Test
    void tooLargeForAColumnRoundedToThousands() {
      String doc = table("{\"item\": \"A\", \"cells\": [1000000000000000000, 0, 0, 0, 0, 0]}")
          .replace("\"unit\": \"thousands\",\n  \"decimals\": 1", "\"unit\": \"pounds\",\n  \"decimals\": -3");

      Finding f = problem(doc);

      assertAt(f, JsonRules.NUMBER_TOO_LONG, "/section/lines/0/cells/0", doc, "1000000000000000000");
      assertThat(f.message()).startsWith("expected a figure of at most 999999999999999000 either side of zero");
    }

    @Test
    void tooFewCells() {
      String doc = table(LINE.replace("4401.6, ", ""));

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/cells", doc, "[42742.1");
      assertThat(f.message()).isEqualTo("expected 6 cells, one for each column of schema kent-directorate-2018"
          + " (staffing, non-staffing, gross, income, grants, net-cost), found 5");
    }

    @Test
    void tooManyCells() {
      String doc = table(LINE.replace("43477.2]", "43477.2, 0.0, {\"x\": 1}]"));

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/cells", doc, "[4401.6");
      assertThat(f.message()).endsWith("found 8");
    }

    @Test
    void cellsThatAreNoArray() {
      String doc = table(LINE.replace("[4401.6, 42742.1, 47143.7, -1502.2, -2164.3, 43477.2]", "\"4401.6\""));

      Finding f = problem(doc);

      assertAt(f, JsonRules.WRONG_TYPE, "/section/lines/0/cells", doc, "\"4401.6\"");
      assertThat(f.message()).isEqualTo("expected an array of cells, one per column, found text \"4401.6\"");
    }

    @Test
    void everyBadCellIsReported() {
      String doc = table(LINE.replace("4401.6", "4401.65").replace("43477.2", "\"43,477.2\""));

      assertThat(problems(doc)).extracting(f -> f.location().pointer().orElseThrow())
          .containsExactly("/section/lines/0/cells/0", "/section/lines/0/cells/5");
    }
  }

  @Nested
  class Lines {
    @Test
    void aLineStartsWithItsKind() {
      String line = "{\"cells\": [4401.6, 42742.1, 47143.7, -1502.2, -2164.3, 43477.2], \"item\": \"Strategic\"}";
      String doc = table(line);

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section/lines/0", doc, line);
      assertThat(f.message()).isEqualTo("a budget line starts with its kind and name (\"item\", \"group\","
          + " \"subtotal\", \"total\" or \"memo\"), found \"cells\" first");
    }

    @Test
    void oneKindPerLine() {
      String doc = table(LINE.replace("\"item\": \"Strategic Management\"", "\"item\": \"A\", \"total\": \"B\""));

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/total", doc, "\"B\"");
      assertThat(f.message()).isEqualTo("expected one kind per line, found \"total\" after \"item\"");
    }

    @Test
    void anEmptyLine() {
      String doc = table(LINE, "{}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section/lines/1", doc, "{}");
      assertThat(f.message()).isEqualTo("a budget line needs its kind and name: one of \"item\", \"group\","
          + " \"subtotal\", \"total\" or \"memo\"");
    }

    @Test
    void anItemWithoutCells() {
      String doc = table("{\"item\": \"Strategic Management\"}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section/lines/0", doc, "{\"item\"");
      assertThat(f.message()).isEqualTo("a budget line of kind item needs the member \"cells\"");
    }

    @Test
    void aBlankName() {
      String doc = table(LINE.replace("\"Strategic Management\"", "\" \""));

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/item", doc, "\" \"");
      assertThat(f.message()).isEqualTo("expected text that is not blank, found blank text");
    }

    @Test
    void aMisspeltMember() {
      String doc = table(LINE.replace("\"cells\"", "\"cell\""));

      List<Finding> problems = problems(doc);

      assertThat(problems).hasSize(2);
      assertAt(problems.get(0), JsonRules.UNKNOWN_MEMBER, "/section/lines/0/cell", doc, "[4401.6");
      assertThat(problems.get(0).message()).startsWith("unknown member \"cell\" in a budget line (did you mean"
          + " \"cells\"?); expected one of: item, group, subtotal, total, memo, responsible, cells, printed, lines");
      assertThat(problems.get(1).message()).isEqualTo("a budget line of kind item needs the member \"cells\"");
    }

    @Test
    void aFigurePrintedFinerThanItsColumnIsNotCoarser() {
      String doc = table(LINE.replace("]}", "], \"printed\": {\"net-cost\": 2}}"));

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/printed/net-cost", doc, "2}");
      assertThat(f.message()).isEqualTo("expected the decimals a figure of the line was printed to, no finer than"
          + " its column's; Line Strategic Management, column net-cost: 2 decimal places are finer than the column's 1");
    }

    @Test
    void aFigurePrintedCoarserIsNamedByItsColumnsKey() {
      String doc = table(LINE.replace("]}", "], \"printed\": {\"net\": 0}}"));

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/printed/net", doc, "0}");
      assertThat(f.message()).isEqualTo("expected a column key of schema kent-directorate-2018 (staffing,"
          + " non-staffing, gross, income, grants, net-cost), found \"net\"");
    }

    @Test
    void aFigurePrintedCoarserMustHaveNoFinerDigits() {
      String doc = table(LINE.replace("]}", "], \"printed\": {\"net-cost\": 0}}"));

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/printed/net-cost", doc, "0}");
      assertThat(f.message()).endsWith("the figure has digits finer than 0 decimal places");
    }

    @Test
    void aFigurePrintedCoarserIsReadAndKept() {
      String doc = table(LINE.replace("43477.2]}", "43477.0], \"printed\": {\"net-cost\": 0}}"));

      ReadResult<Document> read = ScplanJson.standard().read(SOURCE, doc);

      assertThat(read.problems().findings()).isEmpty();
      BudgetProfile p = (BudgetProfile) read.orElseThrow().section().orElseThrow();
      assertThat(p.hasCoarserFigures()).isTrue();
      assertThat(p.line("Strategic Management").orElseThrow().figure("net-cost").orElseThrow().decimals()).isZero();
      assertThat(ScplanJson.standard().write(p)).contains("\"printed\": { \"net-cost\": 0 }");
    }

    @Test
    void aGroupHasNoCells() {
      String doc = table("{\"group\": \"Older People\", \"cells\": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.UNKNOWN_MEMBER, "/section/lines/0/cells", doc, "[1.0");
      assertThat(f.message()).isEqualTo("unknown member \"cells\" in a group: a group heading has no figures (its"
          + " subtotal has them)");
    }

    @Test
    void anItemHasNoLines() {
      String doc = table(LINE.replace("]}", "], \"lines\": []}"));

      Finding f = problem(doc);

      assertAt(f, JsonRules.UNKNOWN_MEMBER, "/section/lines/0/lines", doc, "[]}");
      assertThat(f.message()).isEqualTo("unknown member \"lines\" in a budget line of kind item; only a group has lines");
    }

    @Test
    void aGroupsResponsibleComesBeforeItsLines() {
      String doc = table("{\"group\": \"Older People\", \"lines\": [" + LINE + "], \"responsible\": \"Graham Gibbens\"}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/responsible", doc, "\"Graham Gibbens\"");
      assertThat(f.message()).isEqualTo("expected a group's \"responsible\" before its \"lines\", found it after them");
    }

    @Test
    void groupsNestWithTheirSubtotals() {
      BudgetProfile table = read(table(
          "{\"group\": \"Older People\", \"responsible\": \"Graham Gibbens\", \"lines\": ["
              + "{\"group\": \"Residential\", \"lines\": [" + LINE + "]}, "
              + LINE.replace("\"item\": \"Strategic Management\"", "\"subtotal\": \"Total Older People\"") + "]}",
          "{\"group\": \"Empty\"}",
          LINE.replace("\"item\": \"Strategic Management\"", "\"total\": \"Total\""),
          LINE.replace("\"item\": \"Strategic Management\"", "\"memo\": \"Of which grants\"")));

      assertThat(table.lines()).extracting(BudgetLine::kind).containsExactly(LineKind.GROUP, LineKind.GROUP,
          LineKind.ITEM, LineKind.SUBTOTAL, LineKind.GROUP, LineKind.TOTAL, LineKind.MEMO);
      assertThat(table.line(2).path()).containsExactly("Older People", "Residential", "Strategic Management");
      assertThat(table.line(3).path()).containsExactly("Older People", "Total Older People");
      assertThat(table.line(0).responsible()).contains("Graham Gibbens");
      assertThat(table.line("Empty").orElseThrow().members()).isEmpty();
    }
  }

  @Nested
  class Structure {
    private final String olderPeople = "{\"group\": \"Older People\", \"lines\": [" + LINE + ", "
        + LINE.replace("\"item\": \"Strategic Management\"", "\"subtotal\": \"Total Older People\"");

    @Test
    void aSubtotalOutsideAGroup() {
      String line = LINE.replace("\"item\": \"Strategic Management\"", "\"subtotal\": \"Total\"");
      String doc = table(line);

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0", doc, "{\"subtotal\"");
      assertThat(f.message()).isEqualTo("expected a subtotal among a group's lines, which it closes (the table's"
          + " grand total is a \"total\"), found the subtotal \"Total\"");
    }

    @Test
    void aLineAfterItsGroupsSubtotal() {
      String late = LINE.replace("Strategic Management", "Late");
      String doc = table(olderPeople + ", " + late + "]}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/lines/2", doc, late);
      assertThat(f.message()).isEqualTo("expected the subtotal \"Total Older People\" to be the last line of its"
          + " group, found the item \"Late\"");
    }

    @Test
    void theGrandTotalInsideAGroup() {
      String total = LINE.replace("\"item\": \"Strategic Management\"", "\"total\": \"Total\"");
      String doc = table("{\"group\": \"Older People\", \"lines\": [" + total + "]}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/0/lines/0", doc, "{\"total\"");
      assertThat(f.message()).isEqualTo("expected the grand total at the top level of the table, not among the"
          + " lines of the group \"Older People\", found the total \"Total\"");
    }

    @Test
    void aSecondGrandTotal() {
      String again = LINE.replace("\"item\": \"Strategic Management\"", "\"total\": \"Total again\"");
      String doc = table(LINE.replace("\"item\": \"Strategic Management\"", "\"total\": \"Total\""), again);

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/1", doc, "{\"total\": \"Total again\"");
      assertThat(f.message()).isEqualTo("expected one grand total (\"Total\"), found the total \"Total again\"");
    }

    @Test
    void anItemAfterTheGrandTotal() {
      String late = LINE.replace("Strategic Management", "Late");
      String doc = table(LINE.replace("\"item\": \"Strategic Management\"", "\"total\": \"Total\""), late);

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/1", doc, late);
      assertThat(f.message()).isEqualTo("expected only memo lines after the grand total (\"Total\"), found the item"
          + " \"Late\"");
    }

    @Test
    void aGroupAfterTheGrandTotalIsReportedOnceAndItsLinesAreSkipped() {
      String doc = table(LINE.replace("\"item\": \"Strategic Management\"", "\"total\": \"Total\""),
          olderPeople + "]}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/lines/1", doc, "{\"group\"");
      assertThat(f.message()).endsWith("found the group \"Older People\"");
    }

    @Test
    void aBadLineInAGroupLeavesTheGroupClosed() {
      // The group's subtotal cannot be read; the total after the group must still be at the top level.
      String doc = table(olderPeople.replace("\"Total Older People\"", "\"\"") + "]}",
          LINE.replace("\"item\": \"Strategic Management\"", "\"total\": \"Total\""));

      Finding f = problem(doc);

      assertThat(f.location().pointer()).contains("/section/lines/0/lines/1/subtotal");
    }
  }

  /** The strictness of the {@code "budget-monitoring"} section kind. */
  @Nested
  class Monitoring {
    static final String DOC = """
        {"format": "scplan", "version": 1, "section": {
          "kind": "budget-monitoring",
          "id": "budget-2017-18",
          "title": "Priority 1: Budget",
          "savings": [
            {"label": "MTFP savings", "target": "£22.8m", "achieved": "£16.3m", "reprofiled": "£4.7m"}
          ],
          "variances": [
            {"period": "Quarter 1", "variance": "+£7m"},
            {"period": "Quarter 2", "budget": "£414m", "forecast": "£415.5m", "variance": "£1.5m"}
          ]
        }}
        """;

    @Test
    void theDocumentReads() {
      BudgetMonitoring m = (BudgetMonitoring) ScplanJson.standard().read(SOURCE, DOC).orElseThrow().section()
          .orElseThrow();

      assertThat(m.variances()).hasSize(2);
      assertThat(m.variances().get(1).forecast()).contains(org.scplan.core.ReportedAmount.parse("£415.5m"));
      assertThat(m.validate().findings()).extracting(Finding::code).containsExactly("budget.savings.unaccounted");
    }

    @Test
    void aBudgetWithoutItsForecast() {
      String doc = DOC.replace(", \"forecast\": \"£415.5m\"", "");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/variances/1", doc, "{\"period\": \"Quarter 2\"");
      assertThat(f.message()).isEqualTo("a reported variance is not valid: a variance gives both its budget and"
          + " its forecast, or neither; this one gives only its budget");
    }

    @Test
    void aFigureWithTwoSigns() {
      String doc = DOC.replace("+£7m", "+-£7m");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/variances/0/variance", doc, "\"+-£7m\"");
      assertThat(f.message()).contains("\"+-£7m\"").contains("a single sign");
    }

    @Test
    void aSavingsTargetWithoutWhatWasAchieved() {
      String doc = DOC.replace("\"achieved\": \"£16.3m\", ", "");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section/savings/0", doc, "{\"label\"");
      assertThat(f.message()).isEqualTo("a savings target needs the member \"achieved\"");
    }
  }
}
