package org.scplan.examples;

import java.util.ArrayList;
import java.util.List;
import org.scplan.core.PlanSection;
import org.scplan.json.JsonDocument;

/**
 * What {@code scplan check} shows of each section besides its findings: a reconciliation summary
 * for a budget, a dashboard for indicators, a heat map for a risk register. Not API.
 */
final class SectionViews {
  private SectionViews() {}

  /**
   * Returns a section's one-line title: {@code budget "table-5": Table 5: Resources}.
   *
   * @param section the section
   * @return the title
   */
  public static String title(PlanSection section) {
    return section.kind() + " \"" + section.id() + "\": " + section.title();
  }

  /**
   * Returns the lines to show for the sections of a document, in order.
   *
   * @param document the document
   * @return the lines, without indentation
   */
  public static List<String> views(JsonDocument document) {
    List<PlanSection> sections = new ArrayList<>();
    document.plan().ifPresent(p -> sections.addAll(p.sections()));
    document.section().ifPresent(sections::add);
    List<String> lines = new ArrayList<>();
    for (PlanSection s : sections) {
      lines.addAll(view(s));
    }
    return lines;
  }

  private static List<String> view(PlanSection section) {
    return List.of();
  }
}
