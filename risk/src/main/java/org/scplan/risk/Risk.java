package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.PlanDate;
import org.scplan.core.internal.ScplanStyle;
import org.scplan.risk.internal.Quote;

/**
 * A risk on a register, as published: its reference ({@code AH0005}), title or key topic, what
 * could happen (description, or cause, event and consequence), owner and category, its inherent,
 * current and target ratings, the controls in place and the further actions planned, how it is
 * treated, when it is reviewed, whether it is open, and its moves between registers.
 *
 * <p>Everything but a name is optional, because registers publish what they publish: the Kent ASCH plan 2018-19's
 * Table 1 gives only a reference, a key topic and the key areas of risk. A missing rating is held
 * as missing and reported by the register's check, never invented.
 *
 * <pre>{@code
 * Risk.of("AH0005", "Financial pressures", "Current pressures on public sector funding ...")
 *     .withCurrent(Rating.of(4, 5)).withTarget(Rating.of(3, 4))
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class Risk {

  /** Only the generated implementation (or this package) constructs it. */
  Risk() {}

  /**
   * Returns the risk's reference on its register: {@code AH0005}.
   *
   * @return the reference
   */
  public abstract Optional<String> reference();

  /**
   * Returns the risk's title or key topic: {@code Financial pressures}.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * Returns the description of the risk as published (Kent's "key areas of risk").
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Returns the cause or source of the risk, where the register separates it.
   *
   * @return the cause
   */
  public abstract Optional<String> cause();

  /**
   * Returns the risk event, where the register separates it.
   *
   * @return the event
   */
  public abstract Optional<String> event();

  /**
   * Returns the consequence, where the register separates it.
   *
   * @return the consequence
   */
  public abstract Optional<String> consequence();

  /**
   * Returns the risk owner, as published (a person or a post).
   *
   * @return the owner
   */
  public abstract Optional<String> owner();

  /**
   * Returns the category: {@code Financial}, {@code Safeguarding}.
   *
   * @return the category
   */
  public abstract Optional<String> category();

  /**
   * Returns the rating before any controls.
   *
   * @return the inherent rating
   */
  public abstract Optional<Rating> inherent();

  /**
   * Returns the rating with the existing controls.
   *
   * @return the current rating
   */
  public abstract Optional<Rating> current();

  /**
   * Returns the rating the further actions aim for.
   *
   * @return the target rating
   */
  public abstract Optional<Rating> target();

  /**
   * Returns the current rating as the register printed it when it gives no likelihood and impact:
   * a score ({@code 20}), a level ({@code High}) or both. Empty when {@link #current()} is given.
   *
   * @return the printed current rating
   */
  public abstract Optional<PrintedRating> currentAsPrinted();

  /**
   * Returns the target rating as the register printed it when it gives no likelihood and impact.
   *
   * @return the printed target rating
   */
  public abstract Optional<PrintedRating> targetAsPrinted();

  /**
   * Returns the controls in place (Kent's "mitigation"), in the published order.
   *
   * @return the existing controls
   */
  public abstract List<String> controls();

  /**
   * Returns the further actions planned, in the published order.
   *
   * @return the actions
   */
  public abstract List<RiskAction> actions();

  /**
   * Returns how the risk is treated.
   *
   * @return the treatment
   */
  public abstract Optional<Treatment> treatment();

  /**
   * Returns how often this risk is reviewed, where it differs from its register's.
   *
   * @return the frequency
   */
  public abstract Optional<ReviewFrequency> reviewFrequency();

  /**
   * Returns when it was last reviewed, as published.
   *
   * @return the date of the last review
   */
  public abstract Optional<PlanDate> lastReviewed();

  /**
   * Returns its moves between registers, oldest first.
   *
   * @return the escalations and de-escalations
   */
  public abstract List<Escalation> escalations();

  /**
   * Returns whether the risk is open or closed; open unless set.
   *
   * @return the status
   */
  @Value.Default
  public RiskStatus status() {
    return RiskStatus.OPEN;
  }

  /**
   * Obtains an open risk as Kent's Table 1 lists it: reference, key topic and description.
   *
   * @param reference the reference: {@code AH0005}
   * @param title the key topic
   * @param description the key areas of risk
   * @return the risk, unrated
   */
  public static Risk of(String reference, String title, String description) {
    return builder().reference(reference).title(title).description(description).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy of this risk with a current rating.
   *
   * @param rating the current rating
   * @return the risk with that rating
   */
  public Risk withCurrent(Rating rating) {
    return builder().from(this).current(rating).build();
  }

  /**
   * Returns a copy of this risk with a target rating.
   *
   * @param rating the target rating
   * @return the risk with that rating
   */
  public Risk withTarget(Rating rating) {
    return builder().from(this).target(rating).build();
  }

  /**
   * Returns a copy of this risk with an inherent rating.
   *
   * @param rating the inherent rating
   * @return the risk with that rating
   */
  public Risk withInherent(Rating rating) {
    return builder().from(this).inherent(rating).build();
  }

  /**
   * Returns a copy of this risk with an owner.
   *
   * @param owner the owner, as published
   * @return the risk with that owner
   */
  public Risk withOwner(String owner) {
    return builder().from(this).owner(owner).build();
  }

  /**
   * Returns a copy of this risk with a further action added at the end.
   *
   * @param action the action
   * @return the risk with that action
   */
  public Risk withAction(RiskAction action) {
    return builder().from(this).addAction(action).build();
  }

  /**
   * Returns a copy of this risk with another status.
   *
   * @param status the status
   * @return the risk with that status
   */
  public Risk withStatus(RiskStatus status) {
    return status == status() ? this : builder().from(this).status(status).build();
  }

  /**
   * Returns one of the risk's ratings.
   *
   * @param kind which rating
   * @return the rating, or empty if the risk has none of that kind
   */
  public Optional<Rating> rating(RatingKind kind) {
    return kind.of(this);
  }

  /**
   * Checks whether the risk is open.
   *
   * @return true if open
   */
  public boolean isOpen() {
    return status() == RiskStatus.OPEN;
  }

  /**
   * Returns the further actions still to be done (planned or in progress).
   *
   * @return the open actions
   */
  public List<RiskAction> openActions() {
    return actions().stream().filter(RiskAction::isOpen).toList();
  }

  /**
   * Returns the register the risk sits on after its moves, if it has moved.
   *
   * @return the register of its last move, or empty if it has never moved
   */
  public Optional<RegisterLevel> movedTo() {
    return escalations().isEmpty() ? Optional.empty()
        : Optional.of(escalations().get(escalations().size() - 1).toRegister());
  }

  /**
   * Returns the key that matches this risk across versions of a register: its reference, else its
   * title, else its description.
   *
   * @return the key
   */
  public String key() {
    return reference().or(this::title).or(this::description).orElseThrow();
  }

  /**
   * Returns the name a finding or table uses: {@code AH0005: Financial pressures}, or the
   * description shortened where there is neither reference nor title.
   *
   * @return the label
   */
  public String label() {
    List<String> parts = new ArrayList<>();
    reference().ifPresent(parts::add);
    title().ifPresent(t -> parts.add(Quote.shorten(t)));
    if (parts.isEmpty()) {
      return "\"" + Quote.shorten(description().orElseThrow()) + "\"";
    }
    return String.join(": ", parts);
  }

  @Value.Check
  void check() {
    checkArgument(reference().isPresent() || title().isPresent() || description().isPresent(),
        "A risk needs a reference, a title or a description");
    reference().ifPresent(r -> checkArgument(!r.isBlank(), "A risk's reference is blank (leave it out instead)"));
    String which = reference().map(r -> "risk " + r).orElse("a risk");
    title().ifPresent(t -> checkArgument(!t.isBlank(), "The title of %s is blank", which));
    description().ifPresent(d -> checkArgument(!d.isBlank(), "The description of %s is blank", which));
    owner().ifPresent(o -> checkArgument(!o.isBlank(), "The owner of %s is blank (leave it out instead)", which));
    controls().forEach(c -> checkArgument(!c.isBlank(), "A control of %s is blank", which));
  }

  /**
   * Returns the risk on one line: {@code Risk AH0005: Financial pressures (current L4 × I5,
   * target L3 × I4; owner ...; 2 further actions; Open)}.
   *
   * @return the risk as text
   */
  @Override
  public String toString() {
    List<String> facts = new ArrayList<>();
    inherent().ifPresent(r -> facts.add("inherent " + r));
    facts.add(current().map(r -> "current " + r).orElse("not rated"));
    target().ifPresent(r -> facts.add("target " + r));
    StringBuilder sb = new StringBuilder("Risk ").append(label()).append(" (")
        .append(String.join(", ", facts));
    owner().ifPresent(o -> sb.append("; owner ").append(o));
    if (!actions().isEmpty()) {
      sb.append("; ").append(actions().size()).append(actions().size() == 1 ? " further action" : " further actions");
    }
    return sb.append("; ").append(status()).append(')').toString();
  }

  /** Builds a {@link Risk}. */
  public static final class Builder extends ImmutableRisk.Builder {
    Builder() {}
  }
}
