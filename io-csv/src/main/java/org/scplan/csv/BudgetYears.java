package org.scplan.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetSchema;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.Severity;
import org.scplan.csv.internal.Labels;

/**
 * The year stage of reading a budget table: which financial year the budget is for, and which
 * columns belong to it, to the year before (comparatives) or to other years (profiles of their
 * own). Not API.
 */
final class BudgetYears {
  private final TableOptions options;
  private final Problems problems;
  private final BudgetCells cells;
  private final BudgetLayout l;

  BudgetYears(TableOptions options, Problems problems, BudgetCells cells) {
    this.options = options;
    this.problems = problems;
    this.cells = cells;
    this.l = cells.l;
  }

  /**
   * The budget's year: the one the table names (the latest year among its columns' headings, else
   * its title's, else its line names' heading), and --year only for a table that names none. A
   * --year that contradicts the table's own is reported, not obeyed.
   */
  Optional<FinancialYear> profileYear() {
    Optional<FinancialYear> named = namedYear();
    if (named.isPresent() && options.year().isPresent() && !named.equals(options.year())) {
      problems.note(CsvRules.YEAR_FROM_TABLE, Severity.WARNING, problems.file(), "--year " + options.year().get()
          + " was given, but the table names " + named.get() + "; the table's own year is used");
    }
    return named.isPresent() ? named : options.year();
  }

  private Optional<FinancialYear> namedYear() {
    Optional<FinancialYear> latest = l.keys.keySet().stream().filter(c -> !l.byYearLabel.contains(c))
        .map(c -> l.headings.year[c]).filter(y -> y != null).max(FinancialYear::compareTo);
    if (latest.isPresent()) {
      return latest;
    }
    for (String t : l.titles) {
      List<FinancialYear> y = Labels.years(t);
      if (!y.isEmpty()) {
        return Optional.of(y.get(y.size() - 1));
      }
    }
    return l.names >= 0 ? Optional.ofNullable(l.headings.year[l.names]) : Optional.empty();
  }

  Map<FinancialYear, List<BudgetTables.Col>> columnsByYear(FinancialYear year) {
    Headings h = l.headings;
    BudgetSchema schema = l.schema.schema();
    Map<FinancialYear, Map<String, Integer>> taken = new TreeMap<>();
    Map<FinancialYear, List<BudgetTables.Col>> result = new TreeMap<>();
    result.put(year, new ArrayList<>());
    for (Map.Entry<Integer, String> e : l.keys.entrySet()) {
      int c = e.getKey();
      BudgetColumn column = schema.column(e.getValue());
      FinancialYear y = l.byYearLabel.contains(c) || h.year[c] == null ? year : h.year[c];
      if (!y.equals(year)) {
        Optional<String> of = Optional.of(column.key());
        Optional<BudgetColumn> comparative = schema.columns().stream()
            .filter(x -> x.comparativeOf().equals(of)).findFirst();
        if (comparative.isPresent() && y.equals(year.previous())) {
          column = comparative.get();
          y = year;
        } else if (options.yearColumns() == YearColumns.COMPARATIVES) {
          BudgetColumn memo = column.isMoney() ? BudgetColumn.amount(column.key() + "-" + keyOf(h.year[c]), y + " "
              + column.label()) : BudgetColumn.number(column.key() + "-" + keyOf(h.year[c]), y + " " + column.label());
          column = memo.withComparativeOf(column.key());
          y = year;
        }
      }
      add(result, taken, y, c, column);
    }
    for (int c : l.extra) {
      FinancialYear y = h.year[c] == null || options.yearColumns() == YearColumns.COMPARATIVES ? year : h.year[c];
      String printed = h.heading[c].isEmpty() ? "Column " + (c + 1) : h.heading[c];
      boolean number = printed.contains("%")
          || Labels.words(printed).matches("(.* )?(fte|ftes|percent|percentage|share|headcount|number|no)( .*)?")
          || l.stats.of(c)[2] > 0;
      String key = Labels.key(printed, "column-" + (c + 1));
      BudgetColumn column = number ? BudgetColumn.number(key, printed) : BudgetColumn.amount(key, printed);
      add(result, taken, y, c, column);
    }
    return result;
  }

  private static String keyOf(FinancialYear y) {
    return y.startYear() + "-" + String.valueOf(y.endYear()).substring(2);
  }

  private void add(Map<FinancialYear, List<BudgetTables.Col>> result, Map<FinancialYear, Map<String, Integer>> taken,
      FinancialYear y, int c, BudgetColumn column) {
    Map<String, Integer> keys = taken.computeIfAbsent(y, k -> new HashMap<>());
    List<BudgetTables.Col> cols = result.computeIfAbsent(y, k -> new ArrayList<>());
    boolean inSchema = l.schema.schema().indexOf(column.key()) >= 0
        && l.schema.schema().column(column.key()).equals(column);
    Integer earlier = keys.get(column.key());
    if (earlier != null && inSchema) {
      Headings h = l.headings;
      problems.problem(CsvRules.HEADER_DUPLICATE, cells.locate(h.cell[c], c), "Headings "
          + Headings.quoted(h.heading[earlier]) + " (column " + (earlier + 1) + ") and "
          + Headings.quoted(h.heading[c]) + " (column " + (c + 1) + ") both name column " + column.label()
          + " of schema " + l.schema.name() + " for " + y, "one heading for " + column.label(), "two");
      return;
    }
    BudgetColumn unique = column;
    for (int n = 2; keys.containsKey(unique.key()) || !inSchema && l.schema.schema().indexOf(unique.key()) >= 0; n++) {
      unique = BudgetColumn.builder().from(column).key(column.key() + "-" + n).label(column.label() + " (" + n + ")")
          .build();
    }
    keys.put(unique.key(), c);
    AmountUnit unit = options.unit().orElse(l.headings.unit[c]);
    cols.add(new BudgetTables.Col(c, unique, unit));
  }
}
