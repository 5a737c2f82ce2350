package org.scplan.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.scplan.core.AmountUnit;
import org.scplan.core.CalendarMonth;
import org.scplan.core.FinancialQuarter;
import org.scplan.core.FinancialYear;
import org.scplan.core.Finding;
import org.scplan.core.Rag;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.Severity;
import org.scplan.core.ValueParseException;
import org.scplan.csv.Vocabulary.IndicatorField;
import org.scplan.csv.internal.Labels;
import org.scplan.performance.Actual;
import org.scplan.performance.Basis;
import org.scplan.performance.Frequency;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.performance.RagRule;
import org.scplan.core.Polarity;
import org.scplan.performance.Target;
import org.scplan.performance.IndicatorUnit;

/**
 * Reads an indicator table into an {@link IndicatorSet}: one indicator per row, with its result,
 * target, floor, last result and printed status for the periods the headings (or an option) name,
 * rated by the chosen rule. A printed status the rule does not give is reported when the set is
 * checked ({@code performance.rag.mismatch}). Not API.
 */
final class IndicatorTables {
  private static final Pattern QUARTER = Pattern.compile("(?i)\\bQ[1-4]\\s*(?:FY\\s*)?[0-9]{4}\\s*[-/–]\\s*[0-9]{2,4}");

  /** A figure and a colour in one cell: {@code 95.4% Red}, {@code 12 (Green)}. */
  private static final Pattern COLOURED = Pattern.compile(
      "(?i)^\\s*([-(£]?[0-9][0-9,.]*%?\\)?)\\s*\\(?(red|amber|green)\\)?\\s*$");

  private final TableOptions options;
  private final Problems problems;
  private final String defaultTitle;
  /** The statuses printed in words read so far, each with its rating, for the note that says so. */
  private final Map<String, Rag> statusWords = new LinkedHashMap<>();
  /** Whether any status is printed as a colour (Red, A, G) or a council's own code. */
  private boolean coloured;

  IndicatorTables(TableOptions options, Problems problems, String defaultTitle) {
    this.options = options;
    this.problems = problems;
    this.defaultTitle = defaultTitle;
  }

  /** A column of values or targets and the period it is for. */
  private record Periodic(int column, ReportingPeriod period) {}

  Optional<IndicatorSet> read(RawTable raw) {
    Optional<TableFields<IndicatorField>> found = TableFields.match(raw, IndicatorField.class,
        Vocabulary::indicatorField, options, problems, "an indicator table",
        "Ref, Indicator, Actual or Outturn, Target, Floor, Previous, RAG, Polarity, IndicatorUnit, Manager, Frequency");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    TableFields<IndicatorField> f = found.get();
    if (!f.has(IndicatorField.REFERENCE) && !f.has(IndicatorField.TITLE)) {
      // A column headed "Target" that holds each target's wording, not figures, names the indicators.
      f.retitle(IndicatorField.TARGET, IndicatorField.TITLE);
    }
    if (!f.has(IndicatorField.REFERENCE) && !f.has(IndicatorField.TITLE)
        && !f.nameByFirstColumnOfWords(IndicatorField.TITLE)) {
      problems.problem(CsvRules.HEADER_NO_NAMES, f.at(f.headings.table.rows().get(f.headings.labelRow), 0),
          "No column names the indicators: no heading reads like Ref or Indicator");
    }
    List<Periodic> values = periodic(f, IndicatorField.VALUE);
    List<Periodic> targets = periodic(f, IndicatorField.TARGET);
    List<Periodic> previous = new ArrayList<>();
    for (int c : f.columns(IndicatorField.PREVIOUS)) {
      Optional<ReportingPeriod> own = ownPeriod(f.headings, c);
      Optional<ReportingPeriod> p = own.isPresent() ? own
          : values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1).period().previous());
      if (p.isEmpty()) {
        missingPeriod(f, c);
      } else {
        previous.add(new Periodic(c, p.get()));
      }
    }
    if (problems.hasProblems()) {
      return Optional.empty();
    }
    String title = f.headings.title(options, defaultTitle);
    IndicatorSet.Builder set = IndicatorSet.builder().id(problems.sectionId(options, title)).title(title)
        .rule(options.rule());
    Set<ReportingPeriod> targetPeriods = new LinkedHashSet<>();
    targets.forEach(t -> targetPeriods.add(t.period()));
    set.addAllTargetPeriods(targetPeriods);
    String group = null;
    boolean assumed = false;
    for (RawTable.Row row : f.rows()) {
      if (f.repeatsHeadings(row)) {
        problems.note(Finding.info(CsvRules.ROW_NOTE, problems.atRow(row), "Row " + row.number()
            + " repeats the headings of its columns: a heading of the rows under it, not an indicator"));
        continue;
      }
      String reference = f.text(row, IndicatorField.REFERENCE);
      String name = f.text(row, IndicatorField.TITLE);
      boolean starred = name.endsWith("*");
      name = name.replaceFirst("\\s*\\*+$", "");
      if (reference.isEmpty() && name.isEmpty()) {
        continue;
      }
      if (onlyNames(f, row)) {
        group = name.isEmpty() ? reference : name;
        continue;
      }
      Indicator.Builder b = Indicator.builder().title(name.isEmpty() ? reference : name);
      if (!reference.isEmpty()) {
        b.reference(reference);
      }
      if (group != null) {
        b.group(group);
      }
      Polarity polarity = polarity(f, row);
      if (polarity == null) {
        polarity = options.polarity().orElse(Polarity.HIGHER_IS_BETTER);
        assumed |= options.polarity().isEmpty();
      }
      b.polarity(polarity);
      text(f, row, IndicatorField.MANAGER).ifPresent(b::accountableManager);
      text(f, row, IndicatorField.SOURCE).ifPresent(b::source);
      frequency(f, row).ifPresent(b::frequency);
      Row r = new Row(f, row);
      IndicatorUnit unit = unit(f, row);
      b.unit(unit);
      for (Periodic t : targets) {
        // A star marks a baseline only in a column of targets or baselines ("2018-19 Target/base line*");
        // beside a column of baselines of its own, a target column holds targets.
        r.cell(t.column()).ifPresent(cell -> target(cell, t, unit, namesBaseline(f, t.column()) && (starred
            || cell.footnotes().contains("*")) || onlyBaseline(f, t.column())).ifPresent(b::addTarget));
      }
      Actual latest = null;
      for (Periodic v : values) {
        Rag colour = null;
        // A result printed with its colour in the same cell ("95.4% Red"), as a page's coloured cell
        // comes out when copied: the figure, with the colour as its published status.
        Optional<TableCell> cell = Optional.empty();
        Matcher coloured = COLOURED.matcher(row.text(v.column()));
        if (coloured.matches()) {
          try {
            cell = Optional.of(TableCell.parse(coloured.group(1)));
            colour = Rag.parse(coloured.group(2));
          } catch (ValueParseException e) {
            cell = Optional.empty(); // not one figure after all: read as the cell is printed
          }
        }
        if (cell.isEmpty()) {
          cell = r.cell(v.column());
        }
        if (cell.isPresent()) {
          Optional<Actual> a = actual(cell.get(), v.period(), status(f.headings.heading[v.column()]), unit);
          if (colour != null) {
            Rag printed = colour;
            a = a.map(x -> x.withPublishedRag(printed));
          }
          if (a.isPresent()) {
            latest = a.get();
            b.addActual(latest);
          }
          if (cell.get().qualifier().filter("FY"::equals).isPresent()) {
            b.basis(Basis.CUMULATIVE_YEAR_TO_DATE);
          }
        }
      }
      for (Periodic p : previous) {
        r.cell(p.column()).flatMap(cell -> actual(cell, p.period(), Actual.Status.REPORTED, unit))
            .ifPresent(b::addActual);
      }
      for (int c : f.columns(IndicatorField.FLOOR)) {
        r.cell(c).filter(TableCell::isFigure).ifPresent(cell -> b.floor(value(cell, unit)));
      }
      Optional<Rag> rag = rag(f, row);
      if (rag.isPresent()) {
        if (latest == null || latest.value().isEmpty()) {
          problems.note(Finding.warning(CsvRules.STATUS_WITHOUT_RESULT, f.at(row,
              f.column(IndicatorField.STATUS)), "Row " + row.number() + " prints the status " + rag.get()
                  + " for " + (reference.isEmpty() ? name : reference) + " but no result to rate"));
        } else {
          Actual rated = latest.withPublishedRag(rag.get());
          List<Actual> actuals = new ArrayList<>(b.build().actuals());
          actuals.set(actuals.lastIndexOf(latest), rated);
          b.actuals(actuals);
        }
      }
      if (!problems.hasProblems()) {
        set.addIndicator(b.build());
      }
    }
    if (problems.hasProblems()) {
      return Optional.empty();
    }
    if (!statusWords.isEmpty()) {
      // Statuses of two states in words ("target achieved", "below target") say met or missed: a
      // scheme with no amber band, which the set is held to unless a rule is given.
      boolean twoStates = !coloured && !statusWords.containsValue(Rag.AMBER)
          && options.rule().equals(RagRule.kentFloor());
      if (twoStates) {
        set.rule(RagRule.margin(BigDecimal.ZERO));
      }
      problems.note(CsvRules.CELL_WORDS, Severity.INFO, problems.file(), "Statuses printed in words are read as"
          + " ratings: " + statusWords.entrySet().stream().map(e -> org.scplan.core.internal.Text.quote(e.getKey())
              + " as " + e.getValue()).collect(Collectors.joining(", "))
          + (twoStates ? "; they have two states, met or missed, so each result is held against its target alone"
              + " (rule margin-0, no amber band; give --rule to hold them to another)" : "")
          + " (give --status-map to read them otherwise)");
    }
    if (assumed) {
      problems.note(CsvRules.POLARITY_ASSUMED, Severity.INFO, problems.file(), "No polarity is printed or given;"
          + " higher is taken to be better for every indicator (give --polarity, or a Polarity column)");
    }
    return Optional.of(set.build());
  }

  /** The cells of a row, read with problems reported. */
  private record Row(TableFields<IndicatorField> fields, RawTable.Row row) {
    Optional<TableCell> cell(int c) {
      return fields.figureOrWords(row, c, "the figure");
    }
  }

  private List<Periodic> periodic(TableFields<IndicatorField> f, IndicatorField field) {
    List<Periodic> result = new ArrayList<>();
    for (int c : f.columns(field)) {
      Optional<ReportingPeriod> p = ownPeriod(f.headings, c).or(() -> quarterOfBase(f, c)).or(() -> month(f, c))
          .or(() -> neighbours(f, c)).or(() -> f.headings.titleYear().map(ReportingPeriod.class::cast))
          .or(options::period);
      if (p.isEmpty()) {
        missingPeriod(f, c);
      } else {
        result.add(new Periodic(c, p.get()));
      }
    }
    return result;
  }

  private void missingPeriod(TableFields<IndicatorField> f, int c) {
    problems.problem(CsvRules.YEAR_MISSING, problems.at(f.headings.cell[c], f.headings.heading[c]), "Heading "
        + Headings.quoted(f.headings.heading[c]) + " (column " + (c + 1) + ") names no period; give the period"
        + " of the results and targets (--period 2018-19)");
  }

  /**
   * The period of the nearest column of results or targets whose heading names one, a period printed
   * once for the columns beside it ("Q3 2020/21 Value", then "Target").
   */
  private static Optional<ReportingPeriod> neighbours(TableFields<IndicatorField> f, int c) {
    List<Integer> periodic = new ArrayList<>();
    periodic.addAll(f.columns(IndicatorField.VALUE));
    periodic.addAll(f.columns(IndicatorField.TARGET));
    return periodic.stream().filter(x -> x != c && ownPeriod(f.headings, x).isPresent())
        .min(java.util.Comparator.comparingInt((Integer x) -> Math.abs(x - c)).thenComparingInt(x -> x))
        .flatMap(x -> ownPeriod(f.headings, x));
  }

  /** A quarter printed without its year ({@code Q1 (April to June 2019)}), in the year the title or a heading names. */
  private Optional<ReportingPeriod> quarterOfBase(TableFields<IndicatorField> f, int c) {
    Matcher q = Vocabulary.QUARTER_HEADING.matcher(f.headings.heading[c].strip());
    if (!q.find()) {
      return Optional.empty();
    }
    Optional<FinancialYear> base = f.headings.titleYear().or(() -> options.period()
        .map(p -> FinancialYear.from(p.start())));
    return base.map(y -> FinancialQuarter.of(y, Integer.parseInt(q.group(1))));
  }

  /**
   * A month heading ({@code Apr}, {@code May 2011}): with its own year, that month; without, the month
   * of the financial year the title or {@code --period} names (April to December in its first calendar
   * year, January to March in its second).
   */
  private Optional<ReportingPeriod> month(TableFields<IndicatorField> f, int c) {
    Matcher m = Vocabulary.MONTH_HEADING.matcher(f.headings.heading[c].strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = java.util.List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
        .indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)) + 1;
    if (m.group(2) != null) {
      int y = Integer.parseInt(m.group(2));
      return Optional.of(CalendarMonth.of(y < 100 ? 2000 + y : y, month));
    }
    Optional<FinancialYear> base = f.headings.titleYear().or(() -> options.period()
        .map(p -> FinancialYear.from(p.start())));
    return base.map(y -> CalendarMonth.of(month >= 4 ? y.startYear() : y.startYear() + 1, month));
  }

  private static Optional<ReportingPeriod> ownPeriod(Headings h, int c) {
    Matcher q = QUARTER.matcher(h.heading[c]);
    if (q.find()) {
      try {
        return Optional.of(ReportingPeriod.parse(q.group()));
      } catch (IllegalArgumentException e) {
        // not a quarter after all; look for a year
      }
    }
    return Optional.ofNullable(h.year[c]);
  }

  private static boolean onlyNames(TableFields<IndicatorField> f, RawTable.Row row) {
    for (int c = 0; c < row.size(); c++) {
      if (c != f.column(IndicatorField.REFERENCE) && c != f.column(IndicatorField.TITLE) && !row.text(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** A heading's words that name baselines: {@code baseline}, {@code target base line}. */
  private static final Pattern BASELINE = Pattern.compile("(.* )?(baseline|base line)( .*)?");

  /** Whether a column's heading names baselines ({@code Baseline}, {@code Target/base line}). */
  private static boolean namesBaseline(TableFields<IndicatorField> f, int c) {
    return BASELINE.matcher(Labels.words(f.headings.heading[c])).matches();
  }

  /** Whether a column holds baselines alone: its heading names baselines and no targets. */
  private static boolean onlyBaseline(TableFields<IndicatorField> f, int c) {
    String w = Labels.words(f.headings.heading[c]);
    return BASELINE.matcher(w).matches() && !w.contains("target");
  }

  private static Actual.Status status(String heading) {
    String w = Labels.words(heading);
    if (w.matches("(.* )?(estimated|estimate)( .*)?")) {
      return Actual.Status.ESTIMATED;
    }
    if (w.matches("(.* )?(forecast|projected)( .*)?")) {
      return Actual.Status.FORECAST;
    }
    if (w.matches("(.* )?provisional( .*)?")) {
      return Actual.Status.PROVISIONAL;
    }
    return Actual.Status.REPORTED;
  }

  private static Optional<String> text(TableFields<IndicatorField> f, RawTable.Row row, IndicatorField field) {
    String t = f.text(row, field);
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** Words councils print where neither higher nor lower is better: "Representative of the borough", "Data only". */
  private static final Pattern NEITHER = Pattern.compile(
      "(representative|in line|within|contextual|context|data only|monitor|monitoring|tracking)( .*)?");

  private Polarity polarity(TableFields<IndicatorField> f, RawTable.Row row) {
    String t = f.text(row, IndicatorField.POLARITY);
    if (NEITHER.matcher(Labels.words(t)).matches()) {
      problems.note(Finding.info(CsvRules.CELL_WORDS, f.at(row, f.column(IndicatorField.POLARITY)), "Row "
          + row.number() + ": the polarity is printed " + org.scplan.core.internal.Text.quote(t)
          + ", which says neither higher nor lower is better; the indicator has no polarity"));
      return Polarity.NONE;
    }
    return f.read(row, IndicatorField.POLARITY, x -> Polarity.parse(x.replaceFirst("(?i)^(high|low)$", "$1er")),
        "a polarity", "higher, lower or none").orElse(null);
  }

  private Optional<Frequency> frequency(TableFields<IndicatorField> f, RawTable.Row row) {
    return f.read(row, IndicatorField.FREQUENCY, Frequency::parse, "a frequency",
        "monthly, quarterly, termly or annually");
  }

  private Optional<Rag> rag(TableFields<IndicatorField> f, RawTable.Row row) {
    String t = f.text(row, IndicatorField.STATUS);
    for (java.util.Map.Entry<String, Rag> code : options.statusMap().entrySet()) {
      if (code.getKey().strip().equalsIgnoreCase(t)) {
        coloured = true;
        return Optional.of(code.getValue());
      }
    }
    if (Vocabulary.isNoStatus(t)) {
      return Optional.empty(); // "-", "n/a": no status printed
    }
    Optional<Rag> worded = Vocabulary.statusWords(t);
    if (worded.isPresent()) {
      statusWords.putIfAbsent(t, worded.get());
      return worded;
    }
    coloured = true;
    return f.read(row, IndicatorField.STATUS, Rag::parse, "a RAG status", "Red, Amber or Green (R, A, G)"
        + (options.statusMap().isEmpty() ? "; a council's own codes are given with --status-map"
            : " or one of " + String.join(", ", options.statusMap().keySet())));
  }

  /** The unit: the row's IndicatorUnit cell, else what its figures show (% or £), else a count. */
  private IndicatorUnit unit(TableFields<IndicatorField> f, RawTable.Row row) {
    Optional<IndicatorUnit> printed = f.read(row, IndicatorField.UNIT, IndicatorUnit::parse, "a unit", "%, count, £, £'000 or £m");
    if (printed.isPresent()) {
      return printed.get();
    }
    List<Integer> columns = new ArrayList<>();
    for (IndicatorField field : List.of(IndicatorField.VALUE, IndicatorField.TARGET, IndicatorField.PREVIOUS,
        IndicatorField.FLOOR)) {
      columns.addAll(f.columns(field));
    }
    for (int col : columns) {
      try {
        TableCell cell = TableCell.parse(row.cell(col).text());
        if (cell.isPercent()) {
          return IndicatorUnit.PERCENTAGE;
        }
        if (cell.hasCurrency() || cell.unit().isPresent()) {
          return IndicatorUnit.money(cell.unit().orElse(AmountUnit.POUNDS));
        }
      } catch (ValueParseException e) {
        // reported when the cell is read for its figure
      }
    }
    return IndicatorUnit.COUNT;
  }

  /**
   * A figure as the indicator holds it: money in pounds, a plain figure in the unit the row prints
   * its money in ({@code 1.5} in a row whose unit is {@code £m} is £1,500,000), a figure printed
   * with its own unit in that unit.
   */
  private static BigDecimal value(TableCell cell, IndicatorUnit unit) {
    if (unit.kind() == IndicatorUnit.Kind.MONEY) {
      return cell.toAmount(unit.amountUnit().orElse(AmountUnit.POUNDS)).value();
    }
    return cell.value().orElseThrow();
  }

  private static Optional<Target> target(TableCell cell, Periodic p, IndicatorUnit unit, boolean baseline) {
    return switch (cell.kind()) {
      case BLANK -> Optional.empty();
      case NIL, ABSENT -> Optional.of(Target.placeholder(p.period(), cell.words().orElseThrow()));
      case FIGURE -> Optional.of(baseline ? Target.baseline(p.period(), value(cell, unit))
          : Target.of(p.period(), value(cell, unit)));
    };
  }

  private static Optional<Actual> actual(TableCell cell, ReportingPeriod period, Actual.Status status, IndicatorUnit unit) {
    return switch (cell.kind()) {
      case BLANK -> Optional.empty();
      case NIL, ABSENT -> Optional.of(Actual.missing(period, cell.words().orElseThrow()));
      case FIGURE -> Optional.of(Actual.of(status, period, value(cell, unit)));
    };
  }
}
