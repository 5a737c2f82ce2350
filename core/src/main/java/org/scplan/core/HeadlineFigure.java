package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * A figure a plan's text states as a headline, as published: "The gross expenditure ... is
 * £42.336m", "a total net budget of £414m", "757.2 (Nov 2012)" FTE.
 *
 * <p>Sections hold their own tables against these: a budget profile checks that its total agrees
 * with the headline within the rounding both were printed at.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class HeadlineFigure {

  /** Only the generated implementation (or this package) constructs it. */
  HeadlineFigure() {}

  /**
   * Returns what the figure measures.
   *
   * @return the measure
   */
  @Value.Parameter
  public abstract HeadlineMeasure measure();

  /**
   * Returns the figure as printed: a {@link ReportedAmount} for money, a {@link ReportedNumber}
   * for FTE.
   *
   * @return the figure
   */
  @Value.Parameter
  public abstract ReportedFigure figure();

  /**
   * Returns what the figure is as at, where the plan says: {@code 2012/13}, {@code Nov 2012}.
   *
   * @return the date or period as printed
   */
  public abstract Optional<String> asAt();

  /**
   * Returns the sentence or line the figure was taken from.
   *
   * @return the quotation
   */
  public abstract Optional<String> quote();

  /**
   * Obtains a headline figure.
   *
   * @param measure what it measures
   * @param figure the figure as printed
   * @return the headline figure
   */
  public static HeadlineFigure of(HeadlineMeasure measure, ReportedFigure figure) {
    return ImmutableHeadlineFigure.of(measure, figure);
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
    checkArgument(measure().isMoney() == (figure() instanceof ReportedAmount),
        "A %s headline needs %s, not %s", measure(),
        measure().isMoney() ? "an amount of money" : "a plain number", figure());
  }

  /**
   * Returns the figure as text: {@code NET_BUDGET £414m}, {@code FTE 757.2 (as at Nov 2012)}.
   *
   * @return the figure as text
   */
  @Override
  public String toString() {
    return measure() + " " + figure() + asAt().map(a -> " (as at " + a + ")").orElse("");
  }

  /** Builds a {@link HeadlineFigure}. */
  public static final class Builder extends ImmutableHeadlineFigure.Builder {
    Builder() {}
  }
}
