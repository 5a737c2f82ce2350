package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.scplan.budget.internal.Figures;
import org.scplan.core.Location;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.ReportedNumber;

/**
 * One line of a {@link BudgetProfile}: a group heading, an item, a subtotal, the grand total or a
 * memo line, with its figures.
 *
 * <pre>{@code
 * BudgetLine nursing = profile.line("Older People", "Nursing Care").get();
 * nursing.amount("gross")              // £7,911.7k
 * nursing.amount("EXTERNAL INCOME")    // -£8,214.8k  (by label as well as by key)
 * nursing.path()                       // [Older People, Nursing Care]
 * }</pre>
 *
 * <p>A line is a view of its profile: it holds no figures of its own, and is created when asked
 * for. Two lines are equal when they are at the same position of equal profiles.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetLine {
  private final BudgetProfile profile;
  private final int index;

  BudgetLine(BudgetProfile profile, int index) {
    this.profile = profile;
    this.index = index;
  }

  /**
   * Returns the profile this line belongs to.
   *
   * @return the profile
   */
  public BudgetProfile profile() {
    return profile;
  }

  /**
   * Returns the line's position in the profile, in printed order.
   *
   * @return the zero-based position
   */
  public int index() {
    return index;
  }

  /**
   * Returns the line's name as printed: {@code Nursing Care}, {@code Total Older People}.
   *
   * @return the name
   */
  public String name() {
    return profile.name(index);
  }

  /**
   * Returns the part the line plays in the table.
   *
   * @return the kind
   */
  public LineKind kind() {
    return profile.kind(index);
  }

  /**
   * Returns the names of the enclosing groups and of this line, outermost first:
   * {@code [Older People, Nursing Care]}.
   *
   * @return the path
   */
  public List<String> path() {
    List<String> path = new ArrayList<>();
    for (int i = index; i >= 0; i = profile.parent(i)) {
      path.add(profile.name(i));
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }

  /**
   * Returns where the line is, for a finding: the profile's title, then the line's path.
   *
   * @return the location
   */
  public Location location() {
    List<String> path = new ArrayList<>();
    path.add(profile.title());
    path.addAll(path());
    return Location.of(path);
  }

  /**
   * Returns the group the line belongs to.
   *
   * @return the group heading's line, or empty for a top-level line
   */
  public Optional<BudgetLine> group() {
    int p = profile.parent(index);
    return p < 0 ? Optional.empty() : Optional.of(new BudgetLine(profile, p));
  }

  /**
   * Returns the member lines of a group, in order: its items, memo lines and nested groups, without
   * its subtotal.
   *
   * @return the members; empty for a line that is not a group
   */
  public List<BudgetLine> members() {
    List<BudgetLine> members = new ArrayList<>();
    for (int i = index + 1; i < profile.lineCount() && within(i); i++) {
      if (profile.parent(i) == index && profile.kind(i) != LineKind.SUBTOTAL) {
        members.add(new BudgetLine(profile, i));
      }
    }
    return List.copyOf(members);
  }

  /**
   * Returns the subtotal line of a group.
   *
   * @return the subtotal, or empty if the line is not a group or the group has none
   */
  public Optional<BudgetLine> subtotal() {
    for (int i = index + 1; i < profile.lineCount() && within(i); i++) {
      if (profile.parent(i) == index && profile.kind(i) == LineKind.SUBTOTAL) {
        return Optional.of(new BudgetLine(profile, i));
      }
    }
    return Optional.empty();
  }

  private boolean within(int i) {
    for (int p = profile.parent(i); p >= 0; p = profile.parent(p)) {
      if (p == index) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns who is responsible for the line, where the table prints it.
   *
   * @return the responsible manager or cabinet member
   */
  public Optional<String> responsible() {
    return profile.responsible(index);
  }

  /**
   * Checks whether a cell of this line is blank.
   *
   * @param column the column's key or label
   * @return true if the line publishes no figure in that column
   * @throws IllegalArgumentException if the schema has no such column
   */
  public boolean isBlank(String column) {
    return profile.cell(index, profile.schema().requireIndex(column)) == BudgetProfile.BLANK;
  }

  /**
   * Returns a cell as a published figure: a {@link ReportedAmount} in a money column, a
   * {@link ReportedNumber} in a number column.
   *
   * @param column the column's key or label
   * @return the figure, or empty if the cell is blank
   * @throws IllegalArgumentException if the schema has no such column
   */
  public Optional<ReportedFigure> figure(String column) {
    return figure(profile.schema().requireIndex(column));
  }

  Optional<ReportedFigure> figure(int c) {
    long v = profile.cell(index, c);
    if (v == BudgetProfile.BLANK) {
      return Optional.empty();
    }
    // The figure at the precision it was printed to: its column's, or its own if coarser.
    int d = profile.decimalsAt(index, c);
    BigDecimal printed = Figures.unscale(v, profile.decimalsAt(c));
    if (d != profile.decimalsAt(c)) {
      printed = printed.stripTrailingZeros();
    }
    if (profile.schema().columns().get(c).isMoney()) {
      return Optional.of(ReportedAmount.of(printed, profile.unit(), d));
    }
    return Optional.of(ReportedNumber.of(printed, d));
  }

  /**
   * Returns a money cell: {@code 7,911.7} in a £'000 table is {@code £7,911.7k}, standing for
   * £7,911,650 to £7,911,750.
   *
   * @param column the key or label of a money column
   * @return the figure, or empty if the cell is blank
   * @throws IllegalArgumentException if there is no such column or it does not hold money
   */
  public Optional<ReportedAmount> amount(String column) {
    int c = profile.schema().requireIndex(column);
    checkArgument(profile.schema().columns().get(c).isMoney(),
        "Column %s holds plain numbers; use number(%s)", column, column);
    return figure(c).map(ReportedAmount.class::cast);
  }

  /**
   * Returns a number cell, such as FTE {@code 362.34}.
   *
   * @param column the key or label of a number column
   * @return the figure, or empty if the cell is blank
   * @throws IllegalArgumentException if there is no such column or it holds money
   */
  public Optional<ReportedNumber> number(String column) {
    requireNonNull(column, "column");
    int c = profile.schema().requireIndex(column);
    checkArgument(!profile.schema().columns().get(c).isMoney(),
        "Column %s holds money; use amount(%s)", column, column);
    return figure(c).map(ReportedNumber.class::cast);
  }

  /**
   * Checks whether another object is the line at the same position of an equal profile.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof BudgetLine o && o.index == index && o.profile.equals(profile);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return profile.hashCode() * 31 + index;
  }

  /**
   * Returns the line as text: {@code Older People › Nursing Care (ITEM): employees 0.0, …}.
   *
   * @return the line as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.join(" › ", path())).append(" (").append(kind()).append(')');
    if (kind() == LineKind.GROUP) {
      return sb.append(": ").append(members().size()).append(" members").toString();
    }
    String sep = ": ";
    List<BudgetColumn> cols = profile.schema().columns();
    for (int c = 0; c < cols.size(); c++) {
      long v = profile.cell(index, c);
      if (v != BudgetProfile.BLANK) {
        sb.append(sep).append(cols.get(c).key()).append(' ').append(profile.cellText(index, c, v));
        sep = ", ";
      }
    }
    return sb.toString();
  }
}
