package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What checking files gave, one entry a file: the file's size and SHA-256, what reading it gave
 * (a {@link ReadResult} of any reader: JSON, CSV or TSV), and the findings (the problems of a file
 * that could not be read; else the notes on what reading decided and the document's own findings).
 * It is what {@code scplan check} and {@code scplan table} print, as text or in the JSON report
 * format ({@code ReportJson.write(Report)}).
 *
 * <pre>{@code
 * Report report = Report.of(List.of(Report.check(Path.of("plan.json"), ScplanJson.standard().read(file))));
 * report.exitStatus()   // 0 clean, 1 errors, 2 a file that could not be read
 * report.totals()       // files, read, unreadable, with errors; errors, warnings, infos
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Report {
  /** The exit status of a run whose every file was read and has no errors. */
  public static final int OK = 0;
  /** The exit status of a run with errors in a file read. */
  public static final int ERRORS = 1;
  /** The exit status of a run with a file that could not be read. */
  public static final int UNREADABLE = 2;

  private final List<Entry> files;

  private Report(List<Entry> files) {
    this.files = files;
  }

  /**
   * One file checked.
   *
   * @param file the file's name as given
   * @param size its size in bytes, or −1 if it could not be opened
   * @param sha256 the SHA-256 of its bytes in lower-case hex, or empty if it could not be opened
   * @param result what reading it gave
   * @param findings the problems if it could not be read, else the notes and the document's findings
   */
  public record Entry(String file, long size, String sha256, ReadResult<?> result, ValidationReport findings) {
    /**
     * Obtains an entry.
     *
     * @param file the file
     * @param size its size, or −1
     * @param sha256 its digest, or empty
     * @param result what reading gave
     * @param findings the findings
     */
    public Entry {
      requireNonNull(file, "file");
      requireNonNull(sha256, "sha256");
      requireNonNull(result, "result");
      requireNonNull(findings, "findings");
    }

    /**
     * Tells whether the file was read.
     *
     * @return true if it was
     */
    public boolean isRead() {
      return result.isRead();
    }

    /**
     * Returns the document read, if the file held one.
     *
     * @return the document
     */
    public Optional<Document> document() {
      return result.value().filter(Document.class::isInstance).map(Document.class::cast);
    }
  }

  /**
   * The run's totals.
   *
   * @param files the files checked
   * @param read those read
   * @param unreadable those that could not be read
   * @param withErrors those read with errors
   * @param errors the ERROR findings of all files
   * @param warnings the WARNING findings
   * @param infos the INFO findings
   */
  public record Totals(int files, int read, int unreadable, int withErrors, int errors, int warnings, int infos) {}

  /**
   * Obtains the report of files checked.
   *
   * @param files the entries, in the order the files were given
   * @return the report
   */
  public static Report of(List<Entry> files) {
    return new Report(List.copyOf(requireNonNull(files, "files")));
  }

  /**
   * Makes the entry of a file: its size and SHA-256 (read from the file, if it can be opened), what
   * reading it gave, and its findings ({@link ReadResult#validate()}, each placed in the file).
   *
   * @param file the file
   * @param result what a reader gave for it
   * @return the entry
   */
  public static Entry check(Path file, ReadResult<?> result) {
    requireNonNull(file, "file");
    requireNonNull(result, "result");
    String name = file.toString();
    long size = -1;
    String sha = "";
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      long n = 0;
      for (int r; (r = in.read(buffer)) >= 0; ) {
        digest.update(buffer, 0, r);
        n += r;
      }
      size = n;
      sha = HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      // The reader has said why the file cannot be read; the entry has no size or digest.
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    return new Entry(name, size, sha, result, result.validate().relocated(l -> l.inFile(name)));
  }

  /**
   * Returns the files, in the order given.
   *
   * @return the entries
   */
  public List<Entry> files() {
    return files;
  }

  /**
   * Returns the exit status: {@link #UNREADABLE} if a file could not be read, else {@link #ERRORS}
   * if a file has an ERROR finding, else {@link #OK}.
   *
   * @return the status
   */
  public int exitStatus() {
    if (files.stream().anyMatch(e -> !e.isRead())) {
      return UNREADABLE;
    }
    return files.stream().anyMatch(e -> !e.findings().isValid()) ? ERRORS : OK;
  }

  /**
   * Returns the run's totals.
   *
   * @return the totals
   */
  public Totals totals() {
    int read = (int) files.stream().filter(Entry::isRead).count();
    int withErrors = (int) files.stream().filter(e -> e.isRead() && !e.findings().isValid()).count();
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (Entry e : files) {
      errors += e.findings().count(Severity.ERROR);
      warnings += e.findings().count(Severity.WARNING);
      infos += e.findings().count(Severity.INFO);
    }
    return new Totals(files.size(), read, files.size() - read, withErrors, errors, warnings, infos);
  }

  /**
   * Returns a summary: {@code 5 files checked: 4 without errors, 1 with errors, 0 unreadable}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    Totals t = totals();
    return t.files() + (t.files() == 1 ? " file" : " files") + " checked: " + (t.read() - t.withErrors())
        + " without errors, " + t.withErrors() + " with errors, " + t.unreadable() + " unreadable";
  }
}
