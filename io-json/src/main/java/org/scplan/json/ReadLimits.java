package org.scplan.json;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The limits a reader enforces so that hostile or broken input cannot exhaust memory or time:
 * document size, nesting depth, string and number length, and how many problems are collected
 * before reading stops.
 *
 * <p>{@link #standard()}: 256 MiB documents, 64 levels of nesting, strings of 100,000 characters,
 * numbers of 40 characters, 100 problems.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxDocumentBytes the largest document accepted, in bytes (characters for text input)
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value or member name, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxProblems how many problems are collected before reading stops
 */
public record ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength,
    int maxProblems) {

  private static final ReadLimits STANDARD = new ReadLimits(256L << 20, 64, 100_000, 40, 100);

  /**
   * Checks the limits.
   *
   * @param maxDocumentBytes the largest document accepted
   * @param maxDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxNumberLength the longest number
   * @param maxProblems how many problems before stopping
   */
  public ReadLimits {
    checkArgument(maxDocumentBytes > 0, "maxDocumentBytes must be positive: %s", maxDocumentBytes);
    checkArgument(maxDepth >= 4, "maxDepth must be at least 4: %s", maxDepth);
    checkArgument(maxStringLength >= 64, "maxStringLength must be at least 64: %s", maxStringLength);
    checkArgument(maxNumberLength >= 20, "maxNumberLength must be at least 20: %s", maxNumberLength);
    checkArgument(maxProblems >= 1, "maxProblems must be at least 1: %s", maxProblems);
  }

  /**
   * Obtains the standard limits.
   *
   * @return 256 MiB, depth 64, strings of 100,000 characters, numbers of 40, 100 problems
   */
  public static ReadLimits standard() {
    return STANDARD;
  }

  /**
   * Returns a copy of these limits with another maximum document size.
   *
   * @param bytes the largest document accepted
   * @return the changed limits
   */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(bytes, maxDepth, maxStringLength, maxNumberLength, maxProblems);
  }

  /**
   * Returns a copy of these limits with another maximum depth.
   *
   * @param depth the deepest nesting accepted
   * @return the changed limits
   */
  public ReadLimits withMaxDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxProblems);
  }

  /**
   * Returns a copy of these limits with another maximum string length.
   *
   * @param length the longest string accepted
   * @return the changed limits
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxDepth, length, maxNumberLength, maxProblems);
  }

  /**
   * Returns a copy of these limits with another maximum number length.
   *
   * @param length the longest number accepted, in characters (digits, sign, point and exponent)
   * @return the changed limits
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, length, maxProblems);
  }

  /**
   * Returns a copy of these limits with another maximum number of problems.
   *
   * @param problems how many problems are collected before reading stops
   * @return the changed limits
   */
  public ReadLimits withMaxProblems(int problems) {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, problems);
  }
}
