package org.scplan.core;

/**
 * A section that shows itself in reports: the extension point beside {@link PlanSection} by which
 * a section kind renders in {@code scplan check}, {@code scplan table} and the JSON report without
 * the command knowing the kind. Every built-in kind implements it; a new kind does the same.
 *
 * <pre>{@code
 * SectionView v = SectionView.of(section);   // the section's own view, or an empty one
 * v.lines()                                  // "reconciliation: 262 relations in 253 cells, consistent …"
 * v.data()                                   // {relations: 262, cells: 253, consistent: true, …}
 * }</pre>
 */
public interface Viewable {
  /**
   * Returns what a report shows of this section besides its findings. It is computed from the
   * section alone and is the same every time.
   *
   * @return the view
   */
  SectionView view();
}
