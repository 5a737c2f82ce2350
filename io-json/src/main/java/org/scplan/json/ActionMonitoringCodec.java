package org.scplan.json;

import org.scplan.core.Location;
import org.scplan.core.Rag;
import org.scplan.performance.actions.ActionCounts;
import org.scplan.performance.actions.ActionPlanMonitoring;
import org.scplan.performance.actions.ActionProgress;
import org.scplan.performance.actions.ActionStatus;
import org.scplan.performance.actions.DivisionProgress;
import org.scplan.performance.actions.RollUpRule;

/**
 * Reads and writes an {@link ActionPlanMonitoring}, section kind {@code action-monitoring}. Not
 * API.
 */
final class ActionMonitoringCodec implements SectionCodec<ActionPlanMonitoring> {
  /** The codec. */
  static final ActionMonitoringCodec INSTANCE = new ActionMonitoringCodec();

  private ActionMonitoringCodec() {}

  @Override
  public String kind() {
    return ActionPlanMonitoring.KIND;
  }

  @Override
  public Class<ActionPlanMonitoring> type() {
    return ActionPlanMonitoring.class;
  }

  /** A row's members; the three counts go together. */
  static final class RowParts {
    final DivisionProgress.Builder row = DivisionProgress.builder();
    final Location start;
    Integer completed;
    Integer onCourse;
    Integer delayedOrCancelled;

    RowParts(Location start) {
      this.start = start;
    }
  }

  /** An action's progress, with where it starts. */
  static final class ProgressParts {
    final ActionProgress.Builder progress = ActionProgress.builder();
    final Location start;
    boolean named;

    ProgressParts(Location start) {
      this.start = start;
    }
  }

  static final JsonFields<ProgressParts> PROGRESS = JsonFields.<ProgressParts>of("an action's progress")
      .optional("priority", (in, p) -> p.progress.priority(in.nonBlank()))
      .optional("number", (in, p) -> {
        p.progress.number(in.nonBlank());
        p.named = true;
      })
      .optional("description", (in, p) -> {
        p.progress.description(in.nonBlank());
        p.named = true;
      })
      .required("status", (in, p) -> p.progress.status(in.enumValue(ActionStatus.class)))
      .optional("publishedRag", (in, p) -> p.progress.publishedRag(in.enumValue(Rag.class)))
      .optional("note", (in, p) -> p.progress.note(in.nonBlank()))
      .build();

  static final JsonFields<RowParts> ROW = JsonFields.<RowParts>of("a monitoring row")
      .required("name", (in, r) -> r.row.name(in.nonBlank()))
      .optional("priorities", (in, r) -> r.row.priorities(count(in, "priorities")))
      .optional("totalActions", (in, r) -> r.row.publishedTotal(count(in, "actions")))
      .optional("completed", (in, r) -> r.completed = count(in, "completed actions"))
      .optional("onCourse", (in, r) -> r.onCourse = count(in, "actions on course"))
      .optional("delayedOrCancelled", (in, r) -> r.delayedOrCancelled = count(in, "actions delayed or cancelled"))
      .optional("publishedRag", (in, r) -> r.row.publishedRag(in.enumValue(Rag.class)))
      .optional("actions", (in, r) -> in.array(() -> r.row.addAction(readProgress(in))))
      .build();

  static final JsonFields<ActionPlanMonitoring.Builder> MONITORING =
      JsonFields.<ActionPlanMonitoring.Builder>of("an action-monitoring dashboard")
          .required("id", (in, b) -> b.id(in.nonBlank()))
          .required("title", (in, b) -> b.title(in.nonBlank()))
          .optional("rollUp", (in, b) -> b.rollUp(in.enumValue(RollUpRule.class)))
          .optional("divisions", (in, b) -> in.array(() -> b.addDivision(readRow(in))))
          .optional("totals", (in, b) -> b.publishedTotals(readRow(in)))
          .build();

  @Override
  public ActionPlanMonitoring read(JsonIn in) {
    return in.build(MONITORING, ActionPlanMonitoring.builder(), ActionPlanMonitoring.Builder::build);
  }

  private static int count(JsonIn in, String what) {
    int n = in.integer();
    if (n < 0) {
      throw in.problem(JsonRules.INVALID_VALUE, "expected a number of " + what + " (0 or more), found the number " + n);
    }
    return n;
  }

  private static DivisionProgress readRow(JsonIn in) {
    return in.build(ROW, new RowParts(in.here()), r -> {
      int given = (r.completed != null ? 1 : 0) + (r.onCourse != null ? 1 : 0) + (r.delayedOrCancelled != null ? 1 : 0);
      if (given > 0 && given < 3) {
        requireCount(in, r, "completed", r.completed);
        requireCount(in, r, "onCourse", r.onCourse);
        requireCount(in, r, "delayedOrCancelled", r.delayedOrCancelled);
        throw new IllegalArgumentException("a monitoring row's counts are incomplete (see above)");
      }
      if (given == 3) {
        r.row.counts(ActionCounts.of(r.completed, r.onCourse, r.delayedOrCancelled));
      }
      return r.row.build();
    });
  }

  private static void requireCount(JsonIn in, RowParts r, String member, Integer count) {
    if (count == null) {
      in.problemAt(r.start, JsonRules.MISSING_MEMBER, "a monitoring row needs the member \"" + member
          + "\": give the counts completed, onCourse and delayedOrCancelled together, or none to count the"
          + " listed actions");
    }
  }

  private static ActionProgress readProgress(JsonIn in) {
    return in.build(PROGRESS, new ProgressParts(in.here()), p -> {
      if (!p.named) {
        in.problemAt(p.start, JsonRules.MISSING_MEMBER,
            "an action's progress needs the member \"number\" or \"description\": which action it is");
        throw new IllegalArgumentException("an action's progress names no action");
      }
      return p.progress.build();
    });
  }

  @Override
  public void write(ActionPlanMonitoring section, JsonOut out) {
    out.field("id", section.id());
    out.field("title", section.title());
    out.field("rollUp", section.rollUp());
    out.array("divisions", section.divisions(), (w, d) -> w.object(o -> writeRow(d, o)));
    section.publishedTotals().ifPresent(t -> out.object("totals", o -> writeRow(t, o)));
  }

  private static void writeRow(DivisionProgress d, JsonOut o) {
    o.field("name", d.name());
    d.priorities().ifPresent(n -> o.field("priorities", n));
    d.publishedTotal().ifPresent(n -> o.field("totalActions", n));
    o.field("completed", d.counts().completed());
    o.field("onCourse", d.counts().onCourse());
    o.field("delayedOrCancelled", d.counts().delayedOrCancelled());
    d.publishedRag().ifPresent(r -> o.field("publishedRag", r));
    o.array("actions", d.actions(), (w, a) -> w.object(x -> {
      x.field("priority", a.priority());
      x.field("number", a.number());
      x.field("description", a.description());
      x.field("status", a.status());
      a.publishedRag().ifPresent(r -> x.field("publishedRag", r));
      x.field("note", a.note());
    }));
  }
}
