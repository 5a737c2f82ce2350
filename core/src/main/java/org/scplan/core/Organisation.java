package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tree of organisation units a plan belongs to: council, directorates, divisions, services.
 *
 * <p>{@link #of(Collection)} accepts units in any order and rejects duplicate ids, parents that
 * are not in the tree, and cycles. {@link #problems(List)} reports the same faults without
 * throwing, each with the position of the unit at fault, so that a file reader can point at it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Organisation {
  private final Map<String, OrgUnit> units;

  private Organisation(Map<String, OrgUnit> units) {
    this.units = units;
  }

  /**
   * A fault in a list of units.
   *
   * @param index the position of the unit at fault in the list
   * @param unitId the id of the unit at fault
   * @param message what is wrong, in plain words
   */
  public record Problem(int index, String unitId, String message) {
    /**
     * Returns the problem as text.
     *
     * @return {@code unit 3 (ldmh): parent "fsc" is not in the organisation}
     */
    @Override
    public String toString() {
      return "unit " + index + " (" + unitId + "): " + message;
    }
  }

  /**
   * Obtains the organisation made of the given units.
   *
   * @param units the units, in any order
   * @return the organisation
   * @throws IllegalArgumentException if ids repeat, a parent is missing or parents form a cycle;
   *     the message lists every problem
   */
  public static Organisation of(Collection<OrgUnit> units) {
    requireNonNull(units, "units");
    List<OrgUnit> list = List.copyOf(units);
    List<Problem> problems = problems(list);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid organisation: "
          + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }
    Map<String, OrgUnit> map = new LinkedHashMap<>();
    for (OrgUnit u : list) {
      map.put(u.id(), u);
    }
    return new Organisation(map);
  }

  /**
   * Obtains the organisation made of the given units.
   *
   * @param units the units, in any order
   * @return the organisation
   * @throws IllegalArgumentException if ids repeat, a parent is missing or parents form a cycle
   */
  public static Organisation of(OrgUnit... units) {
    return of(List.of(units));
  }

  /**
   * Finds what is wrong with a list of units: a repeated id (reported at the later unit), a parent
   * that is not in the list, a unit whose parents lead back to itself (every unit on a cycle is
   * reported; a unit that merely hangs below a cycle is not at fault and is not).
   *
   * @param units the units
   * @return the problems, in list order; empty if the units form a valid tree
   * @throws NullPointerException if the list or a unit in it is null
   */
  public static List<Problem> problems(List<OrgUnit> units) {
    requireNonNull(units, "units");
    List<Problem> problems = new ArrayList<>();
    Map<String, OrgUnit> byId = new LinkedHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      OrgUnit u = requireNonNull(units.get(i), "unit");
      if (byId.putIfAbsent(u.id(), u) != null) {
        problems.add(new Problem(i, u.id(), "id \"" + u.id() + "\" is used by an earlier unit"));
      }
    }
    for (int i = 0; i < units.size(); i++) {
      OrgUnit u = units.get(i);
      if (u.parentId().isPresent() && !byId.containsKey(u.parentId().get())) {
        problems.add(new Problem(i, u.id(), "parent \"" + u.parentId().get() + "\" is not in the organisation"));
      }
    }
    for (int i = 0; i < units.size(); i++) {
      OrgUnit u = units.get(i);
      if (byId.get(u.id()) != u) {
        continue; // a repeated id: parents resolve to the first unit of that id, never to this one
      }
      // Walk up from u; u is on a cycle if the walk comes back to u itself. A walk that enters a
      // cycle elsewhere stops when it sees a unit twice.
      Set<String> seen = new HashSet<>();
      OrgUnit at = u;
      while (at.parentId().isPresent() && seen.add(at.id())) {
        at = byId.get(at.parentId().get());
        if (at == null) {
          break;
        }
        if (at.id().equals(u.id())) {
          problems.add(new Problem(i, u.id(), "its parents form a cycle through \"" + u.id() + "\""));
          break;
        }
      }
    }
    problems.sort(Comparator.comparingInt(Problem::index)); // stable: a unit's problems keep their order
    return List.copyOf(problems);
  }

  /**
   * Returns every unit, in the order given.
   *
   * @return the units
   */
  public List<OrgUnit> units() {
    return List.copyOf(units.values());
  }

  /**
   * Finds a unit by id.
   *
   * @param id the id
   * @return the unit, or empty if there is none with that id
   */
  public Optional<OrgUnit> unit(String id) {
    return Optional.ofNullable(units.get(requireNonNull(id, "id")));
  }

  /**
   * Checks whether a unit with the id is in the organisation.
   *
   * @param id the id
   * @return true if present
   */
  public boolean contains(String id) {
    return units.containsKey(requireNonNull(id, "id"));
  }

  /**
   * Returns the parent of a unit.
   *
   * @param unit the unit
   * @return its parent, or empty for a root
   */
  public Optional<OrgUnit> parent(OrgUnit unit) {
    return unit.parentId().map(units::get);
  }

  /**
   * Returns the units whose parent is the given unit, in the order given.
   *
   * @param unit the parent unit
   * @return its children
   */
  public List<OrgUnit> children(OrgUnit unit) {
    requireNonNull(unit, "unit");
    return units.values().stream()
        .filter(u -> u.parentId().map(unit.id()::equals).orElse(false))
        .toList();
  }

  /**
   * Returns the units without a parent.
   *
   * @return the roots
   */
  public List<OrgUnit> roots() {
    return units.values().stream().filter(u -> u.parentId().isEmpty()).toList();
  }

  /**
   * Returns the chain from the root down to the unit, the unit last.
   *
   * @param unit the unit
   * @return the path from the root
   */
  public List<OrgUnit> path(OrgUnit unit) {
    List<OrgUnit> path = new ArrayList<>();
    OrgUnit at = units.get(unit.id());
    while (at != null) {
      path.add(0, at);
      at = at.parentId().map(units::get).orElse(null);
    }
    return List.copyOf(path);
  }

  /**
   * Checks whether another object is an organisation with the same units in the same order.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Organisation o && List.copyOf(o.units.values()).equals(List.copyOf(units.values()));
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return List.copyOf(units.values()).hashCode();
  }

  /**
   * Returns the tree as indented text, one unit per line.
   *
   * @return the tree as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (OrgUnit root : roots()) {
      print(root, 0, sb);
    }
    return sb.toString().stripTrailing();
  }

  private void print(OrgUnit unit, int depth, StringBuilder sb) {
    sb.append("  ".repeat(depth)).append(unit).append('\n');
    for (OrgUnit child : children(unit)) {
      print(child, depth + 1, sb);
    }
  }
}
