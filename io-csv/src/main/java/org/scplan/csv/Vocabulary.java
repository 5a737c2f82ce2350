package org.scplan.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scplan.core.Rag;
import org.scplan.csv.internal.Labels;

/**
 * The headings a table reader knows besides a schema's columns: the column of line names, the
 * column of people, and the columns of indicator and risk tables. Headings are compared by their
 * words ({@link Labels#words(String)}). Not API.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Headings of the column that names the lines of a budget table. */
  static final List<String> LINE_NAMES = List.of("line", "lines", "budget line", "activity budget line", "activity",
      "service", "services", "service area", "service line", "division", "divisions", "description", "item",
      "cost centre", "area", "department", "directorate", "heading", "budget heading", "name", "portfolio",
      "client group", "account", "subjective", "objective");

  /** Headings of the column that names who is responsible for a line. */
  static final List<String> PEOPLE = List.of("cabinet member", "responsible", "responsible officer",
      "responsible manager", "budget holder", "budget manager", "manager", "accountable manager",
      "portfolio holder", "lead officer", "head of service");

  /** The fields of an indicator table. */
  enum IndicatorField {
    REFERENCE("ref", "reference", "pi ref", "kpi ref", "indicator ref", "code", "ref no", "no", "id", "pi"),
    TITLE("indicator", "indicator description", "description", "measure", "performance measure",
        "performance measure or activity", "title", "kpi", "performance indicator", "activity description",
        "indicator name", "name", "measure description"),
    VALUE("actual", "value", "outturn", "result", "outcome", "achieved", "performance", "latest", "current",
        "actual performance",
        "estimated performance", "forecast", "estimated outturn", "forecast outturn", "provisional outturn",
        "current value", "latest value", "annual perf", "annual performance", "perf"),
    TARGET("target", "target performance", "target base line", "target baseline", "baseline", "base line",
        "target value"),
    FLOOR("floor", "floor performance standard", "floor standard", "minimum", "minimum standard", "floor target"),
    PREVIOUS("previous", "last year", "last value", "previous value", "previous outturn", "prior year",
        "last outturn", "previous year"),
    STATUS("rag", "status", "rag status", "rag rating", "rating"),
    POLARITY("polarity", "direction", "good is", "better", "higher or lower is better"),
    UNIT("unit", "units", "measure unit"),
    MANAGER("accountable manager", "manager", "lead", "owner", "lead officer", "responsible officer", "responsible",
        "responsibility", "accountable officer"),
    FREQUENCY("frequency", "monitoring frequency"),
    SOURCE("link to strategic priority", "source", "link", "priority", "link to priority");

    private final List<String> headings;

    IndicatorField(String... headings) {
      this.headings = List.of(headings);
    }

    List<String> headings() {
      return headings;
    }
  }

  /** The fields of a risk table. */
  enum RiskField {
    REFERENCE("ref", "reference", "crr", "risk ref", "risk id", "risk no", "risk number", "id", "no", "risk reference"),
    TITLE("risk", "risk title", "title", "key topic", "topic", "risk name", "name"),
    DESCRIPTION("description", "risk description", "key areas of risk", "details", "cause and effect",
        "risk event", "event"),
    OWNER("owner", "risk owner", "lead", "responsible officer", "lead officer", "manager", "responsible",
        "responsibility", "risk lead", "accountable officer"),
    LIKELIHOOD("likelihood", "l", "probability", "current likelihood", "current l", "likelihood score"),
    IMPACT("impact", "i", "consequence", "severity", "current impact", "current i", "current consequence",
        "impact score", "impact on services score", "impact on services"),
    SCORE("score", "risk score", "current score", "l x i", "current risk score", "current rating score",
        "total risk score", "total score", "overall risk score", "overall score", "overall"),
    BAND("band", "level", "risk level", "rag", "current rag", "current level", "current risk level", "h m l",
        "rating h m l", "risk rating h m l"),
    CURRENT("current rating", "current risk rating", "current risk", "rating", "risk rating"),
    TARGET("target rating", "target risk rating", "target", "target risk", "residual rating", "residual risk",
        "residual risk rating"),
    TARGET_LIKELIHOOD("target likelihood", "target l", "residual likelihood"),
    TARGET_IMPACT("target impact", "target i", "residual impact", "target consequence"),
    TARGET_SCORE("target score", "target risk score", "residual score"),
    TARGET_BAND("target level", "target band", "target rag", "residual level"),
    INHERENT("inherent rating", "inherent risk", "inherent risk rating", "gross risk", "gross rating"),
    INHERENT_LIKELIHOOD("inherent likelihood", "inherent l"),
    INHERENT_IMPACT("inherent impact", "inherent i"),
    CATEGORY("category", "risk category", "type"),
    CONTROLS("controls", "current controls", "existing controls", "mitigation", "controls in place");

    private final List<String> headings;

    RiskField(String... headings) {
      this.headings = List.of(headings);
    }

    List<String> headings() {
      return headings;
    }
  }

  private static final Map<String, IndicatorField> INDICATOR_WORDS = new HashMap<>();
  private static final Map<String, RiskField> RISK_WORDS = new HashMap<>();

  static {
    for (IndicatorField f : IndicatorField.values()) {
      for (String h : f.headings()) {
        INDICATOR_WORDS.putIfAbsent(Labels.words(h), f);
      }
    }
    for (RiskField f : RiskField.values()) {
      for (String h : f.headings()) {
        RISK_WORDS.putIfAbsent(Labels.words(h), f);
      }
    }
  }

  /** Whether a heading names the column of line names. */
  static boolean isLineNames(String heading) {
    return isLineNamesWords(Labels.words(heading));
  }

  /** Whether a heading's words name the column of line names. */
  static boolean isLineNamesWords(String words) {
    return LINE_NAMES.contains(words);
  }

  /** Whether a heading names the column of people. */
  static boolean isPeople(String heading) {
    return isPeopleWords(Labels.words(heading));
  }

  /** Whether a heading's words name the column of people. */
  static boolean isPeopleWords(String words) {
    return PEOPLE.contains(words);
  }

  /**
   * The indicator field a heading names, if any: the heading's words are those of a known heading,
   * or else begin with them ({@code Indicator Description Monthly snapshot unless stated} is an
   * {@code Indicator Description}), the longest such beginning deciding.
   */
  static Optional<IndicatorField> indicatorField(String heading) {
    Optional<IndicatorField> known = lookUp(INDICATOR_WORDS, Labels.words(heading));
    if (known.isPresent()) {
      return known;
    }
    // A heading that is only a period ("2022/23", "2016 to 2017", "Q1 (April to June 2019)", "Apr") heads results.
    if (!heading.isBlank() && (Labels.isUnitsOrYears(heading) && !Labels.years(heading).isEmpty()
        || QUARTER_HEADING.matcher(heading.strip()).find() || MONTH_HEADING.matcher(heading.strip()).matches())) {
      return Optional.of(IndicatorField.VALUE);
    }
    String w = Labels.words(heading);
    if (w.matches("(.* )?(results?|values?|outturns?)")) {
      return Optional.of(IndicatorField.VALUE);
    }
    if (w.matches("(.* )?targets?( .*)?")) {
      return Optional.of(IndicatorField.TARGET);
    }
    if (w.matches("(.* )?(indicators?|measures?|measurement|kpis?)")) {
      return Optional.of(IndicatorField.TITLE);
    }
    return Optional.empty();
  }

  /** A heading that is a month, with or without its year: {@code Apr}, {@code Sept}, {@code May 2011}. */
  static final Pattern MONTH_HEADING = Pattern.compile("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
      + "(?:[ -]([0-9]{2}|[0-9]{4}))?");

  /** A heading that opens with a quarter: {@code Q1 (April to June 2019)}, {@code Quarter 2 2019/20}. */
  static final Pattern QUARTER_HEADING = Pattern.compile("(?i)^(?:q|quarter\\s*)([1-4])\\b");

  /**
   * The statuses councils print in words rather than as a colour, each with the rating it stands for:
   * {@code On target}, {@code Target achieved}, {@code Below target}, {@code Off track}.
   */
  private static final Map<String, Rag> STATUS_WORDS = statusWords();

  private static Map<String, Rag> statusWords() {
    Map<String, Rag> words = new HashMap<>();
    for (String w : List.of("on target", "on track", "target achieved", "achieved", "met", "target met", "exceeded",
        "target exceeded", "above target", "better than target", "completed", "complete")) {
      words.put(w, Rag.GREEN);
    }
    for (String w : List.of("slightly below target", "slightly off target", "slightly off track", "close to target",
        "near target", "within tolerance", "at risk", "some slippage", "minor slippage")) {
      words.put(w, Rag.AMBER);
    }
    for (String w : List.of("below target", "off target", "off track", "not met", "target not met", "not achieved",
        "target not achieved", "missed", "target missed", "worse than target", "significantly below target")) {
      words.put(w, Rag.RED);
    }
    return Map.copyOf(words);
  }

  /** The rating a status printed in words stands for ({@code Below target} is red), if it is one. */
  static Optional<Rag> statusWords(String status) {
    return Optional.ofNullable(STATUS_WORDS.get(Labels.words(status)));
  }

  /** Whether a status cell says there is no status: a dash, {@code n/a}, {@code not rated}. */
  static boolean isNoStatus(String status) {
    String w = Labels.words(status);
    return w.isEmpty() || NO_STATUS.contains(w);
  }

  private static final java.util.Set<String> NO_STATUS = java.util.Set.of("n a", "na", "not applicable", "not rated",
      "no status", "none", "tbc", "to be confirmed", "no target");

  /** Headings of a table of money: a budget, not an indicator table, whatever else it has. */
  static final Pattern MONEY_HEADING = Pattern.compile("(.* )?(gross|net|income|expenditure|spend|spending|budget|"
      + "costs?|grants?|staffing|fte)( .*)?");

  /** The risk field a heading names, if any, found as {@link #indicatorField(String)} finds one. */
  static Optional<RiskField> riskField(String heading) {
    String words = Labels.words(heading);
    // "Band D", "Band D equivalent": a council tax band, not a risk's.
    if (COUNCIL_TAX_BAND.matcher(words).matches()) {
      return Optional.empty();
    }
    return lookUp(RISK_WORDS, words);
  }

  private static final Pattern COUNCIL_TAX_BAND = Pattern.compile("(.* )?band [a-i]( .*)?");

  private static <F> Optional<F> lookUp(Map<String, F> known, String words) {
    F exact = known.get(words);
    if (exact != null) {
      return Optional.of(exact);
    }
    String best = null;
    for (String k : known.keySet()) {
      if (k.length() > 2 && words.startsWith(k + " ") && (best == null || k.length() > best.length())) {
        best = k;
      }
    }
    return Optional.ofNullable(best == null ? null : known.get(best));
  }

  private static final String RISK_WORDS_PATTERN = "(.* )?(risk|likelihood|impact|probability|consequence)( .*)?";

  /** Whether a heading is one only an indicator table uses, for telling what a table holds. */
  static boolean isIndicatorHeading(String heading) {
    return lookUp(INDICATOR_WORDS, Labels.words(heading)).isPresent() && riskField(heading).isEmpty()
        || Labels.words(heading).matches("(.* )?(indicators?|kpis?|outturn|targets?|results?|performance|measures?"
            + "|measurement|trend|direction of travel|dot)( .*)?") && !Labels.words(heading).matches(RISK_WORDS_PATTERN);
  }

  /** Whether a heading is one only a risk table uses, for telling what a table holds. */
  static boolean isRiskHeading(String heading) {
    return riskField(heading).isPresent() && indicatorField(heading).isEmpty()
        || Labels.words(heading).matches(RISK_WORDS_PATTERN);
  }
}
