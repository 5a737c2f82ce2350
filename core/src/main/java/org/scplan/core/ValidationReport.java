package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The findings of checking a document, in the order they were found.
 *
 * <p>A report is {@linkplain #isValid() valid} when it holds no ERROR. Query it by severity
 * ({@link #errors()}, {@link #warnings()}, {@link #infos()}) or rule code ({@link #withCode}).
 * Its {@link #toString()} is a table, one finding per line, for reading in JShell:
 *
 * <pre>
 * 1 error, 0 warnings, 0 infos
 * SEVERITY  CODE                      WHERE              MESSAGE
 * ERROR     budget.headline.mismatch  Headline › Net ...  The net budget of £414m ...
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(List.of());
  private static final int WHERE_WIDTH = 48;

  private final List<Finding> findings;

  private ValidationReport(List<Finding> findings) {
    this.findings = findings;
  }

  /**
   * Obtains the report with no findings.
   *
   * @return the empty report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Obtains a report of the given findings, in order.
   *
   * @param findings the findings
   * @return the report
   */
  public static ValidationReport of(Collection<Finding> findings) {
    requireNonNull(findings, "findings");
    return findings.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(findings));
  }

  /**
   * Obtains a report of the given findings, in order.
   *
   * @param findings the findings
   * @return the report
   */
  public static ValidationReport of(Finding... findings) {
    return of(List.of(findings));
  }

  /**
   * Returns a report of this report's findings followed by another's.
   *
   * @param other the other report
   * @return the combined report
   */
  public ValidationReport plus(ValidationReport other) {
    requireNonNull(other, "other");
    if (other.findings.isEmpty()) {
      return this;
    }
    if (findings.isEmpty()) {
      return other;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return new ValidationReport(List.copyOf(all));
  }

  /**
   * Returns a copy of this report with every finding's location passed through a function, such
   * as naming the file the document was read from.
   *
   * @param relocate the function
   * @return the relocated report
   */
  public ValidationReport relocated(Function<Location, Location> relocate) {
    requireNonNull(relocate, "relocate");
    return of(findings.stream().map(f -> f.withLocation(relocate.apply(f.location()))).toList());
  }

  /**
   * Returns every finding, in the order found.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Checks whether there are no errors (warnings and infos are allowed).
   *
   * @return true if no finding is an ERROR
   */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * Checks whether there are no findings at all.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity the severity
   * @return those findings, in order
   */
  public List<Finding> findings(Severity severity) {
    requireNonNull(severity, "severity");
    return filter(f -> f.severity() == severity);
  }

  /**
   * Returns the errors.
   *
   * @return the ERROR findings
   */
  public List<Finding> errors() {
    return findings(Severity.ERROR);
  }

  /**
   * Returns the warnings.
   *
   * @return the WARNING findings
   */
  public List<Finding> warnings() {
    return findings(Severity.WARNING);
  }

  /**
   * Returns the infos.
   *
   * @return the INFO findings
   */
  public List<Finding> infos() {
    return findings(Severity.INFO);
  }

  /**
   * Returns the findings of one rule.
   *
   * @param code the rule's code, such as {@code budget.total.mismatch}
   * @return those findings, in order
   */
  public List<Finding> withCode(String code) {
    requireNonNull(code, "code");
    return filter(f -> f.code().equals(code));
  }

  /**
   * Returns the findings that match a condition.
   *
   * @param condition the condition
   * @return the matching findings, in order
   */
  public List<Finding> filter(Predicate<Finding> condition) {
    requireNonNull(condition, "condition");
    return findings.stream().filter(condition).toList();
  }

  /**
   * Returns how many findings have a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    requireNonNull(severity, "severity");
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Returns the codes of the rules that found something, sorted.
   *
   * @return the codes, unmodifiable
   */
  public Set<String> codes() {
    Set<String> codes = new TreeSet<>();
    findings.forEach(f -> codes.add(f.code()));
    return Collections.unmodifiableSet(codes);
  }

  /**
   * Returns the counts per severity.
   *
   * @return a map from every severity to its count, unmodifiable
   */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, count(s));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns a one-line summary: {@code 1 error, 2 warnings, 0 infos}.
   *
   * @return the summary
   */
  public String summary() {
    int e = count(Severity.ERROR);
    int w = count(Severity.WARNING);
    int i = count(Severity.INFO);
    return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ")
        + i + (i == 1 ? " info" : " infos");
  }

  /**
   * Checks whether another object is a report with the same findings in the same order.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ValidationReport o && o.findings.equals(findings);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /**
   * Returns the report as a table, most serious findings first, one per line, under a summary.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(summary());
    if (findings.isEmpty()) {
      return sb.toString();
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(Finding::severity));
    int codeWidth = Math.max(4, sorted.stream().mapToInt(f -> f.code().length()).max().orElse(4));
    int whereWidth = Math.min(WHERE_WIDTH,
        Math.max(5, sorted.stream().mapToInt(f -> f.location().toString().length()).max().orElse(5)));
    sb.append('\n').append(pad("SEVERITY", 9)).append(pad("CODE", codeWidth + 2))
        .append(pad("WHERE", whereWidth + 2)).append("MESSAGE");
    for (Finding f : sorted) {
      String where = f.location().toString();
      if (where.length() > whereWidth) {
        where = where.substring(0, whereWidth - 1) + "…";
      }
      sb.append('\n').append(pad(f.severity().name(), 9)).append(pad(f.code(), codeWidth + 2))
          .append(pad(where, whereWidth + 2)).append(f.message());
      if (f.expected().isPresent() || f.actual().isPresent()) {
        sb.append(" (expected ").append(f.expected().orElse("-")).append(", actual ")
            .append(f.actual().orElse("-")).append(')');
      }
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
