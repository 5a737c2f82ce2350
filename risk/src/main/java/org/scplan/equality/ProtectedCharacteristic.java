package org.scplan.equality;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.scplan.core.ValueParseException;
import org.scplan.core.Words;

/**
 * The nine characteristics the Equality Act 2010 protects. Assessments name them in their own
 * words, and {@link #find(CharSequence)} reads the common ones: the Kent ASC blueprint 2012 writes "Gender" for
 * {@link #SEX} and "Gender identity" for {@link #GENDER_REASSIGNMENT}.
 */
public enum ProtectedCharacteristic {
  /** Age. */
  AGE("Age"),
  /** Disability. */
  DISABILITY("Disability"),
  /** Gender reassignment (often "gender identity"). */
  GENDER_REASSIGNMENT("Gender reassignment"),
  /** Marriage and civil partnership. */
  MARRIAGE_AND_CIVIL_PARTNERSHIP("Marriage and civil partnership"),
  /** Pregnancy and maternity. */
  PREGNANCY_AND_MATERNITY("Pregnancy and maternity"),
  /** Race. */
  RACE("Race"),
  /** Religion or belief. */
  RELIGION_OR_BELIEF("Religion or belief"),
  /** Sex (often "gender"). */
  SEX("Sex"),
  /** Sexual orientation. */
  SEXUAL_ORIENTATION("Sexual orientation");

  private static final Map<String, ProtectedCharacteristic> ALIASES = Map.of(
      "gender", SEX, "gender identity", GENDER_REASSIGNMENT, "transgender", GENDER_REASSIGNMENT,
      "marriage", MARRIAGE_AND_CIVIL_PARTNERSHIP, "marriage and civil partnerships", MARRIAGE_AND_CIVIL_PARTNERSHIP,
      "religion", RELIGION_OR_BELIEF, "religion and belief", RELIGION_OR_BELIEF, "pregnancy", PREGNANCY_AND_MATERNITY,
      "ethnicity", RACE, "disabilities", DISABILITY);

  private final String label;

  ProtectedCharacteristic(String label) {
    this.label = label;
  }

  /**
   * Returns the name the Act uses: {@code Religion or belief}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Finds the characteristic an assessment names, ignoring case and punctuation: {@code Age},
   * {@code Gender}, {@code Gender identity}, {@code Religion or Belief}.
   *
   * @param text the name as published
   * @return the characteristic, or empty if the text names none the Act protects
   */
  public static Optional<ProtectedCharacteristic> find(CharSequence text) {
    requireNonNull(text, "text");
    try {
      return Optional.of(parse(text));
    } catch (ValueParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads the characteristic an assessment names, ignoring case and punctuation.
   *
   * @param text the name as published
   * @return the characteristic
   * @throws ValueParseException if the text names none the Act protects
   */
  public static ProtectedCharacteristic parse(CharSequence text) {
    return Words.parse(ProtectedCharacteristic.class, c -> Stream.concat(Stream.of(c.label),
        ALIASES.entrySet().stream().filter(a -> a.getValue() == c).map(Map.Entry::getKey)), text,
        "a protected characteristic");
  }

  /**
   * Returns the name the Act uses.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return label;
  }
}
