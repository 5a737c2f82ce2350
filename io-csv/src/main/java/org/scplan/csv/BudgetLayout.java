package org.scplan.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scplan.core.ValueParseException;
import org.scplan.csv.internal.Labels;

/**
 * The layout stage of reading a budget table: how its headings, read as printed or turned on their
 * side, match a budget schema — which column is which schema column, which holds the lines' names
 * and the people, which are extra (memo) columns and which match nothing. {@link #choose} tries
 * every built-in schema (or the one named) both ways round and keeps the best. Not API.
 */
final class BudgetLayout {
  /** How many rows are looked at to tell a column of names from a column of figures. */
  private static final int SAMPLE = 500;
  /** The most rows a table may have to be tried transposed when no option says so. */
  static final int TRANSPOSABLE = 200;

  final TableSchema schema;
  final Headings headings;
  final boolean transposed;
  final RawTable original;
  final List<String> titles;
  int names = -1;
  int people = -1;
  final Map<Integer, String> keys = new LinkedHashMap<>();
  final Set<Integer> byYearLabel = new HashSet<>();
  final List<Integer> extra = new ArrayList<>();
  final List<Integer> unmatched = new ArrayList<>();
  final ColumnStats stats;

  BudgetLayout(TableSchema schema, Headings headings, boolean transposed, RawTable original, List<String> titles,
      ColumnStats stats) {
    this.stats = stats;
    this.schema = schema;
    this.headings = headings;
    this.transposed = transposed;
    this.original = original;
    this.titles = titles;
  }

  int matched() {
    return (int) keys.values().stream().distinct().count();
  }

  /** No heading is left unmatched, the lines have names, and a generic schema matches at least two columns. */
  boolean acceptable() {
    return unmatched.isEmpty() && names >= 0 && (!schema.carriesExtraColumns() || matched() >= 2);
  }

  boolean betterThan(BudgetLayout other) {
    if (other == null) {
      return true;
    }
    if (acceptable() != other.acceptable()) {
      return acceptable();
    }
    if (matched() != other.matched()) {
      return matched() > other.matched();
    }
    if (unmatched.size() != other.unmatched.size()) {
      return unmatched.size() < other.unmatched.size();
    }
    return schema.schema().size() - matched() < other.schema.schema().size() - other.matched();
  }

  /** Which of a column's cells (in the first rows) are figures and which are words. */
  static final class ColumnStats {
    private final Headings headings;
    private final Map<Integer, int[]> counts = new HashMap<>();

    ColumnStats(Headings headings) {
      this.headings = headings;
    }

    int[] of(int c) {
      return counts.computeIfAbsent(c, k -> {
        int figures = 0;
        int words = 0;
        int percents = 0;
        List<RawTable.Row> rows = headings.dataRows();
        for (int i = 0; i < rows.size() && i < SAMPLE; i++) {
          String t = rows.get(i).text(k);
          if (t.isEmpty()) {
            continue;
          }
          if (Labels.isYear(t)) {
            words++;
            continue;
          }
          try {
            TableCell cell = TableCell.parse(t);
            figures++;
            if (cell.isPercent()) {
              percents++;
            }
          } catch (ValueParseException e) {
            words++;
          }
        }
        return new int[] {figures, words, percents};
      });
    }

    boolean hasFigures(int c) {
      return of(c)[0] > 0;
    }

    boolean hasWords(int c) {
      return of(c)[1] > 0;
    }

    boolean isEmpty(int c) {
      return of(c)[0] == 0 && of(c)[1] == 0;
    }
  }

  static BudgetLayout match(TableSchema schema, Headings h, Map<String, String> explicit, boolean transposed,
      RawTable original, List<String> titles, ColumnStats stats) {
    BudgetLayout l = new BudgetLayout(schema, h, transposed, original, titles, stats);
    for (int c = 0; c < h.width; c++) {
      String text = h.heading[c];
      String words = h.words[c];
      if (words.isEmpty()) {
        if (stats.hasWords(c) && !stats.hasFigures(c) && l.names < 0) {
          l.names = c;
        } else if (stats.hasFigures(c)) {
          (schema.carriesExtraColumns() ? l.extra : l.unmatched).add(c);
        }
        continue;
      }
      Optional<String> key = explicitKey(explicit, words, schema);
      boolean withYear = false;
      if (key.isEmpty() && schema.hasLabelsWithYears()) {
        key = schema.matchesWithYear(h.headingWithYear(c));
        withYear = key.isPresent();
      }
      if (key.isEmpty()) {
        key = schema.matchesWords(words);
      }
      if (key.isPresent()) {
        l.keys.put(c, key.get());
        if (withYear) {
          l.byYearLabel.add(c);
        }
      } else if (l.names < 0 && Vocabulary.isLineNamesWords(words)) {
        l.names = c;
      } else if (l.people < 0 && Vocabulary.isPeopleWords(words)) {
        l.people = c;
      } else if (schema.carriesExtraColumns() && stats.hasFigures(c) && stats.of(c)[0] >= stats.of(c)[1]) {
        l.extra.add(c);
      } else if (!stats.isEmpty(c)) {
        l.unmatched.add(c);
      }
    }
    if (l.names < 0) {
      for (Integer c : l.unmatched) {
        if (stats.of(c)[1] > stats.of(c)[0]) {
          l.names = c;
          l.unmatched.remove(c);
          break;
        }
      }
    }
    return l;
  }

  private static Optional<String> explicitKey(Map<String, String> explicit, String words, TableSchema schema) {
    for (Map.Entry<String, String> e : explicit.entrySet()) {
      if (Labels.words(e.getKey()).equals(words) && schema.schema().indexOf(e.getValue()) >= 0) {
        return Optional.of(schema.schema().column(e.getValue()).key());
      }
    }
    return Optional.empty();
  }

  private static int known(List<TableSchema> schemas, String text) {
    if (Vocabulary.isLineNames(text) || Vocabulary.isPeople(text)) {
      return 1;
    }
    for (TableSchema s : schemas) {
      if (s.matches(text).isPresent()) {
        return 1;
      }
    }
    return 0;
  }

  /** Chooses the schema and the way round that match the headings best; null if the table is empty. */
  static BudgetLayout choose(RawTable raw, TableOptions options) {
    List<TableSchema> schemas = options.schema().map(List::of).orElse(TableSchemas.all());
    List<Boolean> ways = options.transposed().map(List::of).orElse(List.of(false, true));
    BudgetLayout best = null;
    for (boolean transposed : ways) {
      if (transposed && options.transposed().isEmpty() && raw.rows().size() > TRANSPOSABLE) {
        continue;
      }
      List<String> titles = new ArrayList<>();
      RawTable original = transposed ? withoutTitles(raw, titles) : raw;
      if (original == null) {
        continue;
      }
      RawTable table = transposed ? original.transposed() : raw;
      Optional<Headings> found = Headings.find(table, t -> known(schemas, t));
      if (found.isEmpty()) {
        continue;
      }
      Headings h = found.get();
      titles.addAll(h.titles);
      ColumnStats stats = new ColumnStats(h);
      for (TableSchema s : schemas) {
        BudgetLayout l = match(s, h, options.columns(), transposed, original, titles, stats);
        boolean allowed = !transposed || options.transposed().isPresent() || l.matched() >= 2;
        if (allowed && l.betterThan(best)) {
          best = l;
        }
      }
    }
    return best;
  }

  private static RawTable withoutTitles(RawTable raw, List<String> titles) {
    int i = 0;
    List<RawTable.Row> rows = raw.rows();
    while (i < rows.size() && rows.get(i).nonBlank() <= 1) {
      rows.get(i).cells().stream().map(RawTable.Cell::clean).filter(s -> !s.isEmpty()).forEach(titles::add);
      i++;
    }
    return i >= rows.size() ? null : raw.from(i);
  }
}
