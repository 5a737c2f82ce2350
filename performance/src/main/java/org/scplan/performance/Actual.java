package org.scplan.performance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.PrintedFigures;
import org.scplan.core.Rag;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.internal.ScplanStyle;
import org.scplan.performance.internal.Figures;

/**
 * A result of an indicator for one period, with its status: reported (an outturn), provisional,
 * estimated ("Estimated performance 2009/10", the Kent KASS HQ plan 2010-11), a forecast ("Client numbers based on Jan
 * 2012 forecast", the Kent ASC blueprint 2012), or missing with the reason ("Placeholder", the Kent ASCH plan 2018-19).
 *
 * <p>A result may carry the numerator and denominator it was worked out from ("90 ... out of 102
 * interviewed (88%)", the Kent FSC monitoring 2013-14), and the RAG rating a dashboard published for it, so that a
 * council can check a dashboard before publishing it: a published rating the rules do not give is
 * a finding.
 *
 * <pre>{@code
 * Actual.of("2017-18", "53,973")
 * Actual.estimated("2009/10", "77%")
 * Actual.forecast("March 2012", "6,178").withNote("Client numbers based on Jan 2012 forecast")
 * Actual.missing("2017-18", "Placeholder")
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class Actual {

  /** Only the generated implementation (or this package) constructs it. */
  Actual() {}

  /** How firm a result is. */
  public enum Status {
    /** Reported: the result, or the year's outturn. */
    REPORTED,
    /** Provisional: reported but may still change. */
    PROVISIONAL,
    /** Estimated: an estimate of the result, before it is known. */
    ESTIMATED,
    /** Forecast: what the result is expected to be. */
    FORECAST,
    /** Missing: no figure, for the reason given. */
    MISSING;

    /**
     * Returns the status in words: {@code estimated}.
     *
     * @return the label
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Returns the period the result is for.
   *
   * @return the period
   */
  public abstract ReportingPeriod period();

  /**
   * Returns how firm the result is.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns the value.
   *
   * @return the value, in the indicator's unit; empty exactly when the status is
   *     {@link Status#MISSING}
   */
  public abstract Optional<BigDecimal> value();

  /**
   * Returns a note as published: why a result is missing, or what a forecast is based on.
   *
   * @return the note; always present when missing
   */
  public abstract Optional<String> note();

  /**
   * Returns the numerator the value was worked out from: 90 in "90 out of 102 (88%)".
   *
   * @return the numerator, present exactly when the denominator is
   */
  public abstract Optional<BigDecimal> numerator();

  /**
   * Returns the denominator the value was worked out from: 102 in "90 out of 102 (88%)".
   *
   * @return the denominator, present exactly when the numerator is
   */
  public abstract Optional<BigDecimal> denominator();

  /**
   * Returns the RAG rating a dashboard published for this result, to be checked against the one
   * the rules compute.
   *
   * @return the published rating, if any
   */
  public abstract Optional<Rag> publishedRag();

  /**
   * Obtains a reported result.
   *
   * @param period the period
   * @param value the value
   * @return the result
   */
  public static Actual of(ReportingPeriod period, BigDecimal value) {
    return of(Status.REPORTED, period, value);
  }

  /**
   * Obtains a reported result from text: {@code Actual.of("2017-18", "53,973")}.
   *
   * @param period the period, in any form {@link ReportingPeriod#parse} reads
   * @param value the value, such as {@code 87%}, {@code 11,548} or {@code £132k}
   * @return the result
   * @throws org.scplan.core.ValueParseException if either text cannot be read
   */
  public static Actual of(String period, String value) {
    requireNonNull(period, "period");
    requireNonNull(value, "value");
    return of(Status.REPORTED, ReportingPeriod.parse(period), Figures.parse(value));
  }

  /**
   * Obtains a result with a status other than missing.
   *
   * @param status the status, not {@link Status#MISSING}
   * @param period the period
   * @param value the value
   * @return the result
   * @throws IllegalArgumentException if the status is {@link Status#MISSING}
   */
  public static Actual of(Status status, ReportingPeriod period, BigDecimal value) {
    return builder().status(status).period(period).value(value).build();
  }

  /**
   * Obtains a provisional result from text.
   *
   * @param period the period
   * @param value the value
   * @return the result
   * @throws org.scplan.core.ValueParseException if either text cannot be read
   */
  public static Actual provisional(String period, String value) {
    requireNonNull(period, "period");
    requireNonNull(value, "value");
    return of(Status.PROVISIONAL, ReportingPeriod.parse(period), Figures.parse(value));
  }

  /**
   * Obtains an estimated result from text: {@code Actual.estimated("2009/10", "77%")}.
   *
   * @param period the period
   * @param value the value
   * @return the result
   * @throws org.scplan.core.ValueParseException if either text cannot be read
   */
  public static Actual estimated(String period, String value) {
    requireNonNull(period, "period");
    requireNonNull(value, "value");
    return of(Status.ESTIMATED, ReportingPeriod.parse(period), Figures.parse(value));
  }

  /**
   * Obtains a forecast from text: {@code Actual.forecast("March 2012", "6,178")}.
   *
   * @param period the period
   * @param value the value
   * @return the result
   * @throws org.scplan.core.ValueParseException if either text cannot be read
   */
  public static Actual forecast(String period, String value) {
    requireNonNull(period, "period");
    requireNonNull(value, "value");
    return of(Status.FORECAST, ReportingPeriod.parse(period), Figures.parse(value));
  }

  /**
   * Obtains a missing result, with the reason.
   *
   * @param period the period
   * @param reason why there is no figure, as published: {@code "Placeholder"}
   * @return the result
   */
  public static Actual missing(ReportingPeriod period, String reason) {
    return builder().status(Status.MISSING).period(period).note(reason).build();
  }

  /**
   * Obtains a missing result from text: {@code Actual.missing("2017-18", "Placeholder")}.
   *
   * @param period the period, in any form {@link ReportingPeriod#parse} reads
   * @param reason why there is no figure
   * @return the result
   * @throws org.scplan.core.ValueParseException if the period cannot be read
   */
  public static Actual missing(String period, String reason) {
    requireNonNull(reason, "reason");
    return missing(ReportingPeriod.parse(period), reason);
  }

  /**
   * Returns a copy of this result with the RAG rating a dashboard published for it.
   *
   * @param rag the published rating
   * @return the result with that rating
   */
  public Actual withPublishedRag(Rag rag) {
    return builder().from(this).publishedRag(rag).build();
  }

  /**
   * Returns a copy of this result with the numerator and denominator it was worked out from.
   *
   * @param numerator the numerator: 90 in "90 out of 102 (88%)"
   * @param denominator the denominator: 102
   * @return the result with those figures
   */
  public Actual withRatio(BigDecimal numerator, BigDecimal denominator) {
    return builder().from(this).numerator(numerator).denominator(denominator).build();
  }

  /**
   * Returns a copy of this result with a note.
   *
   * @param note the note, such as {@code "Client numbers based on Jan 2012 forecast"}
   * @return the result with that note
   */
  public Actual withNote(String note) {
    return builder().from(this).note(note).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(value().isEmpty() == (status() == Status.MISSING),
        "A result for %s is %s but %s a value", period(), status(), value().isPresent() ? "has" : "has no");
    checkArgument(status() != Status.MISSING || note().filter(n -> !n.isBlank()).isPresent(),
        "A missing result for %s needs a reason", period());
    checkArgument(numerator().isPresent() == denominator().isPresent(),
        "A result for %s needs both a numerator and a denominator, or neither", period());
  }

  /**
   * Returns the result as text: {@code 2009-10: 77 (estimated)}, {@code 2017-18: missing
   * (Placeholder)}, {@code Q1 2013-14: 78.5, published AMBER}.
   *
   * @return the result as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(period()).append(": ");
    if (value().isPresent()) {
      sb.append(PrintedFigures.grouped(value().get()));
      if (status() != Status.REPORTED) {
        sb.append(" (").append(status().label()).append(')');
      }
    } else {
      sb.append("missing");
    }
    numerator().ifPresent(n -> sb.append(", ").append(PrintedFigures.grouped(n)).append(" of ")
        .append(PrintedFigures.grouped(denominator().orElseThrow())));
    note().ifPresent(n -> sb.append(" — ").append(n));
    publishedRag().ifPresent(r -> sb.append(", published ").append(r));
    return sb.toString();
  }

  /** Builds an {@link Actual}. */
  public static final class Builder extends ImmutableActual.Builder {
    Builder() {}
  }
}
