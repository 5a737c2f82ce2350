package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One piece of arithmetic a published table states: a column that is a signed sum of other
 * columns on each of its rows ({@code Net = Gross − Income}), or a row that is a signed sum of other
 * rows in each of its columns ({@code Total = the rows above it}, {@code Council tax requirement =
 * Net budget requirement − Grants}).
 *
 * <p>A relation names its cells by their index in a {@link PublishedTable}: {@link #target()} and
 * each term's index are columns for {@link Axis#COLUMNS} and rows for {@link Axis#ROWS};
 * {@link #across()} lists the rows (or columns) it is checked in. {@link #basis()} says why the
 * relation is believed: the headings name it, or it holds on most lines.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param axis whether the relation derives a column from columns or a row from rows
 * @param target the derived column (or row)
 * @param terms the columns (or rows) summed, each with its sign
 * @param across the rows (or columns) the relation is checked in
 * @param basis why the relation is believed, for the reader: {@code "named by the headings"},
 *     {@code "holds on 9 of 10 rows"}
 */
public record TableRelation(Axis axis, int target, List<Term> terms, List<Integer> across, String basis) {

  /** Which way a relation runs. */
  public enum Axis {
    /** A column derived from other columns, on each row. */
    COLUMNS,
    /** A row derived from other rows, in each column. */
    ROWS
  }

  /**
   * One term: a column (or row) added or subtracted.
   *
   * @param sign +1 to add, −1 to subtract
   * @param index the column (or row)
   */
  public record Term(int sign, int index) {
    /**
     * Obtains a term.
     *
     * @param sign +1 or −1
     * @param index the column or row, from 0
     * @throws IllegalArgumentException if the sign is not ±1 or the index is negative
     */
    public Term {
      checkArgument(sign == 1 || sign == -1, "Invalid sign for a term (valid values -1, 1): %s", sign);
      checkArgument(index >= 0, "Invalid index for a term (valid values 0 and more): %s", index);
    }
  }

  /**
   * Obtains a relation.
   *
   * @param axis whether the relation derives a column or a row
   * @param target the derived column or row, from 0
   * @param terms the terms, at least one, none of them the target
   * @param across where it is checked, at least one
   * @param basis why it is believed
   * @throws IllegalArgumentException if there are no terms, a term is the target, or nothing to
   *     check it in
   */
  public TableRelation {
    requireNonNull(axis, "axis");
    checkArgument(target >= 0, "Invalid target (valid values 0 and more): %s", target);
    terms = List.copyOf(terms);
    across = List.copyOf(across);
    requireNonNull(basis, "basis");
    checkArgument(!terms.isEmpty(), "A relation needs at least one term");
    checkArgument(terms.stream().noneMatch(t -> t.index() == target), "A relation's terms include its target: %s",
        target);
    checkArgument(!across.isEmpty(), "A relation needs at least one place to be checked");
  }

  /**
   * Obtains a column relation: {@code target = Σ terms} on each of the given rows.
   *
   * @param target the derived column
   * @param terms the columns summed
   * @param rows the rows it is checked on
   * @param basis why it is believed
   * @return the relation
   */
  public static TableRelation ofColumns(int target, List<Term> terms, List<Integer> rows, String basis) {
    return new TableRelation(Axis.COLUMNS, target, terms, rows, basis);
  }

  /**
   * Obtains a row relation: {@code target = Σ terms} in each of the given columns.
   *
   * @param target the derived row
   * @param terms the rows summed
   * @param columns the columns it is checked in
   * @param basis why it is believed
   * @return the relation
   */
  public static TableRelation ofRows(int target, List<Term> terms, List<Integer> columns, String basis) {
    return new TableRelation(Axis.ROWS, target, terms, columns, basis);
  }

  /**
   * Returns a copy of this relation with another basis.
   *
   * @param basis why it is believed
   * @return the relation
   */
  public TableRelation withBasis(String basis) {
    return new TableRelation(axis, target, terms, across, basis);
  }
}
