package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the words a document or a command line uses for a constant ({@code Treat},
 * {@code in progress}, {@code HIGH}, {@code worst-of}): the one way every module parses enum words,
 * ignoring case and punctuation. An application may read its own constants the same way:
 * {@code Words.parse(MyStatus.class, text, "a status")}.
 */
public final class Words {
  private Words() {}

  /**
   * Normalises words for comparison: lower case, every run of characters other than letters and
   * digits one space, trimmed. {@code "Half-yearly"} and {@code "HALF_YEARLY"} both give
   * {@code half yearly}.
   *
   * @param text the words
   * @return the words normalised
   */
  public static String normal(CharSequence text) {
    return text.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /**
   * Reads a constant from its name or one of its labels, ignoring case and punctuation.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @param labels each constant's labels (its name is always accepted)
   * @param text the text
   * @param what what is being read, for the message: {@code "a treatment"}
   * @return the constant
   * @throws ValueParseException if the text names no constant
   */
  public static <E extends Enum<E>> E parse(Class<E> type, Function<E, Stream<String>> labels, CharSequence text,
      String what) {
    requireNonNull(text, "text");
    String t = normal(text);
    for (E e : type.getEnumConstants()) {
      if (t.equals(normal(e.name())) || labels.apply(e).anyMatch(l -> t.equals(normal(l)))) {
        return e;
      }
    }
    throw new ValueParseException(what, text, -1, Stream.of(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", ")));
  }

  /**
   * Reads a constant from its name or the aliases given, ignoring case and punctuation, with the
   * message's list of what was expected as given.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @param aliases other words for constants
   * @param text the text
   * @param what what is being read: {@code "a table format"}
   * @param expected what the message says was expected: {@code "csv or tsv"}
   * @return the constant
   * @throws ValueParseException if the text names no constant
   */
  public static <E extends Enum<E>> E parse(Class<E> type, Map<String, E> aliases, CharSequence text, String what,
      String expected) {
    requireNonNull(text, "text");
    String t = normal(text);
    for (E e : type.getEnumConstants()) {
      if (t.equals(normal(e.name()))) {
        return e;
      }
    }
    for (Map.Entry<String, E> a : aliases.entrySet()) {
      if (t.equals(normal(a.getKey()))) {
        return a.getValue();
      }
    }
    throw new ValueParseException(what, text, -1, expected);
  }

  /**
   * Reads a constant from its name only, ignoring case and punctuation.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @param text the text
   * @param what what is being read, for the message
   * @return the constant
   * @throws ValueParseException if the text names no constant
   */
  public static <E extends Enum<E>> E parse(Class<E> type, CharSequence text, String what) {
    return parse(type, e -> Stream.empty(), text, what);
  }

  /**
   * Reads a constant from its name or the aliases given, ignoring case and punctuation.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @param aliases other words for constants
   * @param text the text
   * @param what what is being read, for the message
   * @return the constant
   * @throws ValueParseException if the text names no constant
   */
  public static <E extends Enum<E>> E parse(Class<E> type, Map<String, E> aliases, CharSequence text, String what) {
    return parse(type, e -> aliases.entrySet().stream().filter(a -> a.getValue() == e).map(Map.Entry::getKey), text,
        what);
  }

  /**
   * Capitalises a constant's name as words: {@code IN_PROGRESS} gives {@code In progress}.
   *
   * @param e the constant
   * @return its name as words
   */
  public static String label(Enum<?> e) {
    String n = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
