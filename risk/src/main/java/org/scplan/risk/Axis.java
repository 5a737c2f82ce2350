package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * An axis of a risk matrix, likelihood or impact: its name and its levels, least likely or least
 * severe first.
 *
 * <p>{@code Axis.numbered("Likelihood", "Very unlikely", "Unlikely", "Possible", "Likely",
 * "Very likely")} numbers the levels 1 to 5. Whether the numbers rise strictly is checked when
 * the matrix is loaded ({@link RiskMatrix.Builder#check()}), so that a file with a bad axis is
 * reported rather than thrown.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class Axis {

  /** Only the generated implementation (or this package) constructs it. */
  Axis() {}

  /**
   * Returns the axis's name: {@code Likelihood}, {@code Impact}, {@code Consequence}.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the levels, least likely or least severe first.
   *
   * @return the levels
   */
  @Value.Parameter
  public abstract List<AxisLevel> levels();

  /**
   * Obtains an axis.
   *
   * @param name the name
   * @param levels the levels, lowest first
   * @return the axis
   */
  public static Axis of(String name, List<AxisLevel> levels) {
    return ImmutableAxis.of(name, levels);
  }

  /**
   * Obtains an axis.
   *
   * @param name the name
   * @param levels the levels, lowest first
   * @return the axis
   */
  public static Axis of(String name, AxisLevel... levels) {
    return of(name, List.of(levels));
  }

  /**
   * Obtains an axis whose levels are numbered 1, 2, 3 … in the order given.
   *
   * @param name the name
   * @param labels the labels of the levels, lowest first
   * @return the axis
   */
  public static Axis numbered(String name, String... labels) {
    List<AxisLevel> levels = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      levels.add(AxisLevel.of(i + 1, labels[i]));
    }
    return of(name, levels);
  }

  /**
   * Returns the number of levels.
   *
   * @return the size
   */
  public int size() {
    return levels().size();
  }

  /**
   * Finds the level with a number.
   *
   * @param number the number
   * @return the level, or empty if the axis has none with that number
   */
  public Optional<AxisLevel> level(int number) {
    return levels().stream().filter(l -> l.number() == number).findFirst();
  }

  /**
   * Checks whether the axis has a level with a number.
   *
   * @param number the number
   * @return true if present
   */
  public boolean contains(int number) {
    return level(number).isPresent();
  }

  /**
   * Returns the position of the level with a number, lowest first.
   *
   * @param number the number
   * @return the index from 0, or -1 if the axis has no such level
   */
  public int indexOf(int number) {
    for (int i = 0; i < levels().size(); i++) {
      if (levels().get(i).number() == number) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the numbers of the levels, lowest first, as text: {@code 1–5} when they run without a
   * break, else listed.
   *
   * @return the numbers as text
   */
  public String range() {
    List<AxisLevel> ls = levels();
    if (ls.isEmpty()) {
      return "none";
    }
    boolean run = true;
    for (int i = 1; i < ls.size(); i++) {
      run &= ls.get(i).number() == ls.get(i - 1).number() + 1;
    }
    if (run) {
      return ls.size() == 1 ? Integer.toString(ls.get(0).number())
          : ls.get(0).number() + "–" + ls.get(ls.size() - 1).number();
    }
    return String.join(", ", ls.stream().map(l -> Integer.toString(l.number())).toList());
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "An axis's name is blank");
  }

  /**
   * Returns the axis as text: {@code Likelihood: 1 Very unlikely, 2 Unlikely, …}.
   *
   * @return the axis as text
   */
  @Override
  public String toString() {
    return name() + ": " + String.join(", ", levels().stream().map(AxisLevel::toString).toList());
  }
}
