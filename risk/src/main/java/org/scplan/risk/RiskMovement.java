package org.scplan.risk;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How one risk moved between two versions of a register: its current rating on each and the
 * {@link Travel} between them.
 *
 * @param key the key that matched the risk across the versions: its reference, else its title,
 *     else its description
 * @param label the risk's label on the later version (or the earlier, if it was removed)
 * @param before its current rating on the earlier version
 * @param after its current rating on the later version
 * @param travel how it moved
 */
public record RiskMovement(String key, String label, Optional<Rating> before, Optional<Rating> after,
    Travel travel) {

  /**
   * Checks that no part is null.
   *
   * @param key the key
   * @param label the label
   * @param before the earlier rating
   * @param after the later rating
   * @param travel how it moved
   */
  public RiskMovement {
    requireNonNull(key, "key");
    requireNonNull(label, "label");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(travel, "travel");
  }

  /**
   * Returns the movement on one line: {@code AH0005: Financial pressures L4 × I5 → L4 × I4
   * Improving}.
   *
   * @return the movement as text
   */
  @Override
  public String toString() {
    return label + " " + before.map(Rating::toString).orElse("-") + " → " + after.map(Rating::toString).orElse("-")
        + " " + travel;
  }
}
