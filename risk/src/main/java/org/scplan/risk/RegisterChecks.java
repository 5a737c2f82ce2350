package org.scplan.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.Set;
import java.util.OptionalInt;
import java.util.Optional;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.PlanDate;
import org.scplan.core.PlanRules;
import org.scplan.risk.internal.Quote;

/** The checks of a risk register, as {@code RiskRegister.validate} describes them. */
final class RegisterChecks {
  private final RiskRegister register;
  private final RiskMatrix matrix;
  private final Optional<LocalDate> asOf;
  private final Location base;
  private final List<Finding> out = new ArrayList<>();

  private RegisterChecks(RiskRegister register, Optional<LocalDate> asOf) {
    this.register = register;
    this.matrix = register.matrix();
    this.asOf = asOf;
    this.base = Location.of(register.title());
  }

  /** Checks a register, judging dates as of a day if one is given. */
  static List<Finding> check(RiskRegister register, Optional<LocalDate> asOf) {
    RegisterChecks c = new RegisterChecks(register, asOf);
    c.run();
    return List.copyOf(c.out);
  }

  private void run() {
    if (asOf.isEmpty() && register.risks().stream().anyMatch(RegisterChecks::hasDates)) {
      out.add(Finding.info(RiskRules.REGISTER_UNDATED, base, "The register has no as-at date, so due dates and"
          + " reviews were not judged; check it as of a date to judge them"));
    }
    Map<String, Integer> references = new HashMap<>();
    List<Risk> risks = register.risks();
    for (int n = 0; n < risks.size(); n++) {
      Risk risk = risks.get(n);
      Location at = base.child("Risk " + risk.label());
      if (risk.reference().isPresent()) {
        Integer earlier = references.putIfAbsent(risk.reference().get(), n);
        if (earlier != null) {
          out.add(Finding.error(RiskRules.REFERENCE_DUPLICATE, at.field("reference"), "Reference "
              + risk.reference().get() + " is used by risk " + (earlier + 1) + " and again by risk " + (n + 1)
              + " of the register"));
        }
      }
      checkRatings(risk, at);
      checkActions(risk, at);
      checkReview(risk, at);
      checkEscalations(risk, at);
    }
  }

  /**
   * Checks ratings printed as a score or a level: that the matrix can give the score, that the level
   * printed is the one the matrix gives it, that the score lies in the band printed with its level,
   * and that the target scores no higher than the current.
   */
  private void checkPrinted(Risk risk, Location at) {
    for (RatingKind kind : List.of(RatingKind.CURRENT, RatingKind.TARGET)) {
      Optional<PrintedRating> printed = kind == RatingKind.CURRENT ? risk.currentAsPrinted() : risk.targetAsPrinted();
      if (printed.isEmpty() || printed.get().score().isEmpty()) {
        continue;
      }
      int score = printed.get().score().getAsInt();
      Location where = at.field(field(kind));
      if (!matrix.scores().contains(score)) {
        out.add(Finding.error(RiskRules.SCORE_IMPOSSIBLE, where, "Risk " + risk.label() + ": the " + field(kind)
            + " score is printed as " + score + ", which matrix " + matrix.id() + " cannot give (its scores are "
            + ranges(matrix.scores()) + ")").withValues("one of " + ranges(matrix.scores()), String.valueOf(score)));
        continue;
      }
      Set<String> levels = new TreeSet<>();
      for (Rating r : matrix.ratings()) {
        if (matrix.score(r) == score) {
          levels.add(matrix.level(r).name());
        }
      }
      Optional<String> level = printed.get().level();
      if (level.isPresent() && printed.get().bandFrom().isEmpty() && matrix.level(level.get()).isPresent()
          && levels.stream().noneMatch(l -> l.equalsIgnoreCase(level.get()))) {
        out.add(Finding.error(RiskRules.SCORE_LEVEL_MISMATCH, where, "Risk " + risk.label() + ": the " + field(kind)
            + " rating is printed " + printed.get() + ", but matrix " + matrix.id() + " puts a score of " + score
            + " in " + String.join(" or ", levels)).withValues(String.join(" or ", levels), level.get()));
      }
      if (printed.get().bandFrom().isPresent() && (score < printed.get().bandFrom().getAsInt()
          || score > printed.get().bandTo().getAsInt())) {
        out.add(Finding.error(RiskRules.SCORE_OUTSIDE_BAND, where, "Risk " + risk.label() + ": the " + field(kind)
            + " score " + score + " lies outside the band printed with its level (" + printed.get() + ")")
            .withValues(printed.get().bandFrom().getAsInt() + " to " + printed.get().bandTo().getAsInt(),
                String.valueOf(score)));
      }
    }
    OptionalInt current = risk.currentAsPrinted().map(PrintedRating::score).orElse(OptionalInt.empty());
    OptionalInt target = risk.targetAsPrinted().map(PrintedRating::score).orElse(OptionalInt.empty());
    if (current.isPresent() && target.isPresent() && target.getAsInt() > current.getAsInt()) {
      out.add(Finding.error(RiskRules.TARGET_SCORE_ABOVE_CURRENT, at.field("target"), "Risk " + risk.label()
          + ": the target score " + target.getAsInt() + " is higher than the current score " + current.getAsInt())
          .withValues("at most " + current.getAsInt(), String.valueOf(target.getAsInt())));
    }
  }

  /** Scores as runs, three or more consecutive as a range: {@code 1-6, 8-10, 12, 15, 16, 20, 25}. */
  private static String ranges(SortedSet<Integer> scores) {
    StringBuilder sb = new StringBuilder();
    Integer start = null;
    Integer previous = null;
    for (int s : scores) {
      if (start != null && s == previous + 1) {
        previous = s;
        continue;
      }
      if (start != null) {
        sb.append(sb.length() == 0 ? "" : ", ").append(previous - start >= 2 ? start + "-" + previous
            : previous.equals(start) ? String.valueOf(start) : start + ", " + previous);
      }
      start = s;
      previous = s;
    }
    if (start != null) {
      sb.append(sb.length() == 0 ? "" : ", ").append(previous - start >= 2 ? start + "-" + previous
          : previous.equals(start) ? String.valueOf(start) : start + ", " + previous);
    }
    return sb.toString();
  }

  private static boolean hasDates(Risk risk) {
    return risk.lastReviewed().isPresent() || risk.actions().stream().anyMatch(a -> a.due().isPresent());
  }

  private static String field(RatingKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private void checkRatings(Risk risk, Location at) {
    Map<RatingKind, Rating> on = new HashMap<>();
    for (RatingKind kind : RatingKind.values()) {
      Optional<Rating> rating = kind.of(risk);
      if (rating.isEmpty()) {
        continue;
      }
      if (matrix.contains(rating.get())) {
        on.put(kind, rating.get());
      } else {
        out.add(Finding.error(RiskRules.RATING_OFF_MATRIX, at.field(field(kind)), "The " + field(kind) + " rating "
            + rating.get() + " is not on matrix " + matrix.id() + " (likelihood " + matrix.likelihood().range()
            + ", impact " + matrix.impact().range() + ")")
            .withValues("likelihood " + matrix.likelihood().range() + ", impact " + matrix.impact().range(),
                rating.get().toString()));
      }
    }
    checkPrinted(risk, at);
    if (risk.isOpen()) {
      if (risk.current().isEmpty() && risk.currentAsPrinted().isPresent()) {
        if (risk.target().isEmpty() && risk.targetAsPrinted().isEmpty()) {
          out.add(Finding.info(RiskRules.RATING_NO_TARGET, at.field("target"), "Risk " + risk.label()
              + " has a current rating (" + risk.currentAsPrinted().get() + ") but no target rating"));
        }
      } else if (risk.current().isEmpty()) {
        List<String> missing = new ArrayList<>();
        for (RatingKind kind : RatingKind.values()) {
          if (kind.of(risk).isEmpty()) {
            missing.add(field(kind));
          }
        }
        String what = missing.size() == 3 ? "no inherent, current or target rating"
            : "no " + String.join(" or ", missing) + " rating";
        out.add(Finding.warning(RiskRules.RATING_MISSING, at.field("current"), "Risk " + risk.label()
            + " is not rated: it has " + what).withValues("a current rating", "none"));
      } else if (risk.target().isEmpty()) {
        out.add(Finding.info(RiskRules.RATING_NO_TARGET, at.field("target"), "Risk " + risk.label()
            + " has a current rating (" + describe(risk.current().get()) + ") but no target rating"));
      }
      if (risk.owner().isEmpty()) {
        out.add(Finding.warning(RiskRules.OWNER_MISSING, at.field("owner"), "Risk " + risk.label()
            + " has no owner"));
      }
    }
    Rating inherent = on.get(RatingKind.INHERENT);
    Rating current = on.get(RatingKind.CURRENT);
    Rating target = on.get(RatingKind.TARGET);
    if (current != null && target != null && matrix.isWorse(target, current)) {
      out.add(Finding.error(RiskRules.TARGET_WORSE_THAN_CURRENT, at.field("target"), "The target rating "
          + describe(target) + " is worse than the current rating " + describe(current))
          .withValues("no worse than " + describe(current), describe(target)));
    }
    if (inherent != null && current != null && matrix.isWorse(current, inherent)) {
      out.add(Finding.warning(RiskRules.CURRENT_WORSE_THAN_INHERENT, at.field("current"), "The current rating "
          + describe(current) + " is worse than the inherent rating " + describe(inherent)
          + ": the controls would make it worse, or the inherent rating needs reassessing")
          .withValues("no worse than " + describe(inherent), describe(current)));
    }
    if (risk.isOpen() && current != null && target != null && matrix.isWorse(current, target)
        && risk.openActions().isEmpty()) {
      String actions = risk.actions().isEmpty() ? "no further action is recorded"
          : "none of its " + risk.actions().size() + " further actions is planned or in progress";
      out.add(Finding.warning(RiskRules.TARGET_WITHOUT_ACTION, at.field("target"), "The target rating "
          + describe(target) + " is below the current rating " + describe(current) + " but " + actions
          + " to bring it down")
          .withValues("a further action planned or in progress", "none"));
    }
  }

  private String describe(Rating rating) {
    return matrix.describe(rating);
  }

  private void checkActions(Risk risk, Location at) {
    List<RiskAction> actions = risk.actions();
    for (int i = 0; i < actions.size(); i++) {
      RiskAction action = actions.get(i);
      Location aat = at.child("Further action " + (i + 1));
      action.due().ifPresent(d -> readable(d, aat.field("due")));
      if (!risk.isOpen() || !action.isOpen()) {
        continue;
      }
      if (action.owner().isEmpty()) {
        out.add(Finding.warning(RiskRules.ACTION_OWNER_MISSING, aat.field("owner"), "Further action \""
            + Quote.shorten(action.description()) + "\" has no owner"));
      }
      if (asOf.isPresent() && action.due().isPresent() && action.due().get().isDated()
          && action.due().get().latest().get().isBefore(asOf.get())) {
        PlanDate due = action.due().get();
        out.add(Finding.warning(RiskRules.ACTION_OVERDUE, aat.field("due"), "Further action \""
            + Quote.shorten(action.description()) + "\" was due by " + due + " and is still "
            + action.status().toString().toLowerCase(Locale.ROOT) + " as of " + asOf.get())
            .withValues("done by " + due.latest().get(), action.status() + " on " + asOf.get()));
      }
    }
    if (!risk.isOpen() && !risk.openActions().isEmpty()) {
      int n = risk.openActions().size();
      out.add(Finding.warning(RiskRules.CLOSED_WITH_OPEN_ACTIONS, at.field("status"), "Risk " + risk.label()
          + " is closed but " + n + (n == 1 ? " further action is" : " further actions are")
          + " still planned or in progress")
          .withValues("no open actions", n + " open"));
    }
  }

  private void checkReview(Risk risk, Location at) {
    risk.lastReviewed().ifPresent(d -> readable(d, at.field("lastReviewed")));
    Optional<ReviewFrequency> frequency = risk.reviewFrequency().or(register::reviewFrequency);
    if (!risk.isOpen() || asOf.isEmpty() || frequency.isEmpty() || risk.lastReviewed().isEmpty()
        || !risk.lastReviewed().get().isDated()) {
      return;
    }
    PlanDate last = risk.lastReviewed().get();
    LocalDate due = frequency.get().nextDue(last.latest().get());
    if (due.isBefore(asOf.get())) {
      out.add(Finding.warning(RiskRules.REVIEW_OVERDUE, at.field("lastReviewed"), "Risk " + risk.label()
          + " was last reviewed " + last + " and is reviewed " + frequency.get().toString().toLowerCase(Locale.ROOT)
          + ", so its next review was due by " + due + ", before " + asOf.get())
          .withValues("next review due on or after " + asOf.get(), "next review due " + due));
    }
  }

  private void checkEscalations(Risk risk, Location at) {
    List<Escalation> moves = risk.escalations();
    for (int i = 1; i < moves.size(); i++) {
      Escalation prev = moves.get(i - 1);
      Escalation move = moves.get(i);
      Location eat = at.child("Move " + (i + 1));
      if (move.fromRegister() != prev.toRegister()) {
        out.add(Finding.warning(RiskRules.ESCALATION_INCONSISTENT, eat.field("from"), "The risk moved from the "
            + move.fromRegister() + " register on " + move.date() + ", but its previous move (" + prev.date()
            + ") put it on the " + prev.toRegister() + " register")
            .withValues(prev.toRegister().toString(), move.fromRegister().toString()));
      }
      if (move.date().isBefore(prev.date())) {
        out.add(Finding.warning(RiskRules.ESCALATION_INCONSISTENT, eat.field("date"), "The move of " + move.date()
            + " is listed after the move of " + prev.date() + ": moves are listed oldest first")
            .withValues("on or after " + prev.date(), move.date().toString()));
      }
    }
  }

  private void readable(PlanDate date, Location at) {
    if (date.looksMistyped()) {
      out.add(Finding.warning(PlanRules.DATE_UNREADABLE, at, "Date \"" + date + "\" contains figures but is not a"
          + " day, month or year scplan can read; it is kept as text and not judged")
          .withValues("a date such as April 2013 or 31 March 2014", date.toString()));
    }
  }
}
