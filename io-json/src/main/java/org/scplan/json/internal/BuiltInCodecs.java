package org.scplan.json.internal;

import java.util.List;
import org.scplan.json.SectionCodec;

/** The section codecs every {@code ScplanJson.standard()} instance knows. Not API. */
public final class BuiltInCodecs {
  private BuiltInCodecs() {}

  /**
   * Returns the built-in codecs.
   *
   * @return the codecs, one per section kind
   */
  public static List<SectionCodec<?>> all() {
    return List.of();
  }
}
