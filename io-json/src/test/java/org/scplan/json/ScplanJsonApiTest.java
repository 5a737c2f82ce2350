package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadException;
import org.scplan.core.ReadResult;

/** The convenience API of {@link ScplanJson}: files, the plan/section readers, section codecs. */
class ScplanJsonApiTest {
  private static final ScplanJson NOTES = ScplanJson.standard().withCodec(NoteSection.CODEC);
  private static final NoteSection NOTE = new NoteSection("n1", "A note", new BigDecimal("42336.3"));
  private static final BusinessPlan PLAN = BusinessPlan.builder()
      .title("Divisional Business Plan 2013-14")
      .unit(OrgUnit.of("ldmh", "Learning Disability/Mental Health", OrgLevel.DIVISION))
      .year(FinancialYear.of(2013))
      .build();

  @TempDir
  Path dir;

  @Test
  void readPlanOnASectionDocumentThrows() throws IOException {
    Path file = Files.writeString(dir.resolve("note.json"), NOTES.write(NOTE));

    assertThatExceptionOfType(ReadException.class).isThrownBy(() -> NOTES.readPlan(file))
        .withMessageStartingWith("Cannot read " + file + ": 1 problem")
        .withMessageContaining("the file holds a single section, not a whole plan")
        .satisfies(e -> assertThat(e.problems().codes()).containsExactly(JsonRules.INVALID_VALUE));
  }

  @Test
  void readSectionOnAPlanDocumentThrows() throws IOException {
    Path file = Files.writeString(dir.resolve("plan.json"), NOTES.write(PLAN));

    assertThatExceptionOfType(ReadException.class).isThrownBy(() -> NOTES.readSection(file))
        .withMessageContaining("the file holds a whole plan, not a single section");
  }

  @Test
  void readPlanAndReadSectionReadWhatTheyExpect() throws IOException {
    Path planFile = Files.writeString(dir.resolve("plan.json"), NOTES.write(PLAN));
    Path noteFile = Files.writeString(dir.resolve("note.json"), NOTES.write(NOTE));

    assertThat(NOTES.readPlan(planFile)).isEqualTo(PLAN);
    assertThat(NOTES.readSection(noteFile)).isEqualTo(NOTE);
  }

  @Test
  void readOfAMissingFileGivesAnIoProblemAndDoesNotThrow() {
    Path missing = dir.resolve("no-such-plan.json");

    ReadResult<Document> result = ScplanJson.standard().read(missing);

    assertThat(result.isRead()).isFalse();
    assertThat(result.source()).isEqualTo(missing.toString());
    assertThat(result.problems().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(JsonRules.IO);
      assertThat(f.location().source()).contains(missing.toString());
      assertThat(f.message()).startsWith("could not open the file: ");
    });
    assertThat(result).hasToString("cannot read " + missing + ": " + result.problems());
  }

  @Test
  void readPlanOfAMissingFileThrowsTheIoProblem() {
    Path missing = dir.resolve("no-such-plan.json");

    assertThatExceptionOfType(ReadException.class).isThrownBy(() -> ScplanJson.standard().readPlan(missing))
        .satisfies(e -> assertThat(e.problems().codes()).containsExactly(JsonRules.IO));
  }

  @Test
  void aProblemListsFilePointerLineAndColumnInTheExceptionMessage() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"),
        NOTES.write(PLAN).replace("\"title\": \"Divisional Business Plan 2013-14\"", "\"title\": 2013"));

    ReadException e = assertThrows(ReadException.class,
        () -> ScplanJson.standard().readPlan(file));

    Finding problem = e.problems().findings().get(0);
    assertThat(e.getMessage()).contains(file + " /plan/title (line 5, column 14)")
        .contains("expected text, found the number 2013");
    assertThat(problem.location().line()).isEqualTo(5);
  }

  @Test
  void writeToAFileAndReadBack() {
    Path file = dir.resolve("written.json");

    ScplanJson.standard().write(Document.of(PLAN), file);

    assertThat(ScplanJson.standard().readPlan(file)).isEqualTo(PLAN);
  }

  @Test
  void sectionsInAPlanGoThroughTheirCodecKindFirst() {
    BusinessPlan withNote = PLAN.withSection(NOTE);

    String text = NOTES.write(withNote);

    assertThat(text).contains("\"sections\": [\n      {\n        \"kind\": \"note\",\n        \"id\": \"n1\"");
    assertThat(NOTES.read("plan.json", text).orElseThrow().plan()).contains(withNote);
  }

  @Test
  void writingASectionWithoutACodecIsMisuse() {
    assertThatIllegalArgumentException().isThrownBy(() -> ScplanJson.standard().write(NOTE))
        .withMessageContaining("kind \"note\"").withMessageContaining("ScplanJson.withCodec");
  }

  @Test
  void codecsAndLimitsAreReported() {
    assertThat(ScplanJson.standard().sectionKinds()).doesNotContain("note");
    assertThat(NOTES.sectionKinds()).contains("note");
    assertThat(NOTES.withLimits(ReadLimits.standard().withMaxDepth(8)).sectionKinds()).contains("note");
    assertThat(NOTES.toString()).contains("version 1").contains("note");
  }

  @Test
  void aReadSectionIsADocumentOfThatSection() {
    Document document = NOTES.read("note.json", NOTES.write(NOTE)).orElseThrow();

    assertThat(document.section()).contains((PlanSection) NOTE);
    assertThat(document.plan()).isEmpty();
    assertThat(document).isEqualTo(Document.of(NOTE));
    assertThat(document.validate().isEmpty()).isTrue();
  }
}
