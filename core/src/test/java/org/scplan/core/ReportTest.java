package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The report of a run: one entry a file, its exit status and totals, as {@code scplan check} prints them. */
class ReportTest {
  /** A section whose findings are given. */
  record Fixed(String id, List<Finding> findings) implements PlanSection {
    @Override
    public String kind() {
      return "fixed";
    }

    @Override
    public String title() {
      return "Fixed";
    }

    @Override
    public ValidationReport validate() {
      return ValidationReport.of(findings);
    }
  }

  private static final Location AT = Location.of("Table 5", "Total").field("Net");

  private static Report.Entry entry(String file, Finding... findings) {
    ReadResult<Document> r = ReadResult.of(file, Document.of(new Fixed("t5", List.of(findings))), ValidationReport.empty());
    return Report.check(Path.of(file), r);
  }

  private static Report.Entry clean(String file) {
    return entry(file);
  }

  private static Report.Entry withError(String file) {
    return entry(file, Finding.error("table.total.mismatch", AT, "Net is not gross less income"),
        Finding.warning("table.note", AT, "a note"));
  }

  private static Report.Entry unreadable(String file) {
    ReadResult<Document> r = ReadResult.of(file, null,
        ValidationReport.of(Finding.error("csv.syntax", Location.document(), "an unbalanced quote")));
    return Report.check(Path.of(file), r);
  }

  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of(List.of(), Report.OK, "0 files checked: 0 without errors, 0 with errors, 0 unreadable"),
        Arguments.of(List.of(clean("a.csv")), Report.OK, "1 file checked: 1 without errors, 0 with errors, 0 unreadable"),
        Arguments.of(List.of(clean("a.csv"), withError("b.csv")), Report.ERRORS,
            "2 files checked: 1 without errors, 1 with errors, 0 unreadable"),
        Arguments.of(List.of(withError("b.csv"), unreadable("c.csv"), clean("a.csv")), Report.UNREADABLE,
            "3 files checked: 1 without errors, 1 with errors, 1 unreadable"),
        Arguments.of(List.of(unreadable("c.csv")), Report.UNREADABLE,
            "1 file checked: 0 without errors, 0 with errors, 1 unreadable"));
  }

  @ParameterizedTest
  @MethodSource("runs")
  void theExitStatusIsTheWorstFileAndTheSummaryCountsEachKind(List<Report.Entry> entries, int status, String summary) {
    Report report = Report.of(entries);

    assertThat(report.exitStatus()).isEqualTo(status);
    assertThat(report).hasToString(summary);
    assertThat(report.files()).isEqualTo(entries);
  }

  @Test
  void totalsCountFilesByOutcomeAndFindingsBySeverity() {
    Report report = Report.of(List.of(withError("b.csv"), unreadable("c.csv"), clean("a.csv"), withError("d.csv")));

    // Two files with one error and one warning each, and the unreadable file's problem.
    assertThat(report.totals()).isEqualTo(new Report.Totals(4, 3, 1, 2, 3, 2, 0));
  }

  @Test
  void anEntryPlacesItsFindingsInTheFileAndKeepsTheDocumentRead() {
    Report.Entry read = withError("b.csv");
    Report.Entry notRead = unreadable("c.csv");

    assertThat(read.isRead()).isTrue();
    assertThat(read.document()).map(d -> d.sections().size()).contains(1);
    assertThat(read.findings().findings()).extracting(f -> f.location().source()).containsOnly(java.util.Optional.of("b.csv"));
    assertThat(notRead.isRead()).isFalse();
    assertThat(notRead.document()).isEmpty();
    assertThat(notRead.findings().errors()).extracting(Finding::code).containsExactly("csv.syntax");
  }

  @Test
  void anEntryHasTheFilesSizeAndSha256WhenItCanBeOpenedAndNoneWhenItCannot(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.csv");
    // Larger than the 64 KiB buffer, so the digest is built from more than one read.
    byte[] bytes = "abc".repeat(30_000).getBytes(StandardCharsets.US_ASCII);
    Files.write(file, bytes);
    Path empty = Files.write(dir.resolve("e.csv"), new byte[0]);
    ReadResult<Document> r = ReadResult.of("t.csv", Document.of(new Fixed("t5", List.of())), ValidationReport.empty());

    Report.Entry entry = Report.check(file, r);
    Report.Entry none = Report.check(dir.resolve("missing.csv"), r);

    assertThat(entry.file()).isEqualTo(file.toString());
    assertThat(entry.size()).isEqualTo(90_000);
    assertThat(entry.sha256()).isEqualTo(sha256(bytes));
    // The SHA-256 of no bytes is a well-known constant.
    assertThat(Report.check(empty, r).sha256())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Report.check(empty, r).size()).isZero();
    assertThat(none.size()).isEqualTo(-1);
    assertThat(none.sha256()).isEmpty();
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
