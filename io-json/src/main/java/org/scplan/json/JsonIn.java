package org.scplan.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.Location;
import org.scplan.core.PlanDate;
import org.scplan.core.PlanSection;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.internal.Text;

/**
 * A strict reader positioned in a scplan JSON document, handed to the code that reads each
 * value. It tracks the JSON pointer of the value being read, and records every problem as an
 * ERROR {@link Finding} that names the file, the pointer, the line and column, the offending value
 * and what was expected; then it abandons only the value at fault and reads on, so that one pass
 * reports every problem in the file.
 *
 * <p>Reading methods expect the parser to be on the value's first token, as it is when a
 * {@link JsonFields} member reader is called: scalars ({@link #string()}, {@link #decimal()}, …)
 * read the current token; {@link #object}, {@link #build}, {@link #array} and {@link #list} read
 * through the end of the structure. A method that finds the wrong thing records a problem and
 * throws an internal signal that the enclosing object or array catches; member readers need no
 * error handling of their own.
 *
 * <p>Numbers are read as exact decimals from their text, never through {@code double}.
 *
 * <p>Instances are created by {@link ScplanJson}; they are not thread-safe.
 */
public final class JsonIn {
  private static final Abandon ABANDON = new Abandon();
  private static final Stop STOP = new Stop();
  private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("token '([^']*)'");

  private final JsonParser parser;
  private final String source;
  private final ReadLimits limits;
  private final Map<String, SectionCodec<?>> codecs;
  private final List<Finding> problems = new ArrayList<>();

  private String[] names = new String[32];
  private int[] indices = new int[32];
  private int depth;

  /** Set while a section's "kind" has been read and the codec is to read the rest of the object. */
  private boolean resume;
  private JsonLocation resumeStart;

  /** Signals that the value being read was abandoned after a problem was recorded. */
  static final class Abandon extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandon() {
      super(null, null, false, false);
    }
  }

  /** Signals that reading stopped: a fatal problem, or too many problems. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  JsonIn(JsonParser parser, String source, ReadLimits limits, Map<String, SectionCodec<?>> codecs) {
    this.parser = parser;
    this.source = source;
    this.limits = limits;
    this.codecs = codecs;
  }

  List<Finding> problems() {
    return problems;
  }

  // ---------------------------------------------------------------------------------------------
  // Scalars

  /**
   * Reads a string value.
   *
   * @return the text
   */
  public String string() {
    if (token() != JsonToken.VALUE_STRING) {
      throw wrongType("text");
    }
    return text();
  }

  /**
   * Reads a string value that is not blank.
   *
   * @return the text, not blank
   */
  public String nonBlank() {
    String s = string();
    if (s.isBlank()) {
      throw invalid("text that is not blank", "blank text");
    }
    return s;
  }

  /**
   * Checks whether the current value is a string (for members that accept a string or an object).
   *
   * @return true if the current token is a string
   */
  public boolean isString() {
    return parser.currentToken() == JsonToken.VALUE_STRING;
  }

  /** Checks whether the current value is an object. */
  boolean isObject() {
    return parser.currentToken() == JsonToken.START_OBJECT;
  }

  /**
   * Checks whether the current value is null.
   *
   * @return true if the current token is {@code null}
   */
  public boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /**
   * Reads a number exactly, as written: {@code 7911.70} keeps its two decimals. Exponents
   * ({@code 1e3}) are refused so that a figure's printed precision is never invented.
   *
   * @return the number
   */
  public BigDecimal decimal() {
    JsonToken t = token();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("a number");
    }
    String text = text();
    if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
      throw invalid("a plain decimal number without an exponent", "the number " + text);
    }
    return new BigDecimal(text);
  }

  /**
   * Reads a whole number that fits in an {@code int}.
   *
   * @return the number
   */
  public int integer() {
    long v = longInteger();
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw problem(JsonRules.NUMBER_TOO_LONG, "expected a whole number from " + Integer.MIN_VALUE + " to "
          + Integer.MAX_VALUE + ", found the number " + v);
    }
    return (int) v;
  }

  /**
   * Reads a whole number that fits in a {@code long}.
   *
   * @return the number
   */
  public long longInteger() {
    if (token() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("a whole number");
    }
    String text = text();
    BigInteger v = new BigInteger(text);
    if (v.bitLength() > 63) {
      throw problem(JsonRules.NUMBER_TOO_LONG, "expected a whole number within ±9.2 × 10^18, found the number "
          + abbreviate(text));
    }
    return v.longValue();
  }

  /**
   * Reads {@code true} or {@code false}.
   *
   * @return the value
   */
  public boolean bool() {
    JsonToken t = token();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false");
  }

  /**
   * Reads an enum constant from its name in lower case with hyphens: {@code "gross-expenditure"}
   * for {@code GROSS_EXPENDITURE}.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @return the constant
   */
  public <E extends Enum<E>> E enumValue(Class<E> type) {
    String s = string();
    for (E e : type.getEnumConstants()) {
      if (jsonName(e).equals(s)) {
        return e;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(jsonName(e));
    }
    throw invalid("one of " + String.join(", ", allowed), "text " + Text.quote(s));
  }

  /**
   * Reads a string and converts it with a parser such as {@code FinancialYear::parse}; a value the
   * parser refuses is a problem whose message is the parser's.
   *
   * @param <T> the value type
   * @param what what the text should be, for messages: {@code "a financial year"}
   * @param parse the parser
   * @return the value
   */
  public <T> T parsed(String what, Function<String, T> parse) {
    String s = string();
    try {
      return parse.apply(s);
    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
      String why = e.getMessage() == null ? "" : ": " + e.getMessage();
      throw problem(JsonRules.INVALID_VALUE, "expected " + what + ", found text " + Text.quote(s) + why);
    }
  }

  /**
   * Reads a financial year such as {@code "2018-19"}.
   *
   * @return the year
   */
  public FinancialYear financialYear() {
    return parsed("a financial year such as 2018-19", FinancialYear::parse);
  }

  /**
   * Reads a reporting period such as {@code "Q1 2018-19"} or {@code "Spr 13"}.
   *
   * @return the period
   */
  public ReportingPeriod reportingPeriod() {
    return parsed("a reporting period", ReportingPeriod::parse);
  }

  /**
   * Reads a plan date as published, such as {@code "April 2013"} or {@code "Ongoing"}.
   *
   * @return the date
   */
  public PlanDate planDate() {
    return parsed("a date as published", PlanDate::parse);
  }

  /**
   * Reads a published money figure such as {@code "£414m"} or {@code "£7,911.7k"}.
   *
   * @return the figure
   */
  public ReportedAmount reportedAmount() {
    return parsed("a money figure such as £414m", ReportedAmount::parse);
  }

  /**
   * Reads a published figure that is not money, as text ({@code "2,319.2"}) or a number.
   *
   * @return the figure
   */
  public ReportedNumber reportedNumber() {
    if (isString()) {
      return parsed("a figure such as 2,319.2", ReportedNumber::parse);
    }
    return ReportedNumber.of(decimal());
  }

  // ---------------------------------------------------------------------------------------------
  // Structures

  /**
   * Reads an object whose members are described by a member table, each into the target. An
   * unknown, duplicate or missing member is a problem; the object's other members are still read.
   *
   * @param <B> the target type
   * @param fields the member table
   * @param target what the members are read into, usually a builder
   * @return the target
   */
  public <B> B object(JsonFields<B> fields, B target) {
    requireNonNull(fields, "fields");
    long seen = 0;
    JsonLocation start;
    if (resume) {
      resume = false;
      start = resumeStart;
    } else {
      if (token() != JsonToken.START_OBJECT) {
        throw wrongType(fields.what() + " (an object)");
      }
      start = parser.currentTokenLocation();
    }
    JsonStreamContext context = parser.getParsingContext();
    while (next() == JsonToken.FIELD_NAME) {
      String name = currentName();
      JsonFields.Field<B> field = fields.field(name);
      push(name);
      try {
        next();
        if (field == null) {
          record(JsonRules.UNKNOWN_MEMBER, "unknown member " + Text.quote(name) + " in " + fields.what()
              + suggestion(name, fields.names()) + "; expected one of: " + String.join(", ", fields.names()));
          skipValue();
        } else if ((seen & (1L << field.index())) != 0) {
          record(JsonRules.DUPLICATE_KEY, "member " + Text.quote(name) + " appears twice in " + fields.what()
              + "; expected each member once");
          skipValue();
        } else {
          seen |= 1L << field.index();
          field.reader().accept(this, target);
        }
      } catch (Abandon a) {
        skipTo(context);
      } finally {
        pop();
      }
    }
    long missing = fields.requiredMask() & ~seen;
    for (String name : fields.names()) {
      JsonFields.Field<B> f = fields.field(name);
      if ((missing & (1L << f.index())) != 0) {
        recordAt(start, JsonRules.MISSING_MEMBER, fields.what() + " needs the member " + Text.quote(name));
      }
    }
    return target;
  }

  /**
   * Reads an object into a builder and builds it. If any member had a problem, or the builder
   * refuses the values (a check of the value type fails), the whole object is abandoned with a
   * problem naming the object, so the enclosing object or array reads on without it. A build
   * function may record more precise problems of its own with {@link #problemAt} before it throws;
   * then no further problem is added.
   *
   * @param <B> the builder type
   * @param <T> the built type
   * @param fields the member table
   * @param builder a new builder
   * @param build builds the value: {@code Milestone.Builder::build}
   * @return the value
   */
  public <B, T> T build(JsonFields<B> fields, B builder, Function<B, T> build) {
    int before = problems.size();
    JsonLocation start = resume ? resumeStart : parser.currentTokenLocation();
    object(fields, builder);
    if (problems.size() > before) {
      throw ABANDON;
    }
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      if (problems.size() == before) {
        // The build function may report its own, more precise, problems; otherwise report this.
        recordAt(start, JsonRules.INVALID_VALUE, fields.what() + " is not valid: " + e.getMessage());
      }
      throw ABANDON;
    }
  }

  /**
   * Reads an array, calling {@code element} once per element with the parser on the element's
   * first token. A problem in one element abandons that element only.
   *
   * @param element reads one element
   */
  public void array(Runnable element) {
    if (token() != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
    JsonStreamContext context = parser.getParsingContext();
    int i = 0;
    while (next() != JsonToken.END_ARRAY) {
      push(i++);
      try {
        element.run();
      } catch (Abandon a) {
        skipTo(context);
      } finally {
        pop();
      }
    }
  }

  /**
   * Reads an array into a list, one value per element; elements with problems are left out
   * (their problems are recorded).
   *
   * @param <T> the element type
   * @param element reads one element
   * @return the values read
   */
  public <T> List<T> list(Supplier<T> element) {
    List<T> values = new ArrayList<>();
    array(() -> values.add(element.get()));
    return values;
  }

  /**
   * Reads an object whose member names are data (periods, say), calling {@code entry} with each
   * name and the parser on its value. A name used twice is a problem.
   *
   * @param entry reads one entry, given its name
   */
  public void entries(Consumer<String> entry) {
    if (token() != JsonToken.START_OBJECT) {
      throw wrongType("an object");
    }
    JsonStreamContext context = parser.getParsingContext();
    Set<String> seen = new HashSet<>();
    while (next() == JsonToken.FIELD_NAME) {
      String name = currentName();
      push(name);
      try {
        next();
        if (!seen.add(name)) {
          record(JsonRules.DUPLICATE_KEY, "member " + Text.quote(name) + " appears twice; expected each member once");
          skipValue();
        } else {
          entry.accept(name);
        }
      } catch (Abandon a) {
        skipTo(context);
      } finally {
        pop();
      }
    }
  }

  /**
   * Reads a plan section: an object whose first member is {@code "kind"}, naming the codec that
   * reads the rest.
   *
   * @return the section
   */
  public PlanSection section() {
    if (token() != JsonToken.START_OBJECT) {
      throw wrongType("a section (an object)");
    }
    JsonLocation start = parser.currentTokenLocation();
    JsonStreamContext context = parser.getParsingContext();
    if (next() != JsonToken.FIELD_NAME || !"kind".equals(currentName())) {
      String found = parser.currentToken() == JsonToken.END_OBJECT ? "an empty object"
          : "the member " + Text.quote(currentName());
      recordAt(start, JsonRules.MISSING_MEMBER, "a section starts with the member \"kind\", which says which kind"
          + " of section follows (" + kinds() + "); found " + found + " first");
      skipTo(context.getParent());
      throw ABANDON;
    }
    next();
    push("kind");
    String kind;
    try {
      kind = string();
    } catch (Abandon a) {
      pop();
      skipTo(context.getParent());
      throw a;
    }
    SectionCodec<?> codec = codecs.get(kind);
    if (codec == null) {
      record(JsonRules.UNKNOWN_SECTION_KIND, "unknown section kind " + Text.quote(kind) + suggestion(kind, codecs.keySet())
          + "; expected a kind this reader knows (" + kinds() + ")");
      pop();
      skipTo(context.getParent());
      throw ABANDON;
    }
    pop();
    resume = true;
    resumeStart = start;
    try {
      return codec.read(this);
    } finally {
      resume = false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Problems

  /**
   * Returns where the parser is: the file, the JSON pointer of the value being read, its line and
   * column. A reader keeps it to report a problem found later (a cross-check between members).
   *
   * @return the location
   */
  public Location here() {
    return locationOf(parser.currentTokenLocation());
  }

  /**
   * Records a problem at the value being read and returns the signal that abandons it; use as
   * {@code throw in.problem(...)}.
   *
   * @param code the rule code, from {@link JsonRules}
   * @param message what is wrong and what was expected
   * @return the signal to throw
   */
  public RuntimeException problem(String code, String message) {
    record(code, message);
    return ABANDON;
  }

  /**
   * Records a problem at a location kept earlier with {@link #here()}, without abandoning the
   * value being read.
   *
   * @param location where the problem is
   * @param code the rule code, from {@link JsonRules}
   * @param message what is wrong and what was expected
   */
  public void problemAt(Location location, String code, String message) {
    add(Finding.error(code, location, message));
  }

  /**
   * Returns the description of the current value, as problems quote it: {@code text "abc"},
   * {@code the number 12}, {@code an object}.
   *
   * @return the description
   */
  public String found() {
    JsonToken t = parser.currentToken();
    if (t == null) {
      return "the end of the document";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "text " + Text.quote(text());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(text());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  private String kinds() {
    return codecs.isEmpty() ? "none registered; add a codec with ScplanJson.withCodec"
        : "one of " + String.join(", ", codecs.keySet());
  }

  private RuntimeException wrongType(String expected) {
    String found = found();
    String hint = parser.currentToken() == JsonToken.VALUE_NULL ? " (leave the member out instead of null)" : "";
    return problem(JsonRules.WRONG_TYPE, "expected " + expected + ", found " + found + hint);
  }

  private RuntimeException invalid(String expected, String found) {
    return problem(JsonRules.INVALID_VALUE, "expected " + expected + ", found " + found);
  }

  private void record(String code, String message) {
    recordAt(parser.currentTokenLocation(), code, message);
  }

  private void recordAt(JsonLocation at, String code, String message) {
    add(Finding.error(code, locationOf(at), message));
  }

  /** Records a problem found elsewhere (a load check of a value read), already located in the file. */
  void add(Finding finding) {
    problems.add(finding);
    if (problems.size() >= limits.maxProblems()) {
      problems.add(Finding.error(JsonRules.TOO_MANY_PROBLEMS, Location.document().inFile(source),
          "stopped reading after " + limits.maxProblems() + " problems"));
      throw STOP;
    }
  }

  private Location locationOf(JsonLocation at) {
    Location l = Location.document().inFile(source);
    return at == null ? l.at(pointer(), 0, 0) : l.at(pointer(), at.getLineNr(), at.getColumnNr());
  }

  /** Records a parser failure as a fatal problem and returns the signal that stops reading. */
  Stop fatal(IOException e) {
    JsonLocation at = e instanceof com.fasterxml.jackson.core.JsonProcessingException jp ? jp.getLocation() : null;
    if (at == null) {
      // A limit (StreamConstraintsException) carries no location; the parser knows where it stopped.
      at = parser.currentLocation();
    }
    String code;
    String message;
    String raw = String.valueOf(e.getMessage());
    String original = e instanceof com.fasterxml.jackson.core.JsonProcessingException jp
        ? String.valueOf(jp.getOriginalMessage()) : raw;
    if (e instanceof StreamConstraintsException) {
      Matcher length = CONSTRAINT_LENGTH.matcher(raw);
      String found = length.find() ? grouped(length.group(1)) : null;
      if (raw.contains("Number value length") || raw.contains("Number length")) {
        code = JsonRules.NUMBER_TOO_LONG;
        message = (found == null ? "a number longer than " + limits.maxNumberLength() + " characters"
            : "a number of " + found + " characters") + "; numbers of at most " + limits.maxNumberLength()
            + " characters are read";
      } else if (raw.contains("String value length") && parser.currentToken() != JsonToken.VALUE_STRING) {
        // The parser buffers a number as text as it reads it, so a number longer than the longest
        // text (150,000 digits) meets the text limit first; a string is only buffered once it is the
        // current token.
        code = JsonRules.NUMBER_TOO_LONG;
        message = "a number of more than " + (found == null ? String.valueOf(limits.maxStringLength()) : found)
            + " characters (reading stopped there); numbers of at most " + limits.maxNumberLength()
            + " characters are read";
      } else if (raw.contains("Name length")) {
        code = JsonRules.STRING_TOO_LONG;
        message = "a member name of more than " + (found == null ? "" : found + " characters; names of at most ")
            + grouped(String.valueOf(Math.min(limits.maxStringLength(), ScplanJson.MAX_NAME_LENGTH)))
            + " characters are read";
      } else if (raw.contains("nesting depth")) {
        code = JsonRules.TOO_DEEP;
        message = "objects and arrays nested deeper than " + limits.maxDepth() + " levels";
      } else if (raw.contains("Document length") || raw.contains("document length")) {
        code = JsonRules.TOO_LARGE;
        message = "a document larger than " + limits.maxDocumentBytes() + " bytes";
      } else if (raw.contains("String value length")) {
        code = JsonRules.STRING_TOO_LONG;
        message = "text longer than " + grouped(String.valueOf(limits.maxStringLength()))
            + " characters, the longest read";
      } else {
        code = JsonRules.TOO_LARGE;
        message = "input beyond the reader's limits: " + original;
      }
    } else if (e instanceof JsonParseException) {
      if (original.contains("NaN") || original.contains("Infinity") || original.contains("INF")) {
        code = JsonRules.NOT_A_NUMBER;
        Matcher token = NON_STANDARD_TOKEN.matcher(original);
        message = "expected a decimal number, found " + (token.find() ? token.group(1) : "NaN or Infinity")
            + ": NaN and Infinity are not numbers JSON allows";
      } else {
        code = JsonRules.SYNTAX;
        message = "not valid JSON: " + firstLine(original);
      }
    } else {
      code = JsonRules.IO;
      message = "could not read the file: " + raw;
    }
    Location where = Location.document().inFile(source);
    if (code.equals(JsonRules.TOO_LARGE)) {
      // The whole document is at fault; the parser's position past its input buffer means nothing.
      where = where.at("", 0, 0);
    } else {
      // The parser's own context names the value it failed on, which may be a member whose name it
      // has read ahead ("version": 123…) or an array element, deeper than the values read so far.
      where = where.at(parser.getParsingContext().pathAsPointer().toString(), at.getLineNr(), at.getColumnNr());
    }
    add(Finding.error(code, where, message));
    return STOP;
  }

  /** The length a parser's limit message gives: {@code Number value length (150) exceeds …}. */
  private static final java.util.regex.Pattern CONSTRAINT_LENGTH = java.util.regex.Pattern.compile("length \\((\\d+)\\)");

  /** A length as a message prints it, with thousands separators: {@code 150,000}. */
  private static String grouped(String digits) {
    return org.scplan.core.internal.Text.grouped(Long.parseLong(digits));
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  // ---------------------------------------------------------------------------------------------
  // Parser plumbing

  JsonToken next() {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw fatal(e);
    }
  }

  private JsonToken token() {
    return parser.currentToken();
  }

  /** The parser itself, for codecs of this package that read large tables of numbers quickly. */
  JsonParser parser() {
    return parser;
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw fatal(e);
    }
  }

  private String currentName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw fatal(e);
    }
  }

  private void skipValue() {
    try {
      parser.skipChildren();
    } catch (IOException e) {
      throw fatal(e);
    }
  }

  /** Advances until the parser is back in the given context, past the value that failed. */
  private void skipTo(JsonStreamContext context) {
    while (parser.getParsingContext() != context) {
      if (next() == null) {
        return;
      }
    }
  }

  private void push(String name) {
    grow();
    names[depth] = name;
    depth++;
  }

  private void push(int index) {
    grow();
    names[depth] = null;
    indices[depth] = index;
    depth++;
  }

  private void pop() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = java.util.Arrays.copyOf(names, depth * 2);
      indices = java.util.Arrays.copyOf(indices, depth * 2);
    }
  }

  /**
   * Returns the JSON pointer (RFC 6901) of the value being read: {@code /plan/priorities/0/title}.
   *
   * @return the pointer, empty for the whole document
   */
  public String pointer() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append('/');
      if (names[i] == null) {
        sb.append(indices[i]);
      } else {
        sb.append(names[i].replace("~", "~0").replace("/", "~1"));
      }
    }
    return sb.toString();
  }

  private static String abbreviate(String number) {
    return number.length() <= 24 ? number : number.substring(0, 20) + "… (" + number.length() + " digits)";
  }

  /**
   * Returns the JSON name of an enum constant: lower case, words joined by hyphens.
   *
   * @param value the constant
   * @return the name, such as {@code gross-expenditure}
   */
  public static String jsonName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns {@code " (did you mean "x"?)"} for the candidate nearest a name, if it is a near miss; else "". */
  static String suggestion(String name, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = c.equalsIgnoreCase(name) ? 0 : distance(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best != null && bestDistance <= Math.max(1, name.length() / 4) ? " (did you mean " + Text.quote(best) + "?)"
        : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
