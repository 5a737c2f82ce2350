package org.scplan.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.PrintedFigures;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.csv.TableCell;

/**
 * What a sheet's formulas say about its table. A formula that is a sum or a difference of other
 * cells ({@code =SUM(B2:B6)}, {@code =B7-B8}, {@code =B2+C2+D2}) is a relation the table states about
 * itself: it is checked on the printed figures, each within the interval its printing gives it,
 * and one that does not hold is an ERROR at its cell (a stale cached value, or inputs that print
 * otherwise). A number typed where the cells on both sides of it (left and right, or above and
 * below) hold the same formula is a WARNING: a total typed over as a constant, a common cause of
 * totals that stop adding up. Other formulas are left alone. Not API.
 */
final class Formulas {
  private static final Pattern REF = Pattern.compile("\\$?([A-Z]{1,3})\\$?([0-9]{1,7})");
  private static final Pattern RANGE = Pattern.compile(REF.pattern() + "(?::" + REF.pattern() + ")?");
  private static final Pattern SUM = Pattern.compile("SUM\\(([^()]*)\\)");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

  private Formulas() {}

  /** The terms of a formula of sums and differences: each a sign and cells or a number; empty if it is anything else. */
  record Term(int sign, List<long[]> ranges, BigDecimal number) {}

  static Optional<List<Term>> parse(String formula) {
    String f = formula.strip();
    f = f.startsWith("=") ? f.substring(1) : f;
    f = f.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    List<Term> terms = new ArrayList<>();
    int at = 0;
    int sign = 1;
    boolean expectTerm = true;
    while (at < f.length()) {
      char ch = f.charAt(at);
      if (!expectTerm) {
        if (ch != '+' && ch != '-') {
          return Optional.empty();
        }
        sign = ch == '-' ? -1 : 1;
        expectTerm = true;
        at++;
        continue;
      }
      if (ch == '+' || ch == '-') {
        sign *= ch == '-' ? -1 : 1;
        at++;
        continue;
      }
      Matcher sum = SUM.matcher(f).region(at, f.length());
      Matcher range = RANGE.matcher(f).region(at, f.length());
      Matcher number = NUMBER.matcher(f).region(at, f.length());
      if (sum.lookingAt()) {
        List<long[]> ranges = new ArrayList<>();
        for (String part : sum.group(1).split(",", -1)) {
          Matcher r = RANGE.matcher(part);
          if (!r.matches()) {
            return Optional.empty();
          }
          ranges.add(range(r));
        }
        terms.add(new Term(sign, ranges, null));
        at = sum.end();
      } else if (range.lookingAt() && range.group(3) == null) {
        terms.add(new Term(sign, List.of(range(range)), null));
        at = range.end();
      } else if (number.lookingAt()) {
        terms.add(new Term(sign, List.of(), new BigDecimal(number.group())));
        at = number.end();
      } else {
        return Optional.empty();
      }
      sign = 1;
      expectTerm = false;
    }
    return terms.isEmpty() || expectTerm ? Optional.empty() : Optional.of(terms);
  }

  /** A range as {top row, left column, bottom row, right column}. */
  private static long[] range(Matcher m) {
    int c1 = column(m.group(1));
    int r1 = Integer.parseInt(m.group(2));
    int c2 = m.group(3) == null ? c1 : column(m.group(3));
    int r2 = m.group(3) == null ? r1 : Integer.parseInt(m.group(4));
    return new long[] {Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)};
  }

  static int column(String letters) {
    int c = 0;
    for (int i = 0; i < letters.length(); i++) {
      c = c * 26 + (letters.charAt(i) - 'A' + 1);
    }
    return c;
  }

  /** A value and how far rounding may have moved it. */
  record Interval(BigDecimal value, BigDecimal slack) {
    Interval plus(Interval o, int sign) {
      return new Interval(sign > 0 ? value.add(o.value) : value.subtract(o.value), slack.add(o.slack));
    }

    boolean overlaps(Interval o) {
      return value.subtract(o.value).abs().compareTo(slack.add(o.slack)) <= 0;
    }
  }

  /** A printed figure with its rounding; empty for a blank, words, or a figure with its own unit. */
  static Optional<Interval> figure(String text) {
    if (text.isBlank()) {
      return Optional.of(new Interval(BigDecimal.ZERO, BigDecimal.ZERO));
    }
    try {
      TableCell cell = TableCell.parse(text);
      if (cell.kind() == TableCell.Kind.NIL) {
        return Optional.of(new Interval(BigDecimal.ZERO, BigDecimal.ZERO));
      }
      if (!cell.isFigure() || cell.unit().isPresent() || cell.value().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Interval(cell.value().get(), BigDecimal.ONE.movePointLeft(cell.decimals())
          .divide(BigDecimal.valueOf(2))));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The formula's value on the printed figures; empty if a cell it names is no figure. */
  static Optional<Interval> evaluate(List<Term> terms, SheetCells sheet) {
    Interval total = new Interval(BigDecimal.ZERO, BigDecimal.ZERO);
    for (Term t : terms) {
      if (t.number() != null) {
        total = total.plus(new Interval(t.number(), BigDecimal.ZERO), t.sign());
        continue;
      }
      boolean summed = t.ranges().size() > 1 || t.ranges().get(0)[0] != t.ranges().get(0)[2]
          || t.ranges().get(0)[1] != t.ranges().get(0)[3];
      for (long[] r : t.ranges()) {
        if ((r[2] - r[0] + 1) * (r[3] - r[1] + 1) > 100_000) {
          return Optional.empty();
        }
        for (long row = r[0]; row <= r[2]; row++) {
          for (long col = r[1]; col <= r[3]; col++) {
            String text = sheet.text((int) row, (int) col);
            Optional<Interval> v = figure(text);
            if (v.isEmpty()) {
              if (summed && !text.isBlank() && !text.chars().anyMatch(Character::isDigit)) {
                continue; // SUM leaves out text, as a spreadsheet does
              }
              return Optional.empty();
            }
            total = total.plus(v.get(), t.sign());
          }
        }
      }
    }
    return Optional.of(total);
  }

  /** The formula with its references made relative to its own cell, to compare formulas of neighbouring cells. */
  static String relative(String formula, int row, int column) {
    Matcher m = REF.matcher(formula.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, "R[" + (Integer.parseInt(m.group(2)) - row) + "]C[" + (column(m.group(1)) - column) + "]");
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** A relative formula written for another cell: {@code SUM(R[-5]C[0]:R[-1]C[0])} at C7 is {@code SUM(C2:C6)}. */
  static String at(String relative, int row, int column) {
    Matcher m = Pattern.compile("R\\[(-?[0-9]+)\\]C\\[(-?[0-9]+)\\]").matcher(relative);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int r = row + Integer.parseInt(m.group(1));
      int c = column + Integer.parseInt(m.group(2));
      m.appendReplacement(sb, r < 1 || c < 1 ? "#REF!" : letters(c) + r);
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static String letters(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  static ValidationReport check(String source, SheetCells sheet) {
    List<Finding> findings = new ArrayList<>();
    String name = sheet.printed().name();
    int stated = 0;
    int held = 0;
    for (Map.Entry<Long, String> e : sheet.formulas().entrySet()) {
      int row = SheetCells.row(e.getKey());
      int col = SheetCells.column(e.getKey());
      Optional<List<Term>> terms = parse(e.getValue());
      Optional<Interval> printed = figure(sheet.text(row, col));
      if (terms.isEmpty() || printed.isEmpty() || sheet.text(row, col).isBlank()) {
        continue;
      }
      Optional<Interval> value = evaluate(terms.get(), sheet);
      if (value.isEmpty()) {
        continue;
      }
      stated++;
      if (value.get().overlaps(printed.get())) {
        held++;
      } else {
        findings.add(Finding.of(SheetRules.FORMULA_MISMATCH, Severity.ERROR, at(source, sheet, row, col),
            "Cell " + sheet.printed().reference(row, col) + " holds =" + e.getValue() + ", which the figures it names"
                + " give as " + PrintedFigures.grouped(value.get().value()) + " (± " + value.get().slack().stripTrailingZeros()
                .toPlainString() + "), but it prints " + sheet.text(row, col) + ": its cached value is stale, or the"
                + " cells it names print other figures than they hold")
            .withValues(PrintedFigures.grouped(value.get().value()), sheet.text(row, col)));
      }
    }
    if (stated > 0) {
      findings.add(0, Finding.of(SheetRules.FORMULA_CHECKED, Severity.INFO, Location.document().inFile(source),
          "Sheet " + name + " states " + stated + (stated == 1 ? " relation" : " relations")
              + " by its formulas (sums and differences of its cells): " + held + " hold"));
    }
    java.util.BitSet formulaRows = new java.util.BitSet();
    java.util.BitSet formulaColumns = new java.util.BitSet();
    for (long key : sheet.formulas().keySet()) {
      formulaRows.set(SheetCells.row(key));
      formulaColumns.set(SheetCells.column(key));
    }
    for (long key : sheet.constants().sorted()) {
      int row = SheetCells.row(key);
      int col = SheetCells.column(key);
      if (!formulaRows.get(row) && !formulaColumns.get(col)) {
        continue; // no formula across or down from it: a sheet of figures typed in is looked at no further
      }
      // The same formula on either side of it, across or down; failing that, in the two cells before
      // it or after it (a total column at the sheet's right edge, a line at the foot of a block).
      typedOver(source, sheet, row, col, row, col - 1, row, col + 1)
          .or(() -> typedOver(source, sheet, row, col, row - 1, col, row + 1, col))
          .or(() -> typedOver(source, sheet, row, col, row, col - 1, row, col - 2))
          .or(() -> typedOver(source, sheet, row, col, row, col + 1, row, col + 2))
          .or(() -> typedOver(source, sheet, row, col, row - 1, col, row - 2, col))
          .or(() -> typedOver(source, sheet, row, col, row + 1, col, row + 2, col))
          .ifPresent(findings::add);
    }
    numbersStoredAsText(source, sheet, findings);
    return ValidationReport.of(findings);
  }

  /**
   * A figure stored as text in a column of numbers: a reader sees a figure, and scplan reads it as
   * one, but the sheet's own formulas leave it out of their sums.
   */
  private static void numbersStoredAsText(String source, SheetCells sheet, List<Finding> findings) {
    java.util.Map<Integer, Integer> numbersInColumn = new java.util.HashMap<>();
    for (long key : sheet.constants().sorted()) {
      numbersInColumn.merge(SheetCells.column(key), 1, Integer::sum);
    }
    for (long key : sheet.formulas().keySet()) {
      numbersInColumn.merge(SheetCells.column(key), 1, Integer::sum);
    }
    for (long key : sheet.texts().sorted()) {
      int row = SheetCells.row(key);
      int col = SheetCells.column(key);
      String text = sheet.text(row, col);
      if (numbersInColumn.getOrDefault(col, 0) < 2 || !text.chars().anyMatch(Character::isDigit)) {
        continue;
      }
      try {
        if (TableCell.parse(text).isFigure()) {
          findings.add(Finding.of(SheetRules.NUMBER_AS_TEXT, Severity.WARNING, at(source, sheet, row, col), "Cell "
              + sheet.printed().reference(row, col) + " holds " + text + " as text, in a column of numbers: it is read as"
              + " the figure it prints, but the sheet's own formulas leave it out of their sums")
              .withValues("a number", "the text " + text));
        }
      } catch (RuntimeException e) {
        // words: not a figure
      }
    }
  }

  private static Optional<Finding> typedOver(String source, SheetCells sheet, int row, int col, int r1, int c1, int r2,
      int c2) {
    String a = sheet.formulas().get(SheetCells.key(r1, c1));
    String b = sheet.formulas().get(SheetCells.key(r2, c2));
    if (a == null || b == null || parse(a).isEmpty()) {
      return Optional.empty();
    }
    String shape = relative(a, r1, c1);
    if (!shape.equals(relative(b, r2, c2))) {
      return Optional.empty();
    }
    String here = at(shape, row, col);
    if (here.contains("#REF!")) {
      return Optional.empty();
    }
    String gives = parse(here).flatMap(t -> evaluate(t, sheet))
        .map(v -> ", which gives " + PrintedFigures.grouped(v.value())).orElse("");
    String ref = sheet.printed().reference(row, col);
    String where = Integer.signum(r1 - row) + Integer.signum(r2 - row) == 0
        && Integer.signum(c1 - col) + Integer.signum(c2 - col) == 0 ? " on either side" : " next to it";
    return Optional.of(Finding.of(SheetRules.FORMULA_TYPED_OVER, Severity.WARNING, at(source, sheet, row, col),
        "Cell " + ref + " holds the number " + sheet.text(row, col) + " typed in, where "
            + sheet.printed().reference(r1, c1) + " and " + sheet.printed().reference(r2, c2) + where + " hold the formula it"
            + " would have (here =" + here + gives + "): a total typed over stops adding up when its parts"
            + " change").withValues("=" + here, sheet.text(row, col)));
  }

  private static Location at(String source, SheetCells sheet, int row, int col) {
    return Location.document().inFile(source).atCell(new Location.Cell(sheet.printed().reference(row, col), row, col,
        null), row, col);
  }
}
