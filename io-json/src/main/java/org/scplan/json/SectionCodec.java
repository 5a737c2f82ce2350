package org.scplan.json;

import org.scplan.core.PlanSection;

/**
 * Reads and writes one kind of {@link PlanSection} in the scplan JSON format. The format writes a
 * section as an object whose first member is {@code "kind"}; the codec reads and writes the
 * members that follow.
 *
 * <p>Register a codec for a section type of your own with {@link ScplanJson#withCodec}; the
 * built-in kinds are {@code budget}, {@code indicators}, {@code action-monitoring} and
 * {@code risks}.
 *
 * @param <T> the section type
 */
public interface SectionCodec<T extends PlanSection> {

  /**
   * Returns the kind this codec reads and writes, as it appears in {@code "kind"}.
   *
   * @return the kind, such as {@code "budget"}
   */
  String kind();

  /**
   * Returns the section type.
   *
   * @return the class of the sections this codec writes
   */
  Class<T> type();

  /**
   * Reads the members of a section object after {@code "kind"}. The usual body is
   * {@code return in.build(FIELDS, Builder.new(), Builder::build);}: the reader continues the
   * section's object.
   *
   * @param in the reader, just past the {@code "kind"} member
   * @return the section
   */
  T read(JsonIn in);

  /**
   * Writes the members of a section after {@code "kind"} (which the caller has written).
   *
   * @param section the section
   * @param out the writer, inside the section's object
   */
  void write(T section, JsonOut out);
}
