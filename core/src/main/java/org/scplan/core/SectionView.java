package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a report shows of a section besides its findings: lines of text for the text report, and
 * the same as data for the JSON report. A section kind gives its view by implementing
 * {@link Viewable}; the command knows no kind.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lines the lines of text, without indentation, in order
 * @param data the view as data
 */
public record SectionView(List<String> lines, ViewData data) {
  /**
   * Obtains a view.
   *
   * @param lines the lines of text
   * @param data the view as data
   */
  public SectionView {
    lines = List.copyOf(requireNonNull(lines, "lines"));
    requireNonNull(data, "data");
  }

  /**
   * Returns the view of a section that shows nothing of its own.
   *
   * @return the empty view
   */
  public static SectionView empty() {
    return new SectionView(List.of(), ViewData.empty());
  }

  /**
   * Returns a section's view: its own if it shows itself, else the empty view.
   *
   * @param section the section
   * @return the view
   */
  public static SectionView of(PlanSection section) {
    requireNonNull(section, "section");
    return section instanceof Viewable v ? v.view() : empty();
  }
}
