package org.scplan.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes the scplan JSON format with its conventions: an absent optional member and an empty list
 * are left out; enum constants are written in lower case with hyphens; numbers are written exactly
 * as their decimals, never in exponent form; arrays of numbers are written on one line.
 *
 * <p>Instances are created by {@link ScplanJson}; they are not thread-safe.
 */
public final class JsonOut {
  private final JsonGenerator g;

  JsonOut(JsonGenerator generator) {
    this.g = generator;
  }

  /**
   * Writes a text member.
   *
   * @param name the member's name
   * @param value the text
   * @return this writer
   */
  public JsonOut field(String name, String value) {
    requireNonNull(value, name);
    try {
      g.writeStringField(name, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes a text member if present.
   *
   * @param name the member's name
   * @param value the text, or empty to leave the member out
   * @return this writer
   */
  public JsonOut field(String name, Optional<String> value) {
    value.ifPresent(v -> field(name, v));
    return this;
  }

  /**
   * Writes a member as the text of a value: {@code toString()} of a {@code FinancialYear},
   * {@code PlanDate} or {@code ReportedAmount}, which their {@code parse} reads back.
   *
   * @param name the member's name
   * @param value the value
   * @return this writer
   */
  public JsonOut text(String name, Object value) {
    return field(name, requireNonNull(value, name).toString());
  }

  /**
   * Writes a member as the text of a value, if present.
   *
   * @param name the member's name
   * @param value the value, or empty to leave the member out
   * @return this writer
   */
  public JsonOut text(String name, Optional<?> value) {
    value.ifPresent(v -> text(name, v));
    return this;
  }

  /**
   * Writes a number member exactly as its decimal.
   *
   * @param name the member's name
   * @param value the number
   * @return this writer
   */
  public JsonOut field(String name, BigDecimal value) {
    requireNonNull(value, name);
    try {
      g.writeFieldName(name);
      g.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes a number member exactly as its decimal, if present.
   *
   * @param name the member's name
   * @param value the number, or empty to leave the member out
   * @return this writer
   */
  public JsonOut number(String name, Optional<BigDecimal> value) {
    value.ifPresent(v -> field(name, v));
    return this;
  }

  /**
   * Writes a whole-number member.
   *
   * @param name the member's name
   * @param value the number
   * @return this writer
   */
  public JsonOut field(String name, long value) {
    try {
      g.writeNumberField(name, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes a {@code true}/{@code false} member.
   *
   * @param name the member's name
   * @param value the value
   * @return this writer
   */
  public JsonOut field(String name, boolean value) {
    try {
      g.writeBooleanField(name, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes an enum member by its JSON name ({@code gross-expenditure}).
   *
   * @param name the member's name
   * @param value the constant
   * @return this writer
   */
  public JsonOut field(String name, Enum<?> value) {
    return field(name, JsonIn.jsonName(requireNonNull(value, name)));
  }

  /**
   * Writes an object member.
   *
   * @param name the member's name
   * @param body writes the object's members
   * @return this writer
   */
  public JsonOut object(String name, Consumer<JsonOut> body) {
    try {
      g.writeFieldName(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return object(body);
  }

  /**
   * Writes an object as a value (an array element, or after {@link #name}).
   *
   * @param body writes the object's members
   * @return this writer
   */
  public JsonOut object(Consumer<JsonOut> body) {
    try {
      g.writeStartObject();
      body.accept(this);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes an object as a value on one line, arrays inside it included:
   * {@code { "item": "Nursing Care", "cells": [ 0.0, 7911.7 ] }}. For the rows of a table, which
   * read best one to a line.
   *
   * @param body writes the object's members
   * @return this writer
   */
  public JsonOut inlineObject(Consumer<JsonOut> body) {
    if (g.getPrettyPrinter() instanceof ScplanPrettyPrinter pp) {
      pp.inlineNextObject();
    }
    return object(body);
  }

  /**
   * Writes a member's name; the next call writes its value.
   *
   * @param name the member's name
   * @return this writer
   */
  public JsonOut name(String name) {
    try {
      g.writeFieldName(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes an array member, one element per item, unless the list is empty.
   *
   * @param <T> the item type
   * @param name the member's name
   * @param items the items
   * @param item writes one item as an array element (an object, a string, …)
   * @return this writer
   */
  public <T> JsonOut array(String name, Collection<T> items, BiConsumer<JsonOut, T> item) {
    if (items.isEmpty()) {
      return this;
    }
    try {
      g.writeArrayFieldStart(name);
      for (T t : items) {
        item.accept(this, t);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes an array member of strings, unless the list is empty.
   *
   * @param name the member's name
   * @param items the strings
   * @return this writer
   */
  public JsonOut strings(String name, List<String> items) {
    return array(name, items, JsonOut::value);
  }

  /**
   * Writes an array member of numbers on one line; a null element is written as {@code null}
   * (a blank cell).
   *
   * @param name the member's name
   * @param numbers the numbers, nulls allowed
   * @return this writer
   */
  public JsonOut numbers(String name, List<BigDecimal> numbers) {
    return inline(name, () -> {
      for (BigDecimal n : numbers) {
        if (n == null) {
          g.writeNull();
        } else {
          g.writeNumber(n);
        }
      }
    });
  }

  /**
   * Writes an array member of strings on one line, such as the levels of a row of a risk matrix's
   * grid, unless the list is empty.
   *
   * @param name the member's name
   * @param items the strings
   * @return this writer
   */
  public JsonOut stringsOnOneLine(String name, List<String> items) {
    if (items.isEmpty()) {
      return this;
    }
    return inline(name, () -> {
      for (String item : items) {
        g.writeString(requireNonNull(item, name));
      }
    });
  }

  /** Writes an array member on one line; {@code elements} writes its elements. */
  private JsonOut inline(String name, Elements elements) {
    try {
      g.writeFieldName(name);
      DefaultPrettyPrinter.Indenter saved = null;
      if (g.getPrettyPrinter() instanceof ScplanPrettyPrinter pp) {
        saved = pp.inline();
      }
      g.writeStartArray();
      elements.write();
      g.writeEndArray();
      if (saved != null) {
        ((ScplanPrettyPrinter) g.getPrettyPrinter()).restore(saved);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes the elements of an array. */
  @FunctionalInterface
  private interface Elements {
    void write() throws IOException;
  }

  /**
   * Writes a string as a value (an array element, or after {@link #name}).
   *
   * @param value the string
   * @return this writer
   */
  public JsonOut value(String value) {
    try {
      g.writeString(requireNonNull(value, "value"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Returns the underlying Jackson generator, for codecs that need more than this class offers.
   *
   * @return the generator
   */
  public JsonGenerator generator() {
    return g;
  }

  /** Pretty printer that indents objects and arrays of objects, and keeps arrays of numbers on one line. */
  static final class ScplanPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    private boolean inlineNext;
    private int inlineDepth;
    private Indenter savedObjectIndenter;
    private Indenter savedArrayIndenter;

    ScplanPrettyPrinter() {
      super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    }

    private ScplanPrettyPrinter(ScplanPrettyPrinter base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new ScplanPrettyPrinter(this);
    }

    Indenter inline() {
      Indenter saved = _arrayIndenter;
      _arrayIndenter = FixedSpaceIndenter.instance;
      return saved;
    }

    void restore(Indenter saved) {
      _arrayIndenter = saved;
    }

    /** Writes the next object on one line: the separator before it as usual, then everything in it inline. */
    void inlineNextObject() {
      inlineNext = true;
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      if (inlineNext) {
        inlineNext = false;
        inlineDepth = 1;
        savedObjectIndenter = _objectIndenter;
        savedArrayIndenter = _arrayIndenter;
        _objectIndenter = FixedSpaceIndenter.instance;
        _arrayIndenter = FixedSpaceIndenter.instance;
      } else if (inlineDepth > 0) {
        inlineDepth++;
      }
      super.writeStartObject(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
      super.writeEndObject(g, nrOfEntries);
      if (inlineDepth > 0 && --inlineDepth == 0) {
        _objectIndenter = savedObjectIndenter;
        _arrayIndenter = savedArrayIndenter;
      }
    }
  }
}
