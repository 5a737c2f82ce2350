package org.scplan.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The members of one kind of JSON object, each with the code that reads its value into a target
 * (usually a builder): built once, used for every object of that kind.
 *
 * <pre>{@code
 * static final JsonFields<Milestone.Builder> MILESTONE = JsonFields.<Milestone.Builder>of("a milestone")
 *     .optional("letter", (in, b) -> b.letter(in.string()))
 *     .required("description", (in, b) -> b.description(in.string()))
 *     .optional("due", (in, b) -> b.due(in.planDate()))
 *     .build();
 * }</pre>
 *
 * <p>{@link JsonIn#object(JsonFields, Object)} reports an unknown member (suggesting the member
 * meant, if it is a near miss), a duplicate member and a missing required member.
 *
 * <p>This class is immutable and thread-safe once built.
 *
 * @param <B> the type values are read into
 */
public final class JsonFields<B> {
  /** The most members one kind of object may declare. */
  public static final int MAX_FIELDS = 64;

  private final String what;
  private final Map<String, Field<B>> byName;
  private final List<String> names;
  private final long requiredMask;

  record Field<B>(String name, int index, boolean required, BiConsumer<JsonIn, B> reader) {}

  private JsonFields(String what, List<Field<B>> fields) {
    this.what = what;
    Map<String, Field<B>> map = new HashMap<>();
    List<String> names = new ArrayList<>();
    long mask = 0;
    for (Field<B> f : fields) {
      map.put(f.name(), f);
      names.add(f.name());
      if (f.required()) {
        mask |= 1L << f.index();
      }
    }
    this.byName = map;
    this.names = List.copyOf(names);
    this.requiredMask = mask;
  }

  /**
   * Starts the members of a kind of object.
   *
   * @param <B> the type values are read into
   * @param what what the object is, for messages: {@code "a milestone"}
   * @return a builder
   */
  public static <B> Builder<B> of(String what) {
    return new Builder<>(requireNonNull(what, "what"));
  }

  /**
   * Returns what the object is, as messages name it.
   *
   * @return the description, such as {@code "a milestone"}
   */
  public String what() {
    return what;
  }

  /**
   * Returns the member names, in declaration order.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  Field<B> field(String name) {
    return byName.get(name);
  }

  long requiredMask() {
    return requiredMask;
  }

  /**
   * Returns the members as text.
   *
   * @return {@code a milestone {letter, description, due}}
   */
  @Override
  public String toString() {
    return what + " " + names;
  }

  /**
   * Collects the members of a kind of object.
   *
   * @param <B> the type values are read into
   */
  public static final class Builder<B> {
    private final String what;
    private final List<Field<B>> fields = new ArrayList<>();

    private Builder(String what) {
      this.what = what;
    }

    /**
     * Adds a member that must be present.
     *
     * @param name the member's name
     * @param reader reads the value, positioned on its first token, into the target
     * @return this builder
     */
    public Builder<B> required(String name, BiConsumer<JsonIn, B> reader) {
      return add(name, true, reader);
    }

    /**
     * Adds a member that may be absent.
     *
     * @param name the member's name
     * @param reader reads the value, positioned on its first token, into the target
     * @return this builder
     */
    public Builder<B> optional(String name, BiConsumer<JsonIn, B> reader) {
      return add(name, false, reader);
    }

    private Builder<B> add(String name, boolean required, BiConsumer<JsonIn, B> reader) {
      requireNonNull(name, "name");
      requireNonNull(reader, "reader");
      checkArgument(fields.size() < MAX_FIELDS, "More than %s members in %s", MAX_FIELDS, what);
      checkArgument(fields.stream().noneMatch(f -> f.name().equals(name)), "Member %s declared twice in %s",
          name, what);
      fields.add(new Field<>(name, fields.size(), required, reader));
      return this;
    }

    /**
     * Returns the members.
     *
     * @return the member table
     */
    public JsonFields<B> build() {
      return new JsonFields<>(what, List.copyOf(fields));
    }
  }
}
