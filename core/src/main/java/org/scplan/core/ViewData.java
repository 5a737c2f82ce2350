package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A section's view as data: named fields in order, each a text, a number, a yes or no, another
 * {@code ViewData}, or a list of them, as a JSON report writes them (a number exactly, never
 * through {@code double}). Blank values are left out rather than written as null.
 *
 * <pre>{@code
 * ViewData.builder().put("relations", 262).put("consistent", true)
 *     .put("mismatches", List.of(ViewData.builder().put("line", "Total").build())).build()
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ViewData {
  private static final ViewData EMPTY = new ViewData(Map.of());

  private final Map<String, Object> fields;

  private ViewData(Map<String, Object> fields) {
    this.fields = fields;
  }

  /**
   * Returns the view with no fields.
   *
   * @return the empty view
   */
  public static ViewData empty() {
    return EMPTY;
  }

  /**
   * Obtains a builder.
   *
   * @return a builder with no fields
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the fields in order: each value a {@link String}, {@link BigDecimal}, {@link Long},
   * {@link Boolean}, {@code ViewData}, or an unmodifiable {@link List} of those.
   *
   * @return the fields
   */
  public Map<String, Object> fields() {
    return fields;
  }

  /**
   * Returns one field.
   *
   * @param name its name
   * @return its value, or empty if there is none
   */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ViewData o && o.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /**
   * Returns the fields as compact JSON-like text: {@code {relations: 262, consistent: true}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    fields.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ", ").append(k).append(": ").append(text(v)));
    return sb.append('}').toString();
  }

  private static String text(Object v) {
    if (v instanceof String s) {
      return '"' + s + '"';
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof List<?> l) {
      List<String> items = new ArrayList<>();
      l.forEach(x -> items.add(text(x)));
      return "[" + String.join(", ", items) + "]";
    }
    return String.valueOf(v);
  }

  /** Builds a {@link ViewData}, field by field in order; a later value of a name replaces the earlier. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a text; a null or empty text is left out.
     *
     * @param name the field's name
     * @param value the text
     * @return this builder
     */
    public Builder put(String name, String value) {
      return value == null || value.isEmpty() ? this : add(name, value);
    }

    /**
     * Adds a whole number.
     *
     * @param name the field's name
     * @param value the number
     * @return this builder
     */
    public Builder put(String name, long value) {
      return add(name, value);
    }

    /**
     * Adds an exact number; a null is left out.
     *
     * @param name the field's name
     * @param value the number
     * @return this builder
     */
    public Builder put(String name, BigDecimal value) {
      return value == null ? this : add(name, value);
    }

    /**
     * Adds a yes or no.
     *
     * @param name the field's name
     * @param value the value
     * @return this builder
     */
    public Builder put(String name, boolean value) {
      return add(name, value);
    }

    /**
     * Adds a nested view; a null is left out.
     *
     * @param name the field's name
     * @param value the view
     * @return this builder
     */
    public Builder put(String name, ViewData value) {
      return value == null ? this : add(name, value);
    }

    /**
     * Adds a list of texts, numbers or views.
     *
     * @param name the field's name
     * @param values the values, each a {@link String}, a number or a {@code ViewData}
     * @return this builder
     * @throws IllegalArgumentException if a value is of another type
     */
    public Builder put(String name, List<?> values) {
      requireNonNull(values, "values");
      List<Object> copy = new ArrayList<>(values.size());
      for (Object v : values) {
        copy.add(value(name, v));
      }
      return add(name, Collections.unmodifiableList(copy));
    }

    private static Object value(String name, Object v) {
      if (v instanceof Integer i) {
        return (long) i;
      }
      if (v instanceof String || v instanceof Long || v instanceof BigDecimal || v instanceof Boolean
          || v instanceof ViewData) {
        return v;
      }
      throw new IllegalArgumentException("Field " + name + ": a view holds texts, numbers, yes or no and views, not "
          + (v == null ? "null" : v.getClass().getSimpleName()));
    }

    private Builder add(String name, Object value) {
      requireNonNull(name, "name");
      fields.put(name, value);
      return this;
    }

    /**
     * Builds the view.
     *
     * @return the view
     */
    public ViewData build() {
      return fields.isEmpty() ? EMPTY : new ViewData(Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
    }
  }
}
