package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.scplan.core.ValueParseException;

/**
 * The formula of a derived column: a signed sum of other columns of the same line, named by their
 * keys.
 *
 * <p>{@code Formula.parse("employees + running + contracts + transfers")} is the Kent KASS HQ plan 2010-11's gross
 * expenditure; {@code Formula.parse("total-expenditure - sales - other-income")} is the revenue
 * outturn's net current expenditure. Operators are written with spaces around them, because keys
 * may contain hyphens. {@link #toString()} prints that form and {@link #parse(CharSequence)} reads
 * it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Formula {
  static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * One term of a formula: a column, added or subtracted.
   *
   * @param sign +1 to add the column, −1 to subtract it
   * @param column the column's key
   */
  public record Term(int sign, String column) {
    /**
     * Obtains a term.
     *
     * @param sign +1 or −1
     * @param column the column's key
     * @throws IllegalArgumentException if the sign is not ±1 or the key is not a column key
     */
    public Term {
      checkArgument(sign == 1 || sign == -1, "Invalid sign for a formula term (valid values -1, 1): %s", sign);
      requireNonNull(column, "column");
      checkArgument(KEY.matcher(column).matches(),
          "Invalid column key (lower case words joined by hyphens, such as external-income): %s", column);
    }

    /**
     * Obtains a term that adds a column.
     *
     * @param column the column's key
     * @return the term
     */
    public static Term plus(String column) {
      return new Term(1, column);
    }

    /**
     * Obtains a term that subtracts a column.
     *
     * @param column the column's key
     * @return the term
     */
    public static Term minus(String column) {
      return new Term(-1, column);
    }

    /**
     * Returns the term as written in a formula: {@code + gross} or {@code - sales}.
     *
     * @return the term as text
     */
    @Override
    public String toString() {
      return (sign > 0 ? "+ " : "- ") + column;
    }
  }

  private final List<Term> terms;

  private Formula(List<Term> terms) {
    this.terms = terms;
  }

  /**
   * Obtains a formula from its terms.
   *
   * @param terms the terms, at least one, each column at most once
   * @return the formula
   * @throws IllegalArgumentException if there are no terms or a column appears twice
   */
  public static Formula of(List<Term> terms) {
    requireNonNull(terms, "terms");
    checkArgument(!terms.isEmpty(), "A formula needs at least one term");
    Set<String> seen = new LinkedHashSet<>();
    for (Term t : terms) {
      requireNonNull(t, "term");
      checkArgument(seen.add(t.column()), "Column %s appears twice in the formula %s", t.column(), terms);
    }
    return new Formula(List.copyOf(terms));
  }

  /**
   * Obtains the formula that adds columns.
   *
   * @param columns the columns' keys
   * @return their sum
   */
  public static Formula sum(String... columns) {
    requireNonNull(columns, "columns");
    List<Term> terms = new ArrayList<>(columns.length);
    for (String c : columns) {
      terms.add(Term.plus(c));
    }
    return of(terms);
  }

  /**
   * Reads a formula: column keys joined by {@code +} and {@code -} with spaces around them, such as
   * {@code gross + external-income + internal-income}; a leading {@code -} subtracts the first
   * column.
   *
   * @param text the formula
   * @return the formula
   * @throws ValueParseException if the text is not a formula
   */
  public static Formula parse(CharSequence text) {
    requireNonNull(text, "text");
    String trimmed = text.toString().strip();
    String[] tokens = trimmed.isEmpty() ? new String[0] : SPACES.split(trimmed);
    List<Term> terms = new ArrayList<>();
    int sign = 1;
    boolean expectTerm = true;
    for (int i = 0; i < tokens.length; i++) {
      String tok = tokens[i];
      if (expectTerm) {
        if (i == 0 && tok.equals("-")) {
          sign = -1;
          continue;
        }
        if (!KEY.matcher(tok).matches()) {
          throw new ValueParseException("a formula", text, text.toString().indexOf(tok),
              "a column key (lower case words joined by hyphens) where " + quote(tok) + " is");
        }
        terms.add(new Term(sign, tok));
        expectTerm = false;
      } else {
        if (!tok.equals("+") && !tok.equals("-")) {
          throw new ValueParseException("a formula", text, -1,
              "+ or - with a space on each side between column keys, not " + quote(tok));
        }
        sign = tok.equals("+") ? 1 : -1;
        expectTerm = true;
      }
    }
    if (expectTerm) {
      throw new ValueParseException("a formula", text, -1,
          "column keys joined by + and -, such as employees + running, ending with a key");
    }
    try {
      return of(terms);
    } catch (IllegalArgumentException e) {
      throw new ValueParseException("a formula", text, -1, "each column at most once");
    }
  }

  private static String quote(String s) {
    return "\"" + (s.length() > 30 ? s.substring(0, 29) + "…" : s) + "\"";
  }

  /**
   * Returns the terms, in order.
   *
   * @return the terms
   */
  public List<Term> terms() {
    return terms;
  }

  /**
   * Returns the keys of the columns the formula uses, in order.
   *
   * @return the column keys
   */
  public List<String> columns() {
    return terms.stream().map(Term::column).toList();
  }

  /**
   * Checks whether another object is the same formula: the same terms in the same order.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Formula o && o.terms.equals(terms);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  /**
   * Returns the formula as text, {@code gross + external-income + internal-income}, read back by
   * {@link #parse(CharSequence)}.
   *
   * @return the formula as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (i == 0) {
        sb.append(t.sign() < 0 ? "- " : "").append(t.column());
      } else {
        sb.append(' ').append(t);
      }
    }
    return sb.toString();
  }
}
