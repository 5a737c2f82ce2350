package org.scplan.performance.actions;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.scplan.core.Rag;
import org.scplan.core.ValueParseException;

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
    requireNonNull(text, "text");
    String t = text.toString().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    return switch (t) {
      case "completed", "complete", "done" -> COMPLETED;
      case "on course", "on track", "in progress", "partially complete", "partially completed" -> ON_COURSE;
      case "not started", "not yet started" -> NOT_STARTED;
      case "delayed", "late", "behind" -> DELAYED;
      case "stopped", "cancelled", "canceled", "stopped or cancelled", "will not be delivered" -> STOPPED;
      default -> throw new ValueParseException("an action status", text, -1,
          "completed, on course, not started, delayed, or stopped/cancelled");
    };
  }
}
