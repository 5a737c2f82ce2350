package org.scplan.budget;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The names of a profile's lines, kept compactly: their UTF-8 bytes end to end and where each ends,
 * about 18 bytes a line where a string each would take 60, because a profile may have a million
 * lines. A name is made a string when asked for. Not API.
 */
final class LineNames {
  private final byte[] bytes;
  private final int[] ends;
  private final int count;

  private LineNames(byte[] bytes, int[] ends, int count) {
    this.bytes = bytes;
    this.ends = ends;
    this.count = count;
  }

  private static int start(int[] ends, int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** The name of line i. */
  String get(int i) {
    int s = start(ends, i);
    return new String(bytes, s, ends[i] - s, StandardCharsets.UTF_8);
  }

  /** Whether line i is named by these UTF-8 bytes. */
  boolean is(int i, byte[] name) {
    int s = start(ends, i);
    return Arrays.equals(bytes, s, ends[i], name, 0, name.length);
  }

  /** A hash of line i's name, from its bytes. */
  int hash(int i) {
    int h = 0;
    for (int k = start(ends, i); k < ends[i]; k++) {
      h = h * 31 + bytes[k];
    }
    return h;
  }

  /** Whether lines i and j have the same name. */
  boolean same(int i, int j) {
    return Arrays.equals(bytes, start(ends, i), ends[i], bytes, start(ends, j), ends[j]);
  }

  static byte[] encode(String name) {
    return name.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LineNames o && o.count == count && Arrays.equals(o.ends, 0, count, ends, 0, count)
        && Arrays.equals(o.bytes, 0, end(), bytes, 0, end());
  }

  private int end() {
    return count == 0 ? 0 : ends[count - 1];
  }

  @Override
  public int hashCode() {
    int h = count;
    for (int i = 0; i < end(); i++) {
      h = h * 31 + bytes[i];
    }
    return h;
  }

  @Override
  public String toString() {
    return count + " names";
  }

  /** Names added one by one; {@link #build()} takes a copy of those so far, and adding may go on. */
  static final class Builder {
    private byte[] bytes = new byte[256];
    private int[] ends = new int[16];
    private int count;
    private int used;

    void add(String name) {
      byte[] b = encode(name);
      if (used + b.length > bytes.length) {
        long size = Math.max((long) used + b.length, (long) bytes.length + (bytes.length >> 1));
        if (size > Integer.MAX_VALUE - 16) {
          throw new IllegalStateException("The lines' names need more than 2 GB");
        }
        bytes = Arrays.copyOf(bytes, (int) size);
      }
      System.arraycopy(b, 0, bytes, used, b.length);
      used += b.length;
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, count + (count >> 1));
      }
      ends[count++] = used;
    }

    String get(int i) {
      int s = start(ends, i);
      return new String(bytes, s, ends[i] - s, StandardCharsets.UTF_8);
    }

    LineNames build() {
      return new LineNames(Arrays.copyOf(bytes, used), Arrays.copyOf(ends, count), count);
    }
  }
}
