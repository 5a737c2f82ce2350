package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.scplan.core.Priority;

/** The seed excerpts copied to {@code src/test/resources/org/scplan/json}, for the golden tests. */
final class SeedText {
  private SeedText() {}

  /** Returns the text of a seed excerpt, such as {@code seed-000-kass-hq-2010-11.txt}. */
  static String read(String resource) {
    try (InputStream in = SeedText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No seed excerpt " + resource + " next to " + SeedText.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the text from the first line that starts with {@code from} up to (not including) the
   * next line that starts with {@code to}, or to the end if {@code to} is null.
   */
  static String between(String text, String from, String to) {
    int start = text.indexOf("\n" + from);
    if (start < 0) {
      throw new IllegalStateException("No line starting \"" + from + "\"");
    }
    if (to == null) {
      return text.substring(start + 1);
    }
    int end = text.indexOf("\n" + to, start + 1);
    if (end < 0) {
      throw new IllegalStateException("No line starting \"" + to + "\" after \"" + from + "\"");
    }
    return text.substring(start + 1, end + 1);
  }

  /**
   * Checks that a plan holds exactly the priorities read from a seed, priority by priority and,
   * within each, action by action, so that a failure names the first difference.
   */
  static void assertTranscribed(List<Priority> held, List<Priority> published) {
    assertThat(held).as("priorities").hasSameSizeAs(published);
    for (int i = 0; i < published.size(); i++) {
      Priority expected = published.get(i);
      Priority actual = held.get(i);
      assertThat(actual.actions()).as("actions of %s", expected.label()).containsExactlyElementsOf(expected.actions());
      assertThat(actual).isEqualTo(expected);
    }
  }
}
