package org.scplan.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.Finding;
import org.scplan.core.Interval;
import org.scplan.core.Location;
import org.scplan.core.ReportedNumber;
import org.scplan.csv.Vocabulary.RiskField;
import org.scplan.csv.internal.Labels;
import org.scplan.risk.Axis;
import org.scplan.risk.AxisLevel;
import org.scplan.risk.PrintedRating;
import org.scplan.risk.Rating;
import org.scplan.risk.Risk;
import org.scplan.risk.RiskLevel;
import org.scplan.risk.RiskMatrix;
import org.scplan.risk.RiskRegister;

/**
 * Reads a risk table into a {@link RiskRegister} scored on the chosen matrix: one risk per row,
 * its current, target and inherent ratings from rating cells ({@code L4 × I5}, {@code 4 x 5}) or
 * likelihood and impact columns, and its printed scores and levels held against the matrix. Not
 * API.
 */
final class RiskTables {
  private static final Pattern PAIR = Pattern.compile(
      "(?i)(?:L\\s*)?([0-9]{1,2})\\s*(?:[x×*,]|by)\\s*(?:I\\s*)?([0-9]{1,2})|L\\s*([0-9]{1,2})\\s*I\\s*([0-9]{1,2})");
  private static final Pattern NUMBER = Pattern.compile("(?<![0-9.])([0-9]{1,3})(?![0-9.])");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^([0-9]{1,2})(?:\\s*[-–:.)]\\s*.*|\\s+.*)?$");

  private final TableOptions options;
  private final Problems problems;
  private final String defaultTitle;

  RiskTables(TableOptions options, Problems problems, String defaultTitle) {
    this.options = options;
    this.problems = problems;
    this.defaultTitle = defaultTitle;
  }

  /** A rating as printed: the likelihood and impact, the score and the level, each where given. */
  private record Printed(Integer likelihood, Integer impact, Integer score, String band, Location scoreAt,
      Location bandAt, int[] printedBand, String text) {
    Printed(Integer likelihood, Integer impact, Integer score, String band, Location scoreAt, Location bandAt) {
      this(likelihood, impact, score, band, scoreAt, bandAt, null, null);
    }

    Optional<Rating> rating() {
      return likelihood != null && impact != null ? Optional.of(Rating.of(likelihood, impact)) : Optional.empty();
    }

    /** The rating as printed when there is a score or a level but no likelihood and impact. */
    Optional<PrintedRating> asPrinted() {
      if (rating().isPresent() || score == null && band == null || score != null && score < 1) {
        return Optional.empty();
      }
      String shown = text != null ? text : (score == null ? "" : score + (band == null ? "" : " ")) + (band == null
          ? "" : band);
      PrintedRating p = PrintedRating.of(score == null ? OptionalInt.empty() : OptionalInt.of(score),
          Optional.ofNullable(band), shown);
      return Optional.of(printedBand == null ? p : p.withBand(printedBand[0], printedBand[1]));
    }
  }

  /** Words a register's own levels are made of: {@code Medium-High}, {@code Very high}, {@code H}, {@code Amber}. */
  private static final Pattern LEVEL_WORDS = Pattern.compile("((very|high|medium|med|low|amber|red|green|critical|"
      + "severe|major|minor|moderate|significant|extreme|tolerable|negligible|h|m|l|a|r|g)( |$))+");

  /** Words alone, with no figure in them: a status printed where a score would be. */
  private static final Pattern WORDS = Pattern.compile("(?i)[a-z][a-z .,'/-]*[a-z]");

  /** A score band printed with a level: {@code High (16 to 20)}, {@code Medium 8-15}. */
  private static final Pattern BAND_RANGE =
      Pattern.compile("(?i)\\(?\\s*([0-9]{1,3})\\s*(?:to|-|–)\\s*([0-9]{1,3})\\s*\\)?");

  Optional<RiskRegister> read(RawTable raw) {
    Optional<TableFields<RiskField>> found = TableFields.match(raw, RiskField.class, Vocabulary::riskField,
        options, problems, "a risk table",
        "Ref, Risk, Description, Owner, Likelihood, Impact, Score, Level, Current rating,"
            + " Target rating, Inherent rating, Category, Controls");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    TableFields<RiskField> f = found.get();
    if (!f.has(RiskField.REFERENCE) && !f.has(RiskField.TITLE) && !f.has(RiskField.DESCRIPTION)
        && !f.nameByFirstColumnOfWords(RiskField.TITLE)) {
      problems.problem(CsvRules.HEADER_NO_NAMES, f.at(f.headings.table.rows().get(f.headings.labelRow), 0),
          "No column names the risks: no heading reads like Ref, Risk or Description");
    }
    if (problems.hasProblems()) {
      return Optional.empty();
    }
    RiskMatrix matrix = options.matrix();
    String title = f.headings.title(options, defaultTitle);
    RiskRegister.Builder register = RiskRegister.builder().id(problems.sectionId(options, title)).title(title)
        .matrix(matrix);
    options.asAt().ifPresent(register::asAt);
    List<RawTable.Row> rows = f.rows();
    int lastFull = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).nonBlank() >= 2) {
        lastFull = i;
      }
    }
    // Two columns of titles ("Topic" and "Risk identified"): the one headed as the risk names it, the other groups it.
    List<Integer> titles = f.columns(RiskField.TITLE);
    int titleColumn = titles.stream().filter(c -> Labels.words(f.headings.heading[c]).startsWith("risk")).findFirst()
        .orElse(titles.isEmpty() ? -1 : titles.get(0));
    int topicColumn = titles.stream().filter(c -> c != titleColumn).findFirst().orElse(-1);
    String topic = null;
    for (int i = 0; i < rows.size(); i++) {
      RawTable.Row row = rows.get(i);
      if (row.nonBlank() == 1 && lastFull >= 0 && !row.cell(0).isBlank()) {
        // One cell alone: a heading of the rows under it ("Income"), or a note under the table.
        boolean note = i > lastFull;
        problems.note(Finding.info(CsvRules.ROW_NOTE, problems.atRow(row), "Row " + row.number() + " is read as "
            + (note ? "a note under the table" : "a heading of the rows under it") + ": "
            + org.scplan.core.internal.Text.quote(row.cell(0).clean())));
        continue;
      }
      String reference = f.text(row, RiskField.REFERENCE);
      String name = titleColumn < 0 ? "" : row.text(titleColumn);
      if (topicColumn >= 0 && !row.text(topicColumn).isEmpty()) {
        topic = row.text(topicColumn);
      }
      String description = f.text(row, RiskField.DESCRIPTION);
      if (reference.isEmpty() && name.isEmpty() && description.isEmpty()) {
        problems.note(Finding.warning(CsvRules.ROW_NO_NAME, problems.atRow(row), "Row " + row.number()
            + " names no risk (no reference, title or description); it is left out"));
        continue;
      }
      Risk.Builder b = Risk.builder();
      set(reference, b::reference);
      set(name, b::title);
      set(description, b::description);
      set(f.text(row, RiskField.OWNER), b::owner);
      String category = f.text(row, RiskField.CATEGORY);
      set(category.isEmpty() && topicColumn >= 0 && topic != null ? topic : category, b::category);
      for (int c : f.columns(RiskField.CONTROLS)) {
        set(row.text(c), b::addControl);
      }
      String label = reference.isEmpty() ? name.isEmpty() ? description : name : reference;
      Printed current = printed(f, row, matrix, RiskField.CURRENT, RiskField.LIKELIHOOD, RiskField.IMPACT,
          RiskField.SCORE, RiskField.BAND);
      Printed target = printed(f, row, matrix, RiskField.TARGET, RiskField.TARGET_LIKELIHOOD,
          RiskField.TARGET_IMPACT, RiskField.TARGET_SCORE, RiskField.TARGET_BAND);
      Printed inherent = printed(f, row, matrix, RiskField.INHERENT, RiskField.INHERENT_LIKELIHOOD,
          RiskField.INHERENT_IMPACT, null, null);
      current.rating().ifPresent(b::current);
      target.rating().ifPresent(b::target);
      current.asPrinted().ifPresent(b::currentAsPrinted);
      target.asPrinted().ifPresent(b::targetAsPrinted);
      inherent.rating().ifPresent(b::inherent);
      check(current, "current", label, matrix);
      check(target, "target", label, matrix);
      check(inherent, "inherent", label, matrix);
      if (!problems.hasProblems()) {
        register.addRisk(b.build());
      }
    }
    return problems.hasProblems() ? Optional.empty() : Optional.of(register.build());
  }

  private static void set(String text, java.util.function.Consumer<String> setter) {
    if (!text.isEmpty()) {
      setter.accept(text);
    }
  }

  /** Reads the printed rating of one kind from its rating cell, or its likelihood and impact cells. */
  private Printed printed(TableFields<RiskField> f, RawTable.Row row, RiskMatrix matrix, RiskField ratingField,
      RiskField likelihoodField, RiskField impactField, RiskField scoreField, RiskField bandField) {
    Integer likelihood = null;
    Integer impact = null;
    Integer score = null;
    String band = null;
    Location scoreAt = null;
    Location bandAt = null;
    int rc = f.column(ratingField);
    String rating = rc < 0 ? "" : row.text(rc);
    int[] printedBand = null;
    String text = null;
    if (!rating.isEmpty() && !isAbsent(rating)) {
      text = rating;
      String rest = rating;
      // The likelihood and impact first, then a band printed after them: "4x5 High (16 to 25)".
      Matcher pair = PAIR.matcher(rest);
      if (pair.find()) {
        likelihood = Integer.valueOf(pair.group(1) != null ? pair.group(1) : pair.group(3));
        impact = Integer.valueOf(pair.group(2) != null ? pair.group(2) : pair.group(4));
        rest = rest.substring(0, pair.start()) + " " + rest.substring(pair.end());
      }
      Matcher range = BAND_RANGE.matcher(rest);
      if (range.find() && !rest.substring(0, range.start()).isBlank()) {
        printedBand = new int[] {Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))};
        rest = rest.substring(0, range.start()) + " " + rest.substring(range.end());
      }
      Matcher n = NUMBER.matcher(rest);
      if (n.find()) {
        score = Integer.valueOf(n.group(1));
        scoreAt = f.at(row, rc);
      }
      band = level(matrix, rest).orElse(null);
      bandAt = band == null ? null : f.at(row, rc);
      if (likelihood != null && (likelihood < 1 || impact < 1)) {
        f.unreadable(row, rc, "the rating " + Headings.quoted(rating) + " has a level 0; levels are numbered from 1",
            "a rating such as L4 × I5");
        return new Printed(null, null, null, null, null, null);
      }
      String words = NUMBER.matcher(rest).replaceAll(" ");
      String left = band == null ? words : words.replaceAll("(?i)" + Pattern.quote(band), " ");
      if (!Labels.words(left).isEmpty() && LEVEL_WORDS.matcher(Labels.words(words)).matches()) {
        // A level in the register's own words ("Medium-High", "Very high", "H"), even where a level of
        // the matrix is one of its words: kept as printed.
        band = Labels.clean(words);
        bandAt = f.at(row, rc);
      } else if (likelihood == null && score == null && band == null && WORDS.matcher(rating).matches()) {
        // A status where a rating would be ("Risk Not Active"): no rating, and said so.
        problems.note(Finding.info(CsvRules.CELL_WORDS, f.at(row, rc), "Row " + row.number() + ": the rating is"
            + " printed in words, " + org.scplan.core.internal.Text.quote(rating) + "; it is kept as no rating"));
        return new Printed(null, null, null, null, null, null);
      } else if (!Labels.words(left).isEmpty() || likelihood == null && score == null && band == null) {
        f.unreadable(row, rc, "cannot read " + Headings.quoted(rating) + " as a rating on matrix " + matrix.id(),
            "a rating such as L4 × I5 or 4 x 5, with or without its score and level");
        return new Printed(null, null, null, null, null, null);
      }
    }
    int lc = f.column(likelihoodField);
    int ic = f.column(impactField);
    int sc = scoreField == null ? -1 : f.column(scoreField);
    if (averaged(f, row, lc, ic, sc)) {
      return new Printed(null, null, null, null, null, null);
    }
    if (lc >= 0 && !row.text(lc).isEmpty() && !isAbsent(row.text(lc))) {
      likelihood = axisLevel(f, row, lc, matrix.likelihood());
    }
    if (ic >= 0 && !row.text(ic).isEmpty() && !isAbsent(row.text(ic))) {
      impact = axisLevel(f, row, ic, matrix.impact());
    }
    if (sc >= 0 && !row.text(sc).isEmpty() && !isAbsent(row.text(sc))) {
      Matcher n = NUMBER.matcher(row.text(sc));
      if (n.find()) {
        score = Integer.valueOf(n.group(1));
        scoreAt = f.at(row, sc);
      } else if (WORDS.matcher(row.text(sc)).matches()) {
        // A status where a score would be ("Risk Not Active"): no score, and said so.
        problems.note(Finding.info(CsvRules.CELL_WORDS, f.at(row, sc), "Row " + row.number() + ": the score is"
            + " printed in words, " + org.scplan.core.internal.Text.quote(row.text(sc)) + "; it is kept as no score"));
      } else {
        f.unreadable(row, sc, "cannot read " + Headings.quoted(row.text(sc)) + " as a risk score", "a whole number");
      }
      if (band == null) {
        band = level(matrix, row.text(sc)).orElse(null);
        bandAt = band == null ? null : f.at(row, sc);
      }
    }
    int bc = bandField == null ? -1 : f.column(bandField);
    if (bc >= 0 && !row.text(bc).isEmpty() && !isAbsent(row.text(bc))) {
      band = row.text(bc);
      bandAt = f.at(row, bc);
      Matcher range = BAND_RANGE.matcher(band);
      if (range.find() && !band.substring(0, range.start()).isBlank()) {
        printedBand = new int[] {Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))};
        band = Labels.clean(band.substring(0, range.start()) + " " + band.substring(range.end()));
      }
    }
    if ((likelihood == null) != (impact == null)) {
      problems.note(Finding.warning(CsvRules.RISK_RATING_INCOMPLETE, f.at(row, likelihood == null ? ic : lc),
          "Row " + row.number() + " prints " + (likelihood == null ? "an impact but no likelihood"
              : "a likelihood but no impact") + ", so the risk has no " + Labels.words(ratingField.name())
              + " rating"));
      likelihood = null;
      impact = null;
    }
    return new Printed(likelihood, impact, score, band, scoreAt, bandAt, printedBand, text);
  }

  /** A likelihood or impact printed with decimals: an average of people's scores, not a level ({@code 4.2}). */
  private static final Pattern DECIMAL = Pattern.compile("^[0-9]{1,2}\\.[0-9]+$");

  /**
   * Reads likelihood and impact printed as averages with decimals ({@code 4.2}, {@code 5.1}), which no
   * matrix's levels hold: they are never cut down to a level. The printed score is checked as their
   * product by interval arithmetic (4.2 × 5.1 is [4.15 × 5.05, 4.25 × 5.15]), and the row is noted.
   * Returns false, reading nothing, when neither is printed so.
   */
  private boolean averaged(TableFields<RiskField> f, RawTable.Row row, int lc, int ic, int sc) {
    String l = lc < 0 ? "" : row.text(lc);
    String i = ic < 0 ? "" : row.text(ic);
    if (!DECIMAL.matcher(l).matches() && !DECIMAL.matcher(i).matches()) {
      return false;
    }
    String s = sc < 0 ? "" : row.text(sc);
    try {
      Interval li = ReportedNumber.parse(l).interval();
      Interval ii = ReportedNumber.parse(i).interval();
      Interval product = Interval.closed(li.lower().multiply(ii.lower()), li.upper().multiply(ii.upper()));
      if (s.isEmpty()) {
        problems.note(Finding.info(CsvRules.RISK_AVERAGED, f.at(row, lc), "Row " + row.number()
            + " prints likelihood " + l + " and impact " + i + " as averages, not levels of the matrix; the risk is"
            + " not placed on it"));
        return true;
      }
      Interval score = ReportedNumber.parse(s).interval();
      if (!product.overlaps(score)) {
        problems.note(Finding.error(CsvRules.RISK_SCORE_MISMATCH, f.at(row, sc), "Row " + row.number()
            + ": the score is printed as " + s + ", but likelihood " + l + " × impact " + i + " is " + product
            + " as printed").withValues(product.toString(), s));
      } else {
        problems.note(Finding.info(CsvRules.RISK_AVERAGED, f.at(row, lc), "Row " + row.number()
            + " prints likelihood " + l + " and impact " + i + " as averages, not levels of the matrix; the risk is"
            + " not placed on it, and its score " + s + " is their product within rounding"));
      }
    } catch (IllegalArgumentException e) {
      f.unreadable(row, sc < 0 ? lc : sc, "cannot read the averaged rating " + Headings.quoted(l + " × " + i
          + (s.isEmpty() ? "" : " = " + s)), "figures such as 4.2 × 5.1 = 21.42");
    }
    return true;
  }

  private static boolean isAbsent(String text) {
    try {
      TableCell.Kind k = TableCell.parse(text).kind();
      return k == TableCell.Kind.ABSENT || k == TableCell.Kind.NIL;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Reads a likelihood or impact: its level number ({@code 4}, {@code 4 - Likely}) or its label ({@code Likely}). */
  private Integer axisLevel(TableFields<RiskField> f, RawTable.Row row, int c, Axis axis) {
    String t = row.text(c);
    Matcher m = LEADING_NUMBER.matcher(t);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      if (n >= 1 && n <= AxisLevel.MAX_NUMBER) {
        return n;
      }
    }
    for (AxisLevel level : axis.levels()) {
      if (level.label().equalsIgnoreCase(t)) {
        return level.number();
      }
    }
    f.unreadable(row, c, "cannot read " + Headings.quoted(t) + " as a level of " + axis.name(), "a level number "
        + axis.range() + " or a label of " + axis.name());
    return null;
  }

  /** The matrix level a text names, as the matrix spells it. */
  private static Optional<String> level(RiskMatrix matrix, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (RiskLevel l : matrix.levels()) {
      if (Pattern.compile("\\b" + Pattern.quote(l.name().toLowerCase(Locale.ROOT)) + "\\b").matcher(lower).find()) {
        return Optional.of(l.name());
      }
    }
    return Optional.empty();
  }

  /** Holds a printed score and level against what the matrix gives the printed rating. */
  private void check(Printed p, String kind, String label, RiskMatrix matrix) {
    // A risk rated only by its printed score has that score's band checked with the register (PrintedRating).
    Integer printedScore = p.rating().isEmpty() ? null : p.score() != null ? p.score()
        : p.rating().filter(matrix::contains).map(matrix::score).orElse(null);
    if (p.printedBand() != null && printedScore != null
        && (printedScore < p.printedBand()[0] || printedScore > p.printedBand()[1])) {
      problems.note(Finding.error(CsvRules.RISK_BAND_MISMATCH, p.bandAt(), "Risk " + label + ": the " + kind
          + " score " + printedScore + " lies outside the band printed with its level (" + p.band() + " "
          + p.printedBand()[0] + " to " + p.printedBand()[1] + ")")
          .withValues(p.printedBand()[0] + " to " + p.printedBand()[1], String.valueOf(printedScore)));
    }
    Optional<Rating> rating = p.rating();
    if (rating.isEmpty() || !matrix.contains(rating.get())) {
      return;
    }
    int score = matrix.score(rating.get());
    String level = matrix.level(rating.get()).name();
    if (p.score() != null && p.score() != score) {
      problems.note(Finding.error(CsvRules.RISK_SCORE_MISMATCH, p.scoreAt(), "Risk " + label + ": the " + kind
          + " score is printed as " + p.score() + ", but matrix " + matrix.id() + " scores " + rating.get() + " "
          + score).withValues(String.valueOf(score), String.valueOf(p.score())));
    }
    if (p.band() != null && p.printedBand() == null && !p.band().equalsIgnoreCase(level)) {
      boolean known = matrix.level(p.band()).isPresent();
      problems.note(Finding.error(CsvRules.RISK_BAND_MISMATCH, p.bandAt(), "Risk " + label + ": the " + kind
          + " level is printed as " + p.band() + ", but matrix " + matrix.id() + " puts " + rating.get() + " (score "
          + score + ") in " + level + (known ? "" : "; " + p.band() + " is not a level of the matrix"))
          .withValues(level, p.band()));
    }  }
}
