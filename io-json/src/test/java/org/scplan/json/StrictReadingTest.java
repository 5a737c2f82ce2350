package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;

/**
 * The strictness catalogue: for every code in {@link JsonRules}, a small document that triggers
 * it, with the problem's code, JSON pointer, line and column, and a message that quotes the
 * offending value and says what was expected. Positions are found in the document's text by the
 * test ({@link #at}), not taken from the reader.
 */
class StrictReadingTest {
  private static final String SOURCE = "plan.json";
  private static final ScplanJson JSON = ScplanJson.standard();

  /** A valid plan document, with more plan members (one per line) after {@code year}. */
  static String plan(String... members) {
    StringBuilder sb = new StringBuilder("""
        {"format": "scplan", "version": 1, "plan": {
          "title": "Divisional Business Plan 2013-14",
          "unit": {"id": "ldmh", "name": "Learning Disability/Mental Health", "level": "division"},
          "year": "2013-14\"""");
    for (String m : members) {
      sb.append(",\n  ").append(m);
    }
    return sb.append("\n}}\n").toString();
  }

  static List<Finding> problems(ScplanJson json, String doc) {
    ReadResult<Document> result = json.read(SOURCE, doc);
    assertThat(result.isRead()).as("read %s", doc).isFalse();
    assertThat(result.value()).isEmpty();
    assertThat(result.problems().findings()).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().source()).contains(SOURCE);
    });
    return result.problems().findings();
  }

  static Finding problem(String doc) {
    return problem(JSON, doc);
  }

  private static Finding problem(ScplanJson json, String doc) {
    List<Finding> problems = problems(json, doc);
    assertThat(problems).as("problems").hasSize(1);
    return problems.get(0);
  }

  /** Returns {line, column} of the one place {@code marker} occurs in {@code doc}, from 1. */
  static int[] at(String doc, String marker) {
    int i = doc.indexOf(marker);
    assertThat(i).as("marker %s in the document", marker).isNotNegative();
    assertThat(doc.lastIndexOf(marker)).as("marker %s occurs once", marker).isEqualTo(i);
    int line = 1 + (int) doc.substring(0, i).chars().filter(c -> c == '\n').count();
    int column = i - doc.lastIndexOf('\n', i - 1);
    return new int[] {line, column};
  }

  static void assertAt(Finding f, String code, String pointer, String doc, String marker) {
    assertThat(f.code()).as("code of %s", f).isEqualTo(code);
    assertThat(f.location().pointer()).as("pointer of %s", f).contains(pointer);
    int[] expected = at(doc, marker);
    assertThat(new int[] {f.location().line(), f.location().column()}).as("line and column of %s", f)
        .containsExactly(expected);
  }

  @Nested
  class Syntax {
    @Test
    void missingComma() {
      String doc = plan("\"status\": \"Final Draft v 6 (16/12/2012)\"").replace("\"2013-14\",", "\"2013-14\"");

      Finding f = problem(doc);

      // The parser stops at the member after the missing comma; the pointer names the last member read.
      assertAt(f, JsonRules.SYNTAX, "/plan/year", doc, "\"status\"");
      assertThat(f.message()).startsWith("not valid JSON: ").contains("was expecting comma");
    }

    @Test
    void unclosedString() {
      String doc = plan("\"status\": \"Final Draft v 6 (16/12/2012)").replace("\n}}", "}}");

      Finding f = problem(doc);

      assertThat(f.code()).isEqualTo(JsonRules.SYNTAX);
      assertThat(f.location().pointer()).contains("/plan/status");
      assertThat(f.location().line()).isEqualTo(at(doc, "\"status\"")[0]);
      assertThat(f.message()).startsWith("not valid JSON: ");
    }

    @Test
    void contentAfterTheDocument() {
      String doc = plan() + "{\"format\": \"scplan\"}\n";

      Finding f = problem(doc);

      assertAt(f, JsonRules.SYNTAX, "", doc, "{\"format\": \"scplan\"}");
      assertThat(f.message()).isEqualTo("expected the end of the file after the document, found an object");
    }

    @Test
    void wordsAfterTheDocument() {
      String doc = plan() + "end\n";

      Finding f = problem(doc);

      assertThat(f.code()).isEqualTo(JsonRules.SYNTAX);
      assertThat(f.location().line()).isEqualTo(at(doc, "end")[0]);
      assertThat(f.message()).contains("'end'");
    }

    @Test
    void emptyFile() {
      Finding f = problem("");

      assertThat(f.code()).isEqualTo(JsonRules.SYNTAX);
      assertThat(f.location().line()).isEqualTo(1);
      assertThat(f.message()).contains("the file is empty").contains("expected a scplan document");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
  void notANumber(String token) {
    String doc = plan("\"priorities\": [" + token + "]");

    Finding f = problem(doc);

    assertThat(f.code()).isEqualTo(JsonRules.NOT_A_NUMBER);
    assertThat(f.location().pointer()).contains("/plan/priorities/0");
    assertThat(f.location().line()).isEqualTo(at(doc, token + "]")[0]);
    assertThat(f.message()).isEqualTo("expected a decimal number, found " + token
        + ": NaN and Infinity are not numbers JSON allows");
  }

  @Test
  void duplicateKey() {
    String doc = plan("\"title\": \"Again\"");

    Finding f = problem(doc);

    assertAt(f, JsonRules.DUPLICATE_KEY, "/plan/title", doc, "\"Again\"");
    assertThat(f.message()).isEqualTo("member \"title\" appears twice in a plan; expected each member once");
  }

  @Test
  void unknownMemberSuggestsTheMemberMeant() {
    String doc = plan("\"staus\": \"Final Draft v 6 (16/12/2012)\"");

    Finding f = problem(doc);

    assertAt(f, JsonRules.UNKNOWN_MEMBER, "/plan/staus", doc, "\"Final Draft");
    assertThat(f.message()).startsWith("unknown member \"staus\" in a plan (did you mean \"status\"?); expected one of: ")
        .contains("title, unit, organisation, year, lastYear, status");
  }

  @Nested
  class MissingMember {
    @Test
    void requiredMember() {
      String doc = plan().replace("\"title\": \"Divisional Business Plan 2013-14\",\n  ", "");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/plan", doc, "{\n  \"unit\"");
      assertThat(f.message()).isEqualTo("a plan needs the member \"title\"");
    }

    @Test
    void nestedRequiredMember() {
      String doc = plan("\"priorities\": [{\"title\": \"Prevention\", \"milestones\": [{\"letter\": \"A\", \"due\": \"Jan 2014\"}]}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/plan/priorities/0/milestones/0", doc, "{\"letter\"");
      assertThat(f.message()).isEqualTo("a milestone needs the member \"description\"");
    }

    @Test
    void sectionWhoseFirstMemberIsNotKind() {
      String doc = plan("\"sections\": [{\"id\": \"budget-2013-14\", \"kind\": \"budget\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/plan/sections/0", doc, "{\"id\": \"budget-2013-14\"");
      assertThat(f.message()).startsWith("a section starts with the member \"kind\"")
          .endsWith("found the member \"id\" first");
    }

    @Test
    void emptySection() {
      String doc = "{\"format\": \"scplan\", \"version\": 1, \"section\": {}}";

      Finding f = problem(JSON.withCodec(NoteSection.CODEC), doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "/section", doc, "{}");
      assertThat(f.message()).contains("(one of ").contains("note").endsWith("found an empty object first");
    }

    @Test
    void neitherPlanNorSection() {
      String doc = "{\"format\": \"scplan\", \"version\": 1}";

      Finding f = problem(doc);

      assertAt(f, JsonRules.MISSING_MEMBER, "", doc, "{\"format\"");
      assertThat(f.message()).contains("needs the member \"plan\"").contains("\"section\"").contains("or \"sections\"");
    }

    @Test
    void noSectionsInSections() {
      String doc = "{\"format\": \"scplan\", \"version\": 1, \"sections\": []}";

      Finding f = problem(doc);

      assertThat(f.code()).isEqualTo(JsonRules.INVALID_VALUE);
      assertThat(f.location().pointer()).contains("/sections");
      assertThat(f.message()).contains("at least one section");
    }
  }

  @Nested
  class PublishedTables {
    private static final String TABLE = "{\"format\": \"scplan\", \"version\": 1, \"section\": {\"kind\":"
        + " \"published-table\", \"id\": \"t\", \"title\": \"T\", \"columns\": [\"A\", \"B\"], \"rows\": [%s],"
        + " \"relations\": [%s]}}";

    @Test
    void aCellGivesExactlyOneFigure() {
      String doc = TABLE.formatted("{\"row\": \"R\", \"cells\": [{\"printed\": \"1\", \"amount\": \"£1\","
          + " \"number\": \"1\"}]}", "");

      Finding f = problem(doc);

      assertThat(f.code()).isEqualTo(JsonRules.INVALID_VALUE);
      assertThat(f.location().pointer()).contains("/section/rows/0/cells/0");
      assertThat(f.message()).contains("exactly one of \"amount\" and \"number\"");
    }

    @Test
    void aRelationNamesOnlyTheTablesColumns() {
      String doc = TABLE.formatted("{\"row\": \"R\", \"cells\": [{\"printed\": \"1\", \"number\": \"1\"}]}",
          "{\"axis\": \"columns\", \"target\": 2, \"terms\": [{\"add\": 0}], \"across\": [0], \"basis\": \"b\"}");

      Finding f = problem(doc);

      assertThat(f.code()).isEqualTo(JsonRules.INVALID_VALUE);
      assertThat(f.location().pointer()).contains("/section");
      assertThat(f.message()).contains("names a row or column the table does not have (1 rows, 2 columns)");
    }

    @Test
    void aFigureIsReadAsItsCanonicalForm() {
      String doc = TABLE.formatted("{\"row\": \"R\", \"cells\": [null, {\"printed\": \"(983)\", \"amount\":"
          + " \"-£983k\"}], \"absent\": [0]}", "");

      org.scplan.budget.PublishedTable t = (org.scplan.budget.PublishedTable) JSON.read("t.json", doc).orElseThrow()
          .section().orElseThrow();

      assertThat(t.cell(0, 0)).isEmpty();
      assertThat(t.isAbsent(0, 0)).isTrue();
      assertThat(t.cell(0, 1).orElseThrow().value()).isEqualTo(org.scplan.core.ReportedAmount.parse("-£983k"));
      assertThat(t.cell(0, 1).orElseThrow().printed()).isEqualTo("(983)");
      assertThat(t.cell(0, 1).orElseThrow().location().pointer()).contains("/section/rows/0/cells/1");
    }
  }

  @Nested
  class WrongType {
    @Test
    void numberForText() {
      String doc = plan("\"source\": 2013");

      Finding f = problem(doc);

      assertAt(f, JsonRules.WRONG_TYPE, "/plan/source", doc, "2013\n");
      assertThat(f.message()).isEqualTo("expected text, found the number 2013");
    }

    @Test
    void objectForArray() {
      String doc = plan("\"priorities\": {\"title\": \"Prevention\"}");

      Finding f = problem(doc);

      assertAt(f, JsonRules.WRONG_TYPE, "/plan/priorities", doc, "{\"title\": \"Prevention\"}");
      assertThat(f.message()).isEqualTo("expected an array, found an object");
    }

    @Test
    void textForBoolean() {
      String doc = plan("\"priorities\": [{\"title\": \"P\", \"keyDecisions\": [{\"description\": \"D\", \"inForwardPlan\": \"Yes\"}]}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.WRONG_TYPE, "/plan/priorities/0/keyDecisions/0/inForwardPlan", doc, "\"Yes\"");
      assertThat(f.message()).isEqualTo("expected true or false, found text \"Yes\"");
    }

    @Test
    void exponentWhereAWholeNumberIsExpected() {
      String doc = plan().replace("\"version\": 1", "\"version\": 1e0");

      Finding f = problem(doc);

      assertAt(f, JsonRules.WRONG_TYPE, "/version", doc, "1e0");
      assertThat(f.message()).isEqualTo("expected a whole number, found the number 1e0");
    }

    static Stream<Arguments> nulls() {
      return Stream.of(
          Arguments.of(plan().replace("\"format\": \"scplan\"", "\"format\": null"), "/format"),
          Arguments.of(plan().replace("\"Divisional Business Plan 2013-14\"", "null"), "/plan/title"),
          Arguments.of(plan().replace("\"unit\": {\"id\": \"ldmh\", \"name\": \"Learning Disability/Mental Health\","
              + " \"level\": \"division\"}", "\"unit\": null"), "/plan/unit"),
          Arguments.of(plan().replace("\"level\": \"division\"", "\"level\": null"), "/plan/unit/level"),
          Arguments.of(plan("\"status\": null"), "/plan/status"),
          Arguments.of(plan("\"directors\": [null]"), "/plan/directors/0"),
          Arguments.of(plan("\"priorities\": null"), "/plan/priorities"),
          Arguments.of(plan("\"priorities\": [{\"title\": \"P\", \"actions\": [{\"description\": \"D\","
              + " \"accountableOfficers\": [\"Chris Beaney\", null]}]}]"), "/plan/priorities/0/actions/0/accountableOfficers/1"),
          Arguments.of(plan("\"priorities\": [{\"title\": \"P\", \"keyDecisions\": [{\"description\": \"D\","
              + " \"inForwardPlan\": null}]}]"), "/plan/priorities/0/keyDecisions/0/inForwardPlan"));
    }

    @ParameterizedTest
    @MethodSource("nulls")
    void nullIsRefusedEverywhere(String doc, String pointer) {
      Finding f = problem(doc);

      assertThat(f.code()).isEqualTo(JsonRules.WRONG_TYPE);
      assertThat(f.location().pointer()).contains(pointer);
      assertThat(f.location().line()).isPositive();
      assertThat(f.message()).startsWith("expected ").endsWith("found null (leave the member out instead of null)");
    }
  }

  @Nested
  class InvalidValue {
    @Test
    void unknownEnumName() {
      String doc = plan().replace("\"division\"", "\"divison\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/plan/unit/level", doc, "\"divison\"");
      assertThat(f.message())
          .isEqualTo("expected one of council, directorate, division, service, team, found text \"divison\"");
    }

    @Test
    void yearThatDoesNotExist() {
      String doc = plan().replace("\"2013-14\"", "\"2013-15\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/plan/year", doc, "\"2013-15\"");
      assertThat(f.message()).startsWith("expected a financial year such as 2018-19, found text \"2013-15\"");
    }

    @Test
    void amountThatCannotBeRead() {
      String doc = plan("\"headlines\": [{\"measure\": \"gross-expenditure\", \"figure\": \"TBC\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/plan/headlines/0/figure", doc, "\"TBC\"");
      assertThat(f.message()).startsWith("expected a money figure such as £414m for a gross-expenditure headline")
          .contains("\"TBC\"");
    }

    @Test
    void blankText() {
      String doc = plan("\"status\": \"   \"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/plan/status", doc, "\"   \"");
      assertThat(f.message()).isEqualTo("expected text that is not blank, found blank text");
    }

    @Test
    void planThatBreaksItsOwnRules() {
      String doc = plan("\"lastYear\": \"2012-13\"");

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/plan", doc, "{\n  \"title\"");
      assertThat(f.message()).contains("2012-13").contains("before its first year 2013-14");
    }
  }

  @Nested
  class OrganisationTree {
    private static final String KCC = "{\"id\": \"kcc\", \"name\": \"Kent County Council\", \"level\": \"council\"}";
    private static final String FSC = "{\"id\": \"fsc\", \"name\": \"Families & Social Care\", \"level\": \"directorate\","
        + " \"parent\": \"kcc\"}";
    private static final String LDMH = "{\"id\": \"ldmh\", \"name\": \"Learning Disability/Mental Health\","
        + " \"level\": \"division\"}";

    private String organisation(String... units) {
      return plan("\"organisation\": [\n    " + String.join(",\n    ", units) + "\n  ]");
    }

    @Test
    void aTreeReads() {
      ReadResult<Document> result = JSON.read(SOURCE, organisation(KCC, FSC, LDMH));

      assertThat(result.problems().findings()).isEmpty();
      assertThat(result.orElseThrow().plan().orElseThrow().organisation().orElseThrow().units()).hasSize(3);
    }

    @Test
    void duplicateIds() {
      String second = KCC.replace("Kent County Council", "Kent");
      String doc = organisation(KCC, second, LDMH);

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/plan/organisation/1", doc, second);
      assertThat(f.message()).isEqualTo("invalid organisation: id \"kcc\" is used by an earlier unit");
    }

    @Test
    void unknownParent() {
      String doc = organisation(FSC, LDMH);

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/plan/organisation/0", doc, FSC);
      assertThat(f.message()).isEqualTo("invalid organisation: parent \"kcc\" is not in the organisation");
    }

    @Test
    void cycleNamesEveryUnitOnIt() {
      String a = "{\"id\": \"a\", \"name\": \"A\", \"level\": \"service\", \"parent\": \"b\"}";
      String b = "{\"id\": \"b\", \"name\": \"B\", \"level\": \"service\", \"parent\": \"a\"}";
      String doc = organisation(LDMH, a, b);

      List<Finding> problems = problems(JSON, doc);

      assertThat(problems).hasSize(2);
      assertAt(problems.get(0), JsonRules.INVALID_VALUE, "/plan/organisation/1", doc, a);
      assertAt(problems.get(1), JsonRules.INVALID_VALUE, "/plan/organisation/2", doc, b);
      assertThat(problems.get(0).message()).isEqualTo("invalid organisation: its parents form a cycle through \"a\"");
    }

    @Test
    void unitMissingFromTheOrganisation() {
      String doc = organisation(KCC, FSC);

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/plan/unit", doc, "{\"id\": \"ldmh\"");
      assertThat(f.message()).isEqualTo("the plan's unit \"ldmh\" is not listed in its organisation");
    }

    @Test
    void unitDifferentFromTheOrganisationsUnit() {
      String doc = organisation(KCC, FSC, LDMH.replace("\"level\": \"division\"", "\"level\": \"division\", \"parent\": \"fsc\""));

      Finding f = problem(doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/plan/unit", doc, "{\"id\": \"ldmh\", \"name\": \"Learning Disability/Mental"
          + " Health\", \"level\": \"division\"},");
      assertThat(f.message()).startsWith("the plan's unit Learning Disability/Mental Health (ldmh, DIVISION) differs");
    }
  }

  @Nested
  class Numbers {
    private final ScplanJson notes = JSON.withCodec(NoteSection.CODEC);

    private String note(String amount) {
      return "{\"format\": \"scplan\", \"version\": 1, \"section\": {\"kind\": \"note\", \"id\": \"n\", \"title\": \"Note\","
          + " \"amount\": " + amount + "}}";
    }

    @Test
    void decimalsAreExact() {
      NoteSection note = (NoteSection) notes.read(SOURCE, note("7911.70")).orElseThrow().section().orElseThrow();

      assertThat(note.amount()).isEqualTo(new BigDecimal("7911.70"));
      assertThat(note.amount().scale()).isEqualTo(2);
      assertThat(notes.write(note)).contains("\"amount\": 7911.70");
    }

    @Test
    void decimalsBeyondDoublePrecisionAreExact() {
      NoteSection note = (NoteSection) notes.read(SOURCE, note("123456789012345678.0123456789")).orElseThrow()
          .section().orElseThrow();

      assertThat(note.amount()).isEqualTo(new BigDecimal("123456789012345678.0123456789"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "7.9117E3", "-1E-2"})
    void exponentsAreRefused(String number) {
      String doc = note(number);

      Finding f = problem(notes, doc);

      assertAt(f, JsonRules.INVALID_VALUE, "/section/amount", doc, number);
      assertThat(f.message()).isEqualTo("expected a plain decimal number without an exponent, found the number " + number);
    }

    @Test
    void numberLongerThanTheLimit() {
      String digits = "1".repeat(41);
      String doc = plan().replace("\"version\": 1", "\"version\": " + digits);

      Finding f = problem(doc);

      assertThat(f.code()).isEqualTo(JsonRules.NUMBER_TOO_LONG);
      assertThat(f.location().pointer()).contains("/version");
      assertThat(f.location().line()).isEqualTo(1);
      assertThat(f.message()).isEqualTo("a number of 41 characters; numbers of at most 40 characters are read");
    }

    @Test
    void aNumberLongerThanTheLongestTextIsStillANumberTooLong() {
      // The parser meets its text limit first for a number of 150,000 digits; it is still a number.
      String doc = plan("\"status\": " + "9".repeat(150_000));

      Finding f = problem(doc);

      assertThat(f.code()).isEqualTo(JsonRules.NUMBER_TOO_LONG);
      assertThat(f.location().pointer()).contains("/plan/status");
      assertThat(f.message()).startsWith("a number of more than ").contains("characters (reading stopped there)")
          .endsWith("numbers of at most 40 characters are read");
      Finding inArray = problem(plan("\"headlines\": [-" + "1".repeat(150_000) + "]"));
      assertThat(inArray.code()).isEqualTo(JsonRules.NUMBER_TOO_LONG);
      assertThat(inArray.location().pointer()).contains("/plan/headlines/0");
      Finding text = problem(plan("\"status\": \"" + "9".repeat(150_000) + "\""));
      assertThat(text.code()).isEqualTo(JsonRules.STRING_TOO_LONG);
    }

    @Test
    void theNumberLengthLimitCanBeChanged() {
      ScplanJson longNumbers = JSON.withLimits(ReadLimits.standard().withMaxNumberLength(60));
      Finding f = problem(longNumbers, plan().replace("\"version\": 1", "\"version\": " + "1".repeat(61)));
      assertThat(f.message()).isEqualTo("a number of 61 characters; numbers of at most 60 characters are read");
      assertThat(problem(longNumbers, plan().replace("\"version\": 1", "\"version\": " + "1".repeat(50))).code())
          .isEqualTo(JsonRules.NUMBER_TOO_LONG); // too large for a whole number, but read as a number
    }

    @Test
    void aMemberNameLongerThanTheLimitIsNamedAsSuch() {
      Finding f = problem(plan("\"" + "n".repeat(60_000) + "\": 1"));
      assertThat(f.code()).isEqualTo(JsonRules.STRING_TOO_LONG);
      assertThat(f.message()).startsWith("a member name of more than ").endsWith("names of at most 50,000 characters are read");
    }

    @Test
    void numberTooLargeForAWholeNumber() {
      String digits = "1".repeat(40);
      String doc = plan().replace("\"version\": 1", "\"version\": " + digits);

      Finding f = problem(doc);

      assertAt(f, JsonRules.NUMBER_TOO_LONG, "/version", doc, digits);
      assertThat(f.message()).startsWith("expected a whole number within ±9.2 × 10^18, found the number 1111")
          .endsWith("(40 digits)");
    }

    @Test
    void numberTooLargeForAVersion() {
      String doc = plan().replace("\"version\": 1", "\"version\": 4294967297");

      Finding f = problem(doc);

      assertAt(f, JsonRules.NUMBER_TOO_LONG, "/version", doc, "4294967297");
      assertThat(f.message()).contains("found the number 4294967297");
    }
  }

  @Test
  void notAScplanDocument() {
    String doc = "{\"format\": \"geojson\", \"type\": \"FeatureCollection\", \"features\": []}";

    Finding f = problem(doc);

    // Only the decisive problem, not a list of the other format's members
    assertAt(f, JsonRules.NOT_SCPLAN, "/format", doc, "\"geojson\"");
    assertThat(f.message()).isEqualTo("expected \"format\": \"scplan\", found text \"geojson\"");
  }

  @Test
  void anArrayIsNotAScplanDocument() {
    Finding f = problem("[1, 2]");

    assertThat(f.code()).isEqualTo(JsonRules.NOT_SCPLAN);
    assertThat(f.location().line()).isEqualTo(1);
    assertThat(f.location().column()).isEqualTo(1);
    assertThat(f.message()).contains("expected a scplan document").endsWith("found an array");
  }

  @Test
  void unsupportedVersion() {
    String doc = plan("\"futureMember\": true").replace("\"version\": 1", "\"version\": 2");

    Finding f = problem(doc);

    assertAt(f, JsonRules.UNSUPPORTED_VERSION, "/version", doc, "2,");
    assertThat(f.message()).isEqualTo("this reader reads format version 1, found version 2");
  }

  @Nested
  class SectionKinds {
    @Test
    void unknownKind() {
      String doc = plan("\"sections\": [{\"kind\": \"minutes\", \"id\": \"b\"}]");

      Finding f = problem(doc);

      assertAt(f, JsonRules.UNKNOWN_SECTION_KIND, "/plan/sections/0/kind", doc, "\"minutes\"");
      assertThat(f.message()).startsWith("unknown section kind \"minutes\"; expected a kind this reader knows (one of ")
          .contains(String.join(", ", JSON.sectionKinds()));
    }

    @Test
    void unknownKindSuggestsTheKindMeant() {
      String doc = "{\"format\": \"scplan\", \"version\": 1, \"section\": {\"kind\": \"nte\", \"id\": \"n\"}}";

      Finding f = problem(JSON.withCodec(NoteSection.CODEC), doc);

      assertAt(f, JsonRules.UNKNOWN_SECTION_KIND, "/section/kind", doc, "\"nte\"");
      assertThat(f.message()).startsWith("unknown section kind \"nte\" (did you mean \"note\"?); expected a kind this"
          + " reader knows (one of ").endsWith("note)");
    }

    @Test
    void planAndSectionInOneDocument() {
      String doc = plan().replace("\n}}\n", "\n}, \"section\": {\"kind\": \"note\", \"id\": \"n\", \"title\": \"N\", \"amount\": 1}}");

      Finding f = problem(JSON.withCodec(NoteSection.CODEC), doc);

      assertThat(f.code()).isEqualTo(JsonRules.INVALID_VALUE);
      assertThat(f.location().pointer()).contains("");
      assertThat(f.message()).isEqualTo("a document holds one of \"plan\", \"section\" and \"sections\", not more");
    }
  }

  @Test
  void severalProblemsAreAllReportedInOnePass() {
    String doc = plan(
        "\"status\": null",
        "\"directors\": [\"Penny Southern\", 7]",
        """
        "priorities": [
            {"title": "Prevention", "milestones": [{"letter": "A", "due": "Jan 2014"}]},
            {"title": "Productivity", "actions": [{"description": "Review", "officer": "Mark Walker"}]},
            {"title": "Partnership"}
          ]""",
        "\"headlines\": [{\"measure\": \"fte\", \"figure\": \"£757.2\"}]").replace("\"division\"", "\"divison\"");

    List<Finding> problems = problems(JSON, doc);

    assertThat(problems).extracting(Finding::code, f -> f.location().pointer().orElseThrow()).containsExactly(
        tuple(JsonRules.INVALID_VALUE, "/plan/unit/level"),
        tuple(JsonRules.WRONG_TYPE, "/plan/status"),
        tuple(JsonRules.WRONG_TYPE, "/plan/directors/1"),
        tuple(JsonRules.MISSING_MEMBER, "/plan/priorities/0/milestones/0"),
        tuple(JsonRules.UNKNOWN_MEMBER, "/plan/priorities/1/actions/0/officer"),
        tuple(JsonRules.INVALID_VALUE, "/plan/headlines/0/figure"));
    assertThat(problems.get(2).location().line()).isEqualTo(at(doc, "7]")[0]);
    assertThat(problems.get(4).location().line()).isEqualTo(at(doc, "\"officer\"")[0]);
  }

  @Nested
  class Limits {
    /** A plan whose actions nest {@code levels} deep: its deepest value is 4 + 2 × levels deep. */
    private String nestedActions(int levels) {
      String action = "{\"description\": \"d\"}";
      for (int i = 1; i < levels; i++) {
        action = "{\"description\": \"d\", \"actions\": [" + action + "]}";
      }
      return plan("\"priorities\": [{\"title\": \"P\", \"actions\": [" + action + "]}]");
    }

    @Test
    void standardDepthIs64() {
      assertThat(JSON.read(SOURCE, nestedActions(30)).problems().findings()).as("64 deep").isEmpty();

      Finding f = problem(nestedActions(31));

      assertThat(f.code()).isEqualTo(JsonRules.TOO_DEEP);
      assertThat(f.location().pointer()).hasValueSatisfying(p -> assertThat(p).endsWith("/actions/0/actions"));
      assertThat(f.location().line()).isPositive();
      assertThat(f.message()).isEqualTo("objects and arrays nested deeper than 64 levels");
    }

    @Test
    void depthLimit() {
      ScplanJson shallow = JSON.withLimits(ReadLimits.standard().withMaxDepth(6));
      assertThat(shallow.read(SOURCE, nestedActions(1)).problems().findings()).isEmpty();

      Finding f = problem(shallow, nestedActions(2));

      assertThat(f.code()).isEqualTo(JsonRules.TOO_DEEP);
      assertThat(f.location().pointer()).contains("/plan/priorities/0/actions/0/actions");
      assertThat(f.message()).isEqualTo("objects and arrays nested deeper than 6 levels");
    }

    @Test
    void stringLengthLimit() {
      ScplanJson shortTexts = JSON.withLimits(ReadLimits.standard().withMaxStringLength(64));
      assertThat(shortTexts.read(SOURCE, plan("\"status\": \"" + "x".repeat(64) + "\"")).problems().findings()).isEmpty();
      String doc = plan("\"status\": \"" + "x".repeat(65) + "\"");

      Finding f = problem(shortTexts, doc);

      assertThat(f.code()).isEqualTo(JsonRules.STRING_TOO_LONG);
      assertThat(f.location().pointer()).contains("/plan/status");
      assertThat(f.location().line()).isEqualTo(at(doc, "\"status\"")[0]);
      assertThat(f.message()).isEqualTo("text longer than 64 characters, the longest read");
    }

    @Test
    void standardStringLengthIs100000() {
      assertThat(JSON.read(SOURCE, plan("\"source\": \"" + "x".repeat(100_000) + "\"")).problems().findings()).isEmpty();

      Finding f = problem(plan("\"source\": \"" + "x".repeat(100_001) + "\""));

      assertThat(f.code()).isEqualTo(JsonRules.STRING_TOO_LONG);
      assertThat(f.message()).isEqualTo("text longer than 100,000 characters, the longest read");
    }

    @Test
    void documentSizeLimit() {
      String doc = plan();
      int size = doc.getBytes(StandardCharsets.UTF_8).length;
      assertThat(JSON.withLimits(ReadLimits.standard().withMaxDocumentBytes(size)).read(SOURCE, doc).isRead()).isTrue();

      Finding f = problem(JSON.withLimits(ReadLimits.standard().withMaxDocumentBytes(size - 1)), doc);

      assertThat(f.code()).isEqualTo(JsonRules.TOO_LARGE);
      assertThat(f.location().pointer()).contains("");
      assertThat(f.message()).isEqualTo("a document larger than " + (size - 1) + " bytes");
    }

    @Test
    void documentSizeLimitOnALargeDocument() {
      String doc = plan("\"source\": \"" + "x".repeat(50_000) + "\"");

      Finding f = problem(JSON.withLimits(ReadLimits.standard().withMaxDocumentBytes(20_000)), doc);

      assertThat(f.code()).isEqualTo(JsonRules.TOO_LARGE);
    }

    @Test
    void problemLimit() {
      String doc = plan("\"a\": 1", "\"b\": 2", "\"c\": 3", "\"d\": 4", "\"e\": 5");
      assertThat(problems(JSON, doc)).hasSize(5);

      List<Finding> problems = problems(JSON.withLimits(ReadLimits.standard().withMaxProblems(3)), doc);

      assertThat(problems).extracting(Finding::code).containsExactly(JsonRules.UNKNOWN_MEMBER, JsonRules.UNKNOWN_MEMBER,
          JsonRules.UNKNOWN_MEMBER, JsonRules.TOO_MANY_PROBLEMS);
      assertThat(problems.get(3).message()).isEqualTo("stopped reading after 3 problems");
    }

    @Test
    void standardProblemLimitIs100() {
      String[] members = new String[150];
      for (int i = 0; i < members.length; i++) {
        members[i] = "\"unknown" + i + "\": " + i;
      }

      List<Finding> problems = problems(JSON, plan(members));

      assertThat(problems).hasSize(101);
      assertThat(problems.get(100).code()).isEqualTo(JsonRules.TOO_MANY_PROBLEMS);
    }

    @Test
    void limitsAreChecked() {
      assertThat(ReadLimits.standard()).isEqualTo(new ReadLimits(256L << 20, 64, 100_000, 40, 100));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ReadLimits.standard().withMaxDepth(3)).withMessageContaining("maxDepth");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ReadLimits.standard().withMaxProblems(0)).withMessageContaining("maxProblems");
    }
  }

  @Test
  void everyCodeIsStableAndDocumentedInTheReadme() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    List<String> codes = new ArrayList<>();
    for (Field field : JsonRules.class.getFields()) {
      codes.add((String) field.get(null));
    }

    assertThat(codes).hasSize(16).doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(code).matches("json\\.[a-z]+(-[a-z]+)*"))
        .allSatisfy(code -> assertThat(readme).as("README.md").contains("| `" + code + "` |"));
  }

  @Test
  void aCleanDocumentReadsToThePlan() {
    BusinessPlan plan = JSON.read(SOURCE, plan()).orElseThrow().plan().orElseThrow();

    assertThat(plan.title()).isEqualTo("Divisional Business Plan 2013-14");
  }

  @ParameterizedTest
  @MethodSource("packages")
  void aWorkbookGivenAsAPlanIsNamedAsOneNotReadAsBrokenJson(byte[] head, String says) {
    ReadResult<Document> read = ScplanJson.standard().read("budget.xlsx", new java.io.ByteArrayInputStream(head));

    assertThat(read.isRead()).isFalse();
    assertThat(read.problems().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(JsonRules.SYNTAX);
      assertThat(f.message()).startsWith("The file is " + says).contains("scplan table");
    });
  }

  static Stream<Arguments> packages() {
    return Stream.of(
        Arguments.of(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, "a zip package"),
        Arguments.of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0}, "an OLE2 compound file"));
  }
}
