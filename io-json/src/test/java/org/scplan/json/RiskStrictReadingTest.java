package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scplan.json.StrictReadingTest.assertAt;
import static org.scplan.json.StrictReadingTest.problem;
import static org.scplan.json.StrictReadingTest.problems;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.risk.Rating;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskRegister;
import org.scplan.risk.RiskRules;

/**
 * The strictness catalogue of the risk module's sections ({@code risks}, {@code continuity},
 * {@code equality-impact}): a small document per problem, with the problem's code, JSON pointer,
 * line and column (found in the document's text by the test, {@link StrictReadingTest#at}), and a
 * message that quotes the offending value and says what was expected. A matrix defined inline that
 * fails its load check is reported with the load check's own codes, at the band, cell or level at
 * fault.
 */
class RiskStrictReadingTest {
  private static final String SOURCE = "plan.json";
  private static final ScplanJson JSON = ScplanJson.standard();

  /** A section document of a kind, with more members, one per line, after its id and title. */
  static String section(String kind, String... members) {
    StringBuilder sb = new StringBuilder("{\"format\": \"scplan\", \"version\": 1, \"section\": {\n  \"kind\": \"")
        .append(kind).append("\",\n  \"id\": \"s\",\n  \"title\": \"Table 1\"");
    for (String m : members) {
      sb.append(",\n  ").append(m);
    }
    return sb.append("\n}}\n").toString();
  }

  /** A register on Kent's matrix with one risk, whose members follow its reference. */
  static String register(String riskMembers) {
    return section("risks", "\"matrix\": \"kent-5x5\"",
        "\"risks\": [{\"reference\": \"AH0005\"" + (riskMembers.isEmpty() ? "" : ", " + riskMembers) + "}]");
  }

  private static Document read(String doc) {
    ReadResult<Document> result = JSON.read(SOURCE, doc);
    assertThat(result.problems().findings()).as("problems reading %s", doc).isEmpty();
    return result.orElseThrow();
  }

  @Nested
  class Registers {
    @Test
    void aRegisterNeedsAMatrix() {
      String doc = section("risks", "\"risks\": [{\"reference\": \"AH0005\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section", doc, "{\n  \"kind\"");
      assertThat(f.message()).isEqualTo("a risk register needs the member \"matrix\"");
    }

    @Test
    void anUnknownMatrixNameSuggestsTheBuiltInMeant() {
      String doc = section("risks", "\"matrix\": \"kent5x5\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/matrix", doc, "\"kent5x5\"");
      assertThat(f.message()).isEqualTo("unknown risk matrix \"kent5x5\" (did you mean \"kent-5x5\"?); expected the name"
          + " of a built-in matrix (kent-5x5, npsa-5x5, example-4x4-additive, example-5x5-grid) or a matrix defined as"
          + " an object");
    }

    @Test
    void aMatrixIsANameOrAnObject() {
      String doc = section("risks", "\"matrix\": 5");

      Finding f = problem(doc);

      assertAt(f, JsonRules.WRONG_TYPE, "/section/matrix", doc, "5\n");
      assertThat(f.message()).isEqualTo("expected the name of a built-in risk matrix, such as \"kent-5x5\", or a risk"
          + " matrix defined as an object, found the number 5");
    }

    @Test
    void anAsAtDateIsAnIsoDate() {
      String doc = section("risks", "\"matrix\": \"kent-5x5\"", "\"asAt\": \"30/09/2018\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/asAt", doc, "\"30/09/2018\"");
      assertThat(f.message()).startsWith("expected a date such as 2018-09-30, found text \"30/09/2018\"");
    }

    @Test
    void anUnknownRegisterLevel() {
      String doc = section("risks", "\"matrix\": \"kent-5x5\"", "\"level\": \"Directorate\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/level", doc, "\"Directorate\"");
      assertThat(f.message()).isEqualTo("expected one of project, service, division, directorate, corporate, found text"
          + " \"Directorate\"");
    }

    @Test
    void anUnknownRiskMemberSuggestsTheMemberMeant() {
      String doc = register("\"owners\": \"Corporate Director\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.UNKNOWN_MEMBER, "/section/risks/0/owners", doc, "\"Corporate Director\"");
      assertThat(f.message()).startsWith("unknown member \"owners\" in a risk (did you mean \"owner\"?); expected one of:"
          + " reference, title, description, cause, event, consequence, owner, category, inherent, current, target,");
    }

    @Test
    void aRiskNeedsAReferenceATitleOrADescription() {
      String doc = section("risks", "\"matrix\": \"kent-5x5\"", "\"risks\": [{\"owner\": \"Corporate Director\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/risks/0", doc, "{\"owner\"");
      assertThat(f.message()).isEqualTo("a risk is not valid: A risk needs a reference, a title or a description");
    }

    @Test
    void anUnreadableRating() {
      String doc = register("\"current\": \"L4 by I5\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/risks/0/current", doc, "\"L4 by I5\"");
      assertThat(f.message()).startsWith("expected a rating such as L4 × I5, found text \"L4 by I5\"");
    }

    @Test
    void aRatingObjectsNumbersRunFrom1To99() {
      String doc = register("\"target\": {\"likelihood\": 0, \"impact\": 4}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/risks/0/target/likelihood", doc, "0,");
      assertThat(f.message()).isEqualTo("expected a level number from 1 to 99, found the number 0");
    }

    @Test
    void aRatingIsTextOrAnObject() {
      String doc = register("\"inherent\": [4, 5]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.WRONG_TYPE, "/section/risks/0/inherent", doc, "[4, 5]");
      assertThat(f.message()).isEqualTo("expected a rating such as \"L4 × I5\" or {\"likelihood\": 4, \"impact\": 5},"
          + " found an array");
    }

    @Test
    void aRatingOffTheMatrixReadsAndIsReportedByTheChecks() {
      String doc = register("\"current\": \"L6 × I2\", \"target\": {\"likelihood\": 2, \"impact\": 2}");

      RiskRegister register = (RiskRegister) read(doc).section().orElseThrow();

      assertThat(register.risks().get(0).current()).contains(Rating.of(6, 2));
      assertThat(register.risks().get(0).target()).contains(Rating.of(2, 2));
      assertThat(register.validate().withCode(RiskRules.RATING_OFF_MATRIX)).singleElement()
          .satisfies(f -> assertThat(f.location().field()).contains("current"));
    }

    @Test
    void anUnknownTreatmentNamesTheFourTs() {
      String doc = register("\"treatment\": \"mitigate\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/risks/0/treatment", doc, "\"mitigate\"");
      assertThat(f.message()).isEqualTo("expected one of tolerate, treat, transfer, terminate, found text \"mitigate\"");
    }

    @Test
    void anActionStatusIsWrittenWithHyphens() {
      String doc = register("\"actions\": [{\"description\": \"Deliver the MTFP savings\", \"status\": \"in progress\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/risks/0/actions/0/status", doc, "\"in progress\"");
      assertThat(f.message()).isEqualTo("expected one of planned, in-progress, completed, cancelled, found text"
          + " \"in progress\"");
    }

    @Test
    void anActionNeedsADescription() {
      String doc = register("\"actions\": [{\"owner\": \"Director of Finance\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section/risks/0/actions/0", doc, "{\"owner\": \"Director of Finance\"}");
      assertThat(f.message()).isEqualTo("a further action needs the member \"description\"");
    }

    @Test
    void aRiskCannotMoveToTheRegisterItIsOn() {
      String doc = register("\"escalations\": [{\"date\": \"June 2017\", \"from\": \"directorate\", \"to\": \"directorate\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/risks/0/escalations/0", doc, "{\"date\": \"June 2017\"");
      assertThat(f.message()).isEqualTo("a move between registers is not valid: A risk cannot move from the Directorate"
          + " register to itself");
    }

    @Test
    void everyProblemInTheRisksIsReportedInOnePass() {
      String doc = section("risks", "\"matrix\": \"kent-5x5\"", "\"risks\": [\n"
          + "    {\"reference\": \"AH0001\", \"current\": \"high\"},\n"
          + "    {\"reference\": \"AH0004\", \"status\": \"Open\"},\n"
          + "    {\"reference\": \"AH0005\", \"controls\": [\"\"]}\n  ]");

      List<Finding> problems = problems(JSON, doc);

      assertThat(problems).hasSize(3);
      assertAt(problems.get(0), JsonRules.INVALID_VALUE, "/section/risks/0/current", doc, "\"high\"");
      assertAt(problems.get(1), JsonRules.INVALID_VALUE, "/section/risks/1/status", doc, "\"Open\"");
      assertAt(problems.get(2), JsonRules.INVALID_VALUE, "/section/risks/2/controls/0", doc, "\"\"");
    }
  }

  /** A register whose matrix is defined inline by the members given, one per line. */
  static String inline(String... matrixMembers) {
    return section("risks", "\"matrix\": {\n    " + String.join(",\n    ", matrixMembers) + "\n  }");
  }

  private static final String ID = "\"id\": \"my-3x3\"";
  private static final String LIKELIHOOD = "\"likelihood\": {\"name\": \"Likelihood\", \"levels\": [{\"number\": 1,"
      + " \"label\": \"Unlikely\"}, {\"number\": 2, \"label\": \"Possible\"}, {\"number\": 3, \"label\": \"Likely\"}]}";
  private static final String IMPACT = "\"impact\": {\"name\": \"Impact\", \"levels\": [{\"number\": 1, \"label\":"
      + " \"Minor\"}, {\"number\": 2, \"label\": \"Moderate\"}, {\"number\": 3, \"label\": \"Major\"}]}";
  private static final String LEVELS = "\"levels\": [{\"name\": \"Low\", \"colour\": \"green\"}, {\"name\": \"Medium\","
      + " \"colour\": \"amber\"}, {\"name\": \"High\", \"colour\": \"red\"}]";

  @Nested
  class InlineMatrices {
    @Test
    void aSoundMatrixReads() {
      String doc = inline(ID, LIKELIHOOD, IMPACT, LEVELS,
          "\"bands\": [{\"level\": \"Low\", \"lowest\": 1, \"highest\": 2}, {\"level\": \"Medium\", \"lowest\": 3,"
              + " \"highest\": 4}, {\"level\": \"High\", \"lowest\": 6, \"highest\": 9}]");

      RiskRegister register = (RiskRegister) read(doc).section().orElseThrow();

      assertThat(register.matrix().id()).isEqualTo("my-3x3");
      assertThat(register.matrix().describe(Rating.of(2, 2))).isEqualTo("4 Medium (L2 × I2)");
      assertThat(register.matrix().scores()).containsExactly(1, 2, 3, 4, 6, 9);
    }

    @Test
    void overlappingBandsAndAGapPointAtTheBandAndTheBands() {
      String third = "{\"level\": \"High\", \"lowest\": 4, \"highest\": 9}";
      String doc = inline(ID, LIKELIHOOD, IMPACT, LEVELS,
          "\"bands\": [\n      {\"level\": \"Low\", \"lowest\": 1, \"highest\": 2},\n      {\"level\": \"Medium\","
              + " \"lowest\": 4, \"highest\": 4},\n      " + third + "\n    ]");

      List<Finding> problems = problems(JSON, doc);

      assertThat(problems).extracting(Finding::code).containsExactly(RiskRules.MATRIX_BAND_OVERLAP,
          RiskRules.MATRIX_BAND_GAP);
      Finding overlap = problems.get(0);
      assertAt(overlap, RiskRules.MATRIX_BAND_OVERLAP, "/section/matrix/bands/2", doc, third);
      assertThat(overlap.message()).isEqualTo("Band High 4–9 overlaps band Medium 4 at score 4, so a rating there would"
          + " have two levels");
      assertThat(overlap.expected()).contains("no score in two bands");
      assertThat(overlap.location().path()).containsExactly("Risk matrix my-3x3", "Band High 4–9");
      Finding gap = problems.get(1);
      assertAt(gap, RiskRules.MATRIX_BAND_GAP, "/section/matrix/bands", doc, "[\n      {\"level\": \"Low\"");
      assertThat(gap.message()).isEqualTo("Score 3 can occur (L1 × I3, likelihood × impact) but no band covers it (it"
          + " lies between band Low 1–2 and band Medium 4)");
    }

    @Test
    void aGridCellNamingAnUndefinedLevelPointsAtTheCell() {
      String doc = inline(ID, LIKELIHOOD, IMPACT, LEVELS, "\"grid\": [\n"
          + "      {\"likelihood\": 1, \"levels\": [\"Low\", \"Low\", \"Medium\"]},\n"
          + "      {\"likelihood\": 2, \"levels\": [\"Low\", \"Medium\", \"Hgh\"]},\n"
          + "      {\"likelihood\": 3, \"levels\": [\"Medium\", \"High\", \"High\"]}\n    ]");

      Finding f = problem(doc);

      assertAt(f, RiskRules.MATRIX_LEVEL_UNDEFINED, "/section/matrix/grid/1/levels/2", doc, "\"Hgh\"");
      assertThat(f.message()).isEqualTo("Cell L2 × I3 names level \"Hgh\", which the matrix does not define (it defines"
          + " Low, Medium, High)");
    }

    @Test
    void aLevelThatFallsAsLikelihoodRisesPointsAtTheCell() {
      String doc = inline(ID, LIKELIHOOD, IMPACT, LEVELS, "\"grid\": [\n"
          + "      {\"likelihood\": 3, \"levels\": [\"Medium\", \"High\", \"High\"]},\n"
          + "      {\"likelihood\": 2, \"levels\": [\"Low\", \"Medium\", \"Medium\"]},\n"
          + "      {\"likelihood\": 1, \"levels\": [\"Low\", \"High\", \"Medium\"]}\n    ]");

      List<Finding> problems = problems(JSON, doc);

      // The rows are given most likely first. L1 × I3 falls back to Medium after High; L2 × I2, above
      // the High of L1 × I2, is Medium.
      assertThat(problems).extracting(f -> f.location().pointer().orElseThrow()).containsExactly(
          "/section/matrix/grid/2/levels/2", "/section/matrix/grid/1/levels/1");
      assertThat(problems).allSatisfy(f -> assertThat(f.code()).isEqualTo(RiskRules.MATRIX_NOT_MONOTONIC));
      assertThat(problems.get(0).message()).isEqualTo("Cell L1 × I3 is Medium but cell L1 × I2 is High: the level falls"
          + " as impact rises");
      assertThat(problems.get(1).message()).isEqualTo("Cell L2 × I2 is Medium but cell L1 × I2 is High: the level falls"
          + " as likelihood rises");
      assertThat(problems.get(1).location().line()).isEqualTo(StrictReadingTest.at(doc, "{\"likelihood\": 2")[0]);
    }

    @Test
    void anAxisWhoseNumbersDoNotRisePointsAtTheLevel() {
      String doc = inline(ID, LIKELIHOOD.replace("{\"number\": 2, \"label\": \"Possible\"}",
          "{\"number\": 1, \"label\": \"Possible\"}"), IMPACT, LEVELS,
          "\"bands\": [{\"level\": \"Low\", \"lowest\": 1, \"highest\": 9}]");

      Finding f = problem(doc);

      assertAt(f, RiskRules.MATRIX_AXIS_ORDER, "/section/matrix/likelihood/levels/1", doc,
          "{\"number\": 1, \"label\": \"Possible\"}");
      assertThat(f.message()).isEqualTo("Likelihood level 1 Possible follows level 1 Unlikely: the numbers must rise"
          + " strictly, lowest first");
    }

    @Test
    void anIdThatCannotBeNamedOnACommandLine() {
      String doc = inline("\"id\": \"My 3x3\"", LIKELIHOOD, IMPACT, LEVELS,
          "\"bands\": [{\"level\": \"Low\", \"lowest\": 1, \"highest\": 9}]");

      Finding f = problem(doc);

      assertAt(f, RiskRules.MATRIX_ID_INVALID, "/section/matrix/id", doc, "\"My 3x3\"");
      assertThat(f.message()).isEqualTo("A risk matrix needs an id of lower-case words and digits joined by hyphens,"
          + " such as kent-5x5, to be named by; it has \"My 3x3\"");
    }

    @Test
    void neitherBandsNorAGridPointsAtTheMatrix() {
      String doc = inline(ID, LIKELIHOOD, IMPACT, LEVELS);

      Finding f = problem(doc);

      assertAt(f, RiskRules.MATRIX_RULE_MISSING, "/section/matrix", doc, "{\n    \"id\"");
      assertThat(f.message()).isEqualTo("The matrix gives neither score bands nor a grid of levels, so no rating can be"
          + " given a level");
    }

    @Test
    void aProblemReadingAPartIsReportedAloneWithoutTheLoadCheck() {
      String doc = inline(ID, LIKELIHOOD.replace("{\"number\": 1, \"label\": \"Unlikely\"}",
          "{\"number\": 0, \"label\": \"Unlikely\"}"), IMPACT, LEVELS, "\"bands\": [{\"level\": \"Low\", \"lowest\": 1}]");

      List<Finding> problems = problems(JSON, doc);

      assertThat(problems).hasSize(2);
      assertAt(problems.get(0), JsonRules.INVALID_VALUE, "/section/matrix/likelihood/levels/0/number", doc, "0, \"label\"");
      assertThat(problems.get(0).message()).isEqualTo("expected a level number from 1 to 99, found the number 0");
      assertAt(problems.get(1), JsonRules.MISSING_MEMBER, "/section/matrix/bands/0", doc, "{\"level\": \"Low\", \"lowest\": 1}");
      assertThat(problems.get(1).message()).isEqualTo("a score band needs the member \"highest\"");
    }

    @Test
    void aMatrixThatEqualsABuiltInIsThatMatrix() {
      String kent = RiskMatrixJson.write(RiskMatrices.kent5x5()).strip();
      String doc = section("risks", "\"matrix\": " + kent);

      RiskRegister register = (RiskRegister) read(doc).section().orElseThrow();

      assertThat(register.matrix()).isEqualTo(RiskMatrices.kent5x5());
      assertThat(JSON.write(register)).contains("\"matrix\": \"kent-5x5\"");
    }
  }

  @Nested
  class Continuity {
    @Test
    void aRecoveryTimeIsANumberAndAUnit() {
      String doc = section("continuity", "\"criticalFunctions\": [{\"name\": \"Safeguarding Processes\","
          + " \"recoveryTime\": \"four hours\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/criticalFunctions/0/recoveryTime", doc, "\"four hours\"");
      assertThat(f.message()).startsWith("expected a time such as 4 hours, 24 hrs, 2 days or 30 minutes, found text"
          + " \"four hours\"");
    }

    @Test
    void aCriticalFunctionNeedsAName() {
      String doc = section("continuity", "\"criticalFunctions\": [{\"recoveryTime\": \"4 hours\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section/criticalFunctions/0", doc, "{\"recoveryTime\"");
      assertThat(f.message()).isEqualTo("a critical function needs the member \"name\"");
    }

    @Test
    void dependenciesAreAList() {
      String doc = section("continuity", "\"criticalFunctions\": [{\"name\": \"Safeguarding Processes\","
          + " \"dependencies\": \"Client and Business Information Management\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.WRONG_TYPE, "/section/criticalFunctions/0/dependencies", doc, "\"Client and Business");
      assertThat(f.message()).isEqualTo("expected an array, found text \"Client and Business Information Management\"");
    }

    @Test
    void aMisspeltMemberOfThePlan() {
      String doc = section("continuity", "\"criticalFunction\": []");

      Finding f = problem(doc);

      assertAt(f, JsonRules.UNKNOWN_MEMBER, "/section/criticalFunction", doc, "[]");
      assertThat(f.message()).isEqualTo("unknown member \"criticalFunction\" in a business continuity plan (did you mean"
          + " \"criticalFunctions\"?); expected one of: id, title, narrative, criticalFunctions");
    }
  }

  @Nested
  class EqualityImpact {
    @Test
    void anImpactIsOneOfFiveWords() {
      String doc = section("equality-impact", "\"assessments\": [{\"characteristic\": \"Age\", \"positiveImpact\": \"High\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/assessments/0/positiveImpact", doc, "\"High\"");
      assertThat(f.message()).isEqualTo("expected one of high, medium, low, none, unknown, found text \"High\"");
    }

    @Test
    void anAnswerIsTrueOrFalse() {
      String doc = section("equality-impact", "\"assessments\": [{\"characteristic\": \"Age\", \"affectedDifferently\":"
          + " \"Yes\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.WRONG_TYPE, "/section/assessments/0/affectedDifferently", doc, "\"Yes\"");
      assertThat(f.message()).isEqualTo("expected true or false, found text \"Yes\"");
    }

    @Test
    void anActionPlanRowNeedsItsCharacteristic() {
      String doc = section("equality-impact", "\"actions\": [{\"owner\": \"Mark Lobban\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section/actions/0", doc, "{\"owner\"");
      assertThat(f.message()).isEqualTo("an action plan row needs the member \"characteristic\"");
    }

    @Test
    void aPersonIsANameOrANameWithATitle() {
      String doc = section("equality-impact", "\"responsibleOwner\": {\"name\": \"Mark Lobban\", \"role\": \"Director\"}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.UNKNOWN_MEMBER, "/section/responsibleOwner/role", doc, "\"Director\"");
      assertThat(f.message()).isEqualTo("unknown member \"role\" in a person; expected one of: name, title");
    }

    @Test
    void anUnreadableScreeningDateIsKeptAsPublished() {
      String doc = section("equality-impact", "\"screeningDate\": \"early 2012\"");

      Document read = read(doc);

      assertThat(read.section().orElseThrow().toString()).contains("screened early 2012");
    }
  }
}
