package org.scplan.performance.actions;

import java.util.Map;
import org.scplan.core.Rag;
import org.scplan.core.ValueParseException;
import org.scplan.core.Words;

/**
 * Where a plan's action stands at a monitoring point, and its RAG rating by Kent's key (the Kent FSC monitoring
 * 2013-14,
 * 5.3): "Green = Completed, Amber = Partially Complete/on course, Red = Stopped or will not be
 * delivered".
 *
 * <p>Kent's dashboard counts actions in three columns, completed, on course, and "delayed or
 * cancelled", one for each colour of the key; so a delayed action is RED with a cancelled one (it
 * will not be delivered as planned), and an action not yet started is AMBER with those on course
 * (report one that should have started as delayed).
 */
public enum ActionStatus {
  /** Completed: GREEN. */
  COMPLETED(Rag.GREEN, "completed"),
  /** On course, or partially complete: AMBER. */
  ON_COURSE(Rag.AMBER, "on course"),
  /** Not started yet, and not yet due to: AMBER, counted with those on course. */
  NOT_STARTED(Rag.AMBER, "not started"),
  /** Delayed, so it will not be delivered as planned: RED, counted with cancelled actions. */
  DELAYED(Rag.RED, "delayed"),
  /** Stopped or cancelled: it will not be delivered. RED. */
  STOPPED(Rag.RED, "stopped or cancelled");

  /** The other words the plans and the command line use for the constants. */
  private static final Map<String, ActionStatus> ALIASES = Map.ofEntries(
        Map.entry("complete", COMPLETED),
        Map.entry("done", COMPLETED),
        Map.entry("on track", ON_COURSE),
        Map.entry("in progress", ON_COURSE),
        Map.entry("partially complete", ON_COURSE),
        Map.entry("partially completed", ON_COURSE),
        Map.entry("not yet started", NOT_STARTED),
        Map.entry("late", DELAYED),
        Map.entry("behind", DELAYED),
        Map.entry("cancelled", STOPPED),
        Map.entry("canceled", STOPPED),
        Map.entry("stopped or cancelled", STOPPED),
        Map.entry("will not be delivered", STOPPED));
  private final Rag rag;
  private final String label;

  ActionStatus(Rag rag, String label) {
    this.rag = rag;
    this.label = label;
  }

  /**
   * Returns the rating Kent's key gives this status.
   *
   * @return GREEN, AMBER or RED
   */
  public Rag rag() {
    return rag;
  }

  /**
   * Returns the status in words: {@code on course}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Reads a status: its name or label, or a word monitoring reports use ({@code complete},
   * {@code on track}, {@code in progress}, {@code partially complete}, {@code late},
   * {@code cancelled}, {@code will not be delivered}). Case, hyphens and underscores are ignored.
   *
   * @param text the text
   * @return the status
   * @throws ValueParseException if the text names no status
   */
  public static ActionStatus parse(CharSequence text) {
    return Words.parse(ActionStatus.class, ALIASES, text, "an action status", "completed, on course, not started, delayed, or stopped/cancelled");
  }

}
