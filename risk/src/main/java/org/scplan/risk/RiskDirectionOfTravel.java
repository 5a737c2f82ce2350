package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scplan.risk.internal.TextGrid;

/**
 * The direction of travel of each risk between two dated versions of a register, as Kent reports
 * it beside the current rating: improving, worsening or unchanged, and which risks are new,
 * removed or closed.
 *
 * <p>Risks are matched by {@link Risk#key()} (the reference, else the title, else the
 * description; the first risk wins if a key repeats). Ratings are compared on the register's
 * matrix by level, then score ({@link RiskMatrix#compare}); both versions must use the same
 * matrix.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiskDirectionOfTravel {
  private final LocalDate from;
  private final LocalDate to;
  private final RiskMatrix matrix;
  private final List<RiskMovement> movements;

  private RiskDirectionOfTravel(LocalDate from, LocalDate to, RiskMatrix matrix, List<RiskMovement> movements) {
    this.from = from;
    this.to = to;
    this.matrix = matrix;
    this.movements = movements;
  }

  /**
   * Obtains the direction of travel from one version of a register to a later one.
   *
   * @param earlier the earlier version
   * @param later the later version
   * @return the direction of travel: the later version's risks in order, then those removed
   * @throws IllegalArgumentException if either version has no as-at date, the earlier is dated
   *     after the later, or they are rated on different matrices
   */
  public static RiskDirectionOfTravel between(RiskRegister earlier, RiskRegister later) {
    requireNonNull(earlier, "earlier");
    requireNonNull(later, "later");
    checkArgument(earlier.asAt().isPresent() && later.asAt().isPresent(),
        "Direction of travel needs two dated versions of a register (as-at dates: %s and %s)",
        earlier.asAt().map(LocalDate::toString).orElse("none"), later.asAt().map(LocalDate::toString).orElse("none"));
    LocalDate from = earlier.asAt().get();
    LocalDate to = later.asAt().get();
    checkArgument(!from.isAfter(to), "The earlier version (as at %s) is dated after the later one (as at %s)",
        from, to);
    checkArgument(earlier.matrix().equals(later.matrix()),
        "The versions are rated on different matrices (%s and %s), so their ratings cannot be compared",
        earlier.matrix().id(), later.matrix().id());
    RiskMatrix matrix = later.matrix();
    Map<String, Risk> before = byKey(earlier);
    Map<String, Risk> after = byKey(later);
    List<RiskMovement> movements = new ArrayList<>();
    for (Map.Entry<String, Risk> e : after.entrySet()) {
      Risk now = e.getValue();
      Risk then = before.get(e.getKey());
      movements.add(new RiskMovement(e.getKey(), now.label(), Optional.ofNullable(then).flatMap(Risk::current),
          now.current(), travel(matrix, then, now)));
    }
    for (Map.Entry<String, Risk> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        movements.add(new RiskMovement(e.getKey(), e.getValue().label(), e.getValue().current(), Optional.empty(),
            Travel.REMOVED));
      }
    }
    return new RiskDirectionOfTravel(from, to, matrix, List.copyOf(movements));
  }

  private static Map<String, Risk> byKey(RiskRegister register) {
    Map<String, Risk> map = new LinkedHashMap<>();
    register.risks().forEach(r -> map.putIfAbsent(r.key(), r));
    return map;
  }

  private static Travel travel(RiskMatrix matrix, Risk then, Risk now) {
    if (then == null) {
      return Travel.NEW;
    }
    if (then.isOpen() && !now.isOpen()) {
      return Travel.CLOSED;
    }
    Optional<Rating> a = then.current().filter(matrix::contains);
    Optional<Rating> b = now.current().filter(matrix::contains);
    if (a.isEmpty() || b.isEmpty()) {
      return Travel.NOT_RATED;
    }
    int c = matrix.compare(b.get(), a.get());
    return c < 0 ? Travel.IMPROVING : c > 0 ? Travel.WORSENING : Travel.NO_CHANGE;
  }

  /**
   * Returns the date of the earlier version.
   *
   * @return the earlier as-at date
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the date of the later version.
   *
   * @return the later as-at date
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Returns the matrix the ratings are compared on.
   *
   * @return the matrix
   */
  public RiskMatrix matrix() {
    return matrix;
  }

  /**
   * Returns each risk's movement: the later version's risks in order, then those removed.
   *
   * @return the movements
   */
  public List<RiskMovement> movements() {
    return movements;
  }

  /**
   * Finds the movement of a risk by key.
   *
   * @param key the reference (or title, or description) of the risk
   * @return the movement, or empty if neither version has the risk
   */
  public Optional<RiskMovement> movement(String key) {
    requireNonNull(key, "key");
    return movements.stream().filter(m -> m.key().equals(key)).findFirst();
  }

  /**
   * Returns the travel of a risk by key.
   *
   * @param key the reference (or title, or description) of the risk
   * @return the travel
   * @throws IllegalArgumentException if neither version has the risk
   */
  public Travel travel(String key) {
    return movement(key).map(RiskMovement::travel)
        .orElseThrow(() -> new IllegalArgumentException("Neither version has a risk " + key));
  }

  /**
   * Returns how many risks moved one way.
   *
   * @param travel the way
   * @return the count
   */
  public int count(Travel travel) {
    requireNonNull(travel, "travel");
    return (int) movements.stream().filter(m -> m.travel() == travel).count();
  }

  /**
   * Checks whether another object is the same comparison.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof RiskDirectionOfTravel o && o.from.equals(from) && o.to.equals(to) && o.matrix.equals(matrix)
        && o.movements.equals(movements);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return movements.hashCode() * 31 + from.hashCode();
  }

  /**
   * Returns a table, one risk a line: its rating on each version, scored, and its travel.
   *
   * @return the direction of travel as text
   */
  @Override
  public String toString() {
    List<List<String>> rows = new ArrayList<>();
    for (RiskMovement m : movements) {
      rows.add(List.of(m.label(), m.before().map(matrix::describe).orElse("-"),
          m.after().map(matrix::describe).orElse("-"), m.travel().symbol() + " " + m.travel()));
    }
    return "Direction of travel " + from + " to " + to + " on " + matrix.id() + "\n"
        + TextGrid.table(List.of("RISK", from.toString(), to.toString(), "TRAVEL"), rows);
  }
}
