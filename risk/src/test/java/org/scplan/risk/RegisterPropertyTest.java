package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scplan.continuity.RecoveryTime;
import org.scplan.core.ValidationReport;

/** Laws of registers, heat maps and direction of travel, over generated registers on Kent's matrix. */
class RegisterPropertyTest {
  private static final RiskMatrix KENT = RiskMatrices.kent5x5();

  /** Ratings from 1 to 7 on each axis, so that some fall off Kent's 5 × 5. */
  static Arbitrary<Optional<Rating>> ratings() {
    return Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.integers().between(1, 7))
        .as(Rating::of).optional(0.8);
  }

  static Arbitrary<Risk> risks() {
    Arbitrary<String> refs = Arbitraries.of("AH0001", "AH0004", "AH0005", "AH0006", "AH0007", "AH0008");
    Arbitrary<List<RiskAction>> actions = Combinators.combine(Arbitraries.of(RiskActionStatus.class),
            Arbitraries.of("March 2017", "March 2019", "Ongoing", "31 December 2018"),
            Arbitraries.of("Director", "").optional(0.7))
        .as((status, due, owner) -> {
          RiskAction.Builder b = RiskAction.builder().description("Act").status(status)
              .due(org.scplan.core.PlanDate.parse(due));
          owner.filter(o -> !o.isEmpty()).ifPresent(b::owner);
          return b.build();
        }).list().ofMaxSize(3);
    return Combinators.combine(refs, ratings(), ratings(), ratings(), actions, Arbitraries.of(RiskStatus.class),
            Arbitraries.of("Owner").optional(0.5))
        .as((ref, inherent, current, target, acts, status, owner) -> Risk.builder().reference(ref).title("Risk " + ref)
            .inherent(inherent).current(current).target(target).actions(acts).status(status).owner(owner)
            .lastReviewed(org.scplan.core.PlanDate.parse("March 2018")).build());
  }

  @Provide
  Arbitrary<RiskRegister> registers() {
    return Combinators.combine(risks().list().ofMaxSize(10), Arbitraries.of(ReviewFrequency.class).optional())
        .as((rs, f) -> RiskRegister.builder().id("generated").title("Generated").matrix(KENT).risks(rs)
            .reviewFrequency(f).build());
  }

  @Property(tries = 200)
  void checksNeverThrowAndReportEveryRatingOffTheMatrix(@ForAll("registers") RiskRegister register,
      @ForAll @IntRange(min = 2015, max = 2022) int year) {
    ValidationReport report = register.validate(LocalDate.of(year, 1, 1));
    long off = register.risks().stream()
        .flatMap(r -> java.util.stream.Stream.of(r.inherent(), r.current(), r.target()))
        .flatMap(Optional::stream).filter(r -> !KENT.contains(r)).count();
    assertThat(report.withCode(RiskRules.RATING_OFF_MATRIX)).hasSize((int) off);
    assertThat(register.validate().withCode(RiskRules.ACTION_OVERDUE)).as("no date, no judgement").isEmpty();
  }

  @Property(tries = 200)
  void aHeatMapPlacesEveryOpenRiskOnceOrListsItApart(@ForAll("registers") RiskRegister register,
      @ForAll RatingKind kind) {
    HeatMap map = register.heatMap(kind);
    assertThat(map.total() + map.notRated().size() + map.offMatrix().size()).isEqualTo(register.openRisks().size());
    assertThat(map.cells().stream().mapToInt(HeatMap.Cell::count).sum()).isEqualTo(map.total());
    assertThat(map.countsByLevel().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(map.total());
  }

  @Provide
  Arbitrary<Rating> onKent() {
    return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 5))
        .as(Rating::of);
  }

  @Property(tries = 200)
  void raisingATargetNeverClearsATargetWorseThanCurrent(@ForAll("onKent") Rating current,
      @ForAll("onKent") Rating target, @ForAll boolean likelihood) {
    Risk risk = Risk.of("AH0005", "Financial pressures", "Funding").withCurrent(current).withTarget(target);
    Rating raised = likelihood ? target.withLikelihood(Math.min(5, target.likelihood() + 1))
        : target.withImpact(Math.min(5, target.impact() + 1));
    boolean before = !single(risk).validate().withCode(RiskRules.TARGET_WORSE_THAN_CURRENT).isEmpty();
    boolean after = !single(risk.withTarget(raised)).validate().withCode(RiskRules.TARGET_WORSE_THAN_CURRENT).isEmpty();
    assertThat(before).isEqualTo(KENT.isWorse(target, current));
    if (before) {
      assertThat(after).as("%s raised to %s against %s", target, raised, current).isTrue();
    }
  }

  private static RiskRegister single(Risk risk) {
    return RiskRegister.builder().id("one").title("One").matrix(KENT).addRisk(risk).build();
  }

  @Property(tries = 200)
  void travelReversesWhenTheVersionsAreSwapped(@ForAll("registers") RiskRegister register,
      @ForAll("registers") RiskRegister other) {
    RiskRegister a = register.withAsAt(LocalDate.of(2018, 6, 30));
    RiskRegister b = RiskRegister.builder().from(other).asAt(LocalDate.of(2018, 6, 30)).build();
    RiskDirectionOfTravel forward = RiskDirectionOfTravel.between(a, b);
    RiskDirectionOfTravel back = RiskDirectionOfTravel.between(b, a);
    for (RiskMovement m : forward.movements()) {
      Travel reverse = back.travel(m.key());
      if (m.travel() == Travel.CLOSED || reverse == Travel.CLOSED) {
        // closing is one-way: reopened risks are judged by their ratings
        continue;
      }
      Travel expected = switch (m.travel()) {
        case IMPROVING -> Travel.WORSENING;
        case WORSENING -> Travel.IMPROVING;
        case NEW -> Travel.REMOVED;
        case REMOVED -> Travel.NEW;
        default -> m.travel();
      };
      assertThat(reverse).as("%s", m).isEqualTo(expected);
    }
  }

  @Property
  void ratingsReadBackWhatTheyPrint(@ForAll @IntRange(min = 1, max = 99) int likelihood,
      @ForAll @IntRange(min = 1, max = 99) int impact) {
    Rating r = Rating.of(likelihood, impact);
    assertThat(Rating.parse(r.toString())).isEqualTo(r);
  }

  @Property
  void recoveryTimesReadBackWhatTheyPrint(@ForAll @IntRange(max = 9999) int n,
      @ForAll("units") String unit) {
    RecoveryTime t = RecoveryTime.parse(n + " " + unit);
    assertThat(RecoveryTime.parse(t.toString())).isEqualTo(t);
    assertThat(RecoveryTime.parse(t.toString()).duration()).isEqualTo(t.duration());
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("minutes", "hour", "hours", "hrs", "day", "days", "weeks");
  }
}
