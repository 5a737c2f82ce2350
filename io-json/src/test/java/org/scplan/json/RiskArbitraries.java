package org.scplan.json;

import static org.scplan.json.PlanArbitraries.dates;
import static org.scplan.json.PlanArbitraries.people;
import static org.scplan.json.PlanArbitraries.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.scplan.risk.RiskActionStatus;
import org.scplan.risk.Axis;
import org.scplan.risk.AxisLevel;
import org.scplan.continuity.BusinessContinuityPlan;
import org.scplan.equality.CharacteristicAssessment;
import org.scplan.continuity.CriticalFunction;
import org.scplan.equality.EqualityAction;
import org.scplan.equality.EqualityImpactAssessment;
import org.scplan.risk.Escalation;
import org.scplan.equality.ImpactLevel;
import org.scplan.risk.Rating;
import org.scplan.continuity.RecoveryTime;
import org.scplan.risk.RegisterLevel;
import org.scplan.risk.ReviewFrequency;
import org.scplan.risk.Risk;
import org.scplan.risk.RiskAction;
import org.scplan.risk.RiskLevel;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskMatrix;
import org.scplan.risk.RiskRegister;
import org.scplan.risk.RiskStatus;
import org.scplan.risk.ScoreFormula;
import org.scplan.risk.Treatment;

/**
 * Constrained generators of the risk module's sections: risk registers on built-in and generated
 * matrices (banded and grid, of any size up to 6 × 6, numbers with gaps, either formula), with
 * every member a risk can hold; business continuity plans with recovery times as published; equality
 * impact assessments with the Act's characteristics under the names assessments use, and others.
 * Generated matrices are sound by construction (bands split the producible scores in order; a grid's
 * level rises with a weighted sum of the cell's place), so that they pass the load check.
 */
final class RiskArbitraries {
  private RiskArbitraries() {}

  /** An id of lower-case words and digits joined by hyphens: {@code a1-b}. */
  static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(6)
        .list().ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words));
  }

  /** A label or name, and sometimes a description. */
  private record Named(String name, Optional<String> description) {}

  private static Arbitrary<List<Named>> named(int most) {
    return Combinators.combine(text(), text().optional(0.3)).as(Named::new).list().ofMinSize(1).ofMaxSize(most);
  }

  /** An axis of one to six levels, numbered upwards from 1 to 3 in steps of 1 or 2. */
  static Arbitrary<Axis> axes(String name) {
    return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 2), named(6))
        .as((first, step, labels) -> {
          List<AxisLevel> levels = new ArrayList<>();
          for (int i = 0; i < labels.size(); i++) {
            levels.add(AxisLevel.builder().number(first + i * step).label(labels.get(i).name())
                .description(labels.get(i).description()).build());
          }
          return Axis.of(name, levels);
        });
  }

  /** One to four levels of risk with distinct names. */
  static Arbitrary<List<RiskLevel>> levels() {
    return Combinators.combine(named(4), text()).as((names, colour) -> {
      List<RiskLevel> levels = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        levels.add(RiskLevel.builder().name(names.get(i).name() + " " + (i + 1)).colour(colour + i)
            .description(names.get(i).description()).build());
      }
      return levels;
    });
  }

  /** The parts every generated matrix has. */
  private record Shape(String id, Optional<String> title, Axis likelihood, Axis impact,
      List<RiskLevel> levels, ScoreFormula formula) {
    RiskMatrix.Builder builder() {
      RiskMatrix.Builder b = RiskMatrix.builder().id(id).likelihood(likelihood).impact(impact).levels(levels)
          .formula(formula);
      title.ifPresent(b::title);
      return b;
    }

    List<Integer> scores() {
      List<Integer> scores = new ArrayList<>();
      for (AxisLevel l : likelihood.levels()) {
        for (AxisLevel i : impact.levels()) {
          int s = formula.score(l.number(), i.number());
          if (!scores.contains(s)) {
            scores.add(s);
          }
        }
      }
      Collections.sort(scores);
      return scores;
    }
  }

  private static Arbitrary<Shape> shapes() {
    return Combinators.combine(ids(), text().optional(0.7), axes("Likelihood"), axes("Impact"), levels(),
        Arbitraries.of(ScoreFormula.class)).as(Shape::new);
  }

  /**
   * A matrix scored by bands: the producible scores, in order, split into as many runs as there
   * are levels (or scores, if fewer), each run a band of the next level; a band may reach up to
   * the score below the next band.
   */
  static Arbitrary<RiskMatrix> bandedMatrices() {
    return Combinators.combine(shapes(), Arbitraries.randoms(), Arbitraries.of(true, false))
        .as((shape, random, stretch) -> {
          List<Integer> scores = shape.scores();
          int bands = Math.min(shape.levels().size(), scores.size());
          List<Integer> cuts = new ArrayList<>();
          for (int i = 1; i < scores.size(); i++) {
            cuts.add(i);
          }
          Collections.shuffle(cuts, random);
          List<Integer> starts = new ArrayList<>(cuts.subList(0, bands - 1));
          starts.add(0);
          Collections.sort(starts);
          RiskMatrix.Builder b = shape.builder();
          for (int k = 0; k < bands; k++) {
            int from = scores.get(starts.get(k));
            int lastIndex = k + 1 < bands ? starts.get(k + 1) - 1 : scores.size() - 1;
            int to = stretch && k + 1 < bands ? scores.get(starts.get(k + 1)) - 1 : scores.get(lastIndex);
            b.addBand(shape.levels().get(k).name(), from, to);
          }
          return b.build();
        });
  }

  /**
   * A matrix whose levels are given cell by cell: a cell's level rises with a weighted sum of its
   * place on each axis, so it never falls as likelihood or impact rises; rows in any order.
   */
  static Arbitrary<RiskMatrix> gridMatrices() {
    return Combinators.combine(shapes(), Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3),
            Arbitraries.randoms())
        .as((shape, wl, wi, random) -> {
          int nl = shape.likelihood().size();
          int ni = shape.impact().size();
          int k = shape.levels().size();
          int span = wl * (nl - 1) + wi * (ni - 1) + 1;
          List<Integer> rows = new ArrayList<>();
          for (int li = 0; li < nl; li++) {
            rows.add(li);
          }
          Collections.shuffle(rows, random);
          RiskMatrix.Builder b = shape.builder();
          for (int li : rows) {
            List<String> cells = new ArrayList<>();
            for (int ii = 0; ii < ni; ii++) {
              cells.add(shape.levels().get(Math.min(k - 1, (wl * li + wi * ii) * k / span)).name());
            }
            b.addGridRow(shape.likelihood().levels().get(li).number(), cells);
          }
          return b.build();
        });
  }

  /** A built-in matrix, or a generated banded or grid one. */
  static Arbitrary<RiskMatrix> matrices() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(RiskMatrices.all())),
        Tuple.of(3, bandedMatrices()),
        Tuple.of(2, gridMatrices()));
  }

  /** A rating with numbers from 1 to 12, so some are off a 5 × 5 matrix. */
  static Arbitrary<Rating> ratings() {
    return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 12))
        .as(Rating::of);
  }

  static Arbitrary<RiskAction> riskActions() {
    return Builders.withBuilder(RiskAction::builder)
        .use(text()).in(RiskAction.Builder::description)
        .use(text()).withProbability(0.7).in(RiskAction.Builder::owner)
        .use(dates()).withProbability(0.7).in(RiskAction.Builder::due)
        .use(Arbitraries.of(RiskActionStatus.class)).withProbability(0.6).in(RiskAction.Builder::status)
        .build(RiskAction.Builder::build);
  }

  static Arbitrary<Escalation> escalations() {
    return Combinators.combine(dates(), Arbitraries.of(RegisterLevel.class), Arbitraries.integers().between(1, 4),
            text().optional(0.4))
        .as((date, from, step, reason) -> Escalation.builder().date(date).fromRegister(from)
            .toRegister(RegisterLevel.values()[(from.ordinal() + step) % RegisterLevel.values().length])
            .reason(reason).build());
  }

  /** A risk's reference, title and description: at least one of the three. */
  private record Names(Optional<String> reference, Optional<String> title, Optional<String> description) {}

  private static Arbitrary<Names> names() {
    Arbitrary<String> references = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 9999).map(n -> String.format("AH%04d", n)), text());
    return Combinators.combine(Arbitraries.integers().between(1, 7), references, text(), text())
        .as((mask, reference, title, description) -> new Names(
            (mask & 1) != 0 ? Optional.of(reference) : Optional.empty(),
            (mask & 2) != 0 ? Optional.of(title) : Optional.empty(),
            (mask & 4) != 0 ? Optional.of(description) : Optional.empty()));
  }

  /** A risk with any of the members a risk can hold. */
  static Arbitrary<Risk> risks() {
    return Builders.withBuilder(Risk::builder)
        .use(names()).in((b, n) -> b.reference(n.reference()).title(n.title()).description(n.description()))
        .use(text()).withProbability(0.2).in(Risk.Builder::cause)
        .use(text()).withProbability(0.2).in(Risk.Builder::event)
        .use(text()).withProbability(0.2).in(Risk.Builder::consequence)
        .use(text()).withProbability(0.6).in(Risk.Builder::owner)
        .use(text()).withProbability(0.3).in(Risk.Builder::category)
        .use(ratings()).withProbability(0.4).in(Risk.Builder::inherent)
        .use(ratings()).withProbability(0.7).in(Risk.Builder::current)
        .use(ratings()).withProbability(0.6).in(Risk.Builder::target)
        .use(text().list().ofMaxSize(3)).in(Risk.Builder::addAllControls)
        .use(riskActions().list().ofMaxSize(3)).in(Risk.Builder::addAllActions)
        .use(Arbitraries.of(Treatment.class)).withProbability(0.5).in(Risk.Builder::treatment)
        .use(Arbitraries.of(ReviewFrequency.class)).withProbability(0.3).in(Risk.Builder::reviewFrequency)
        .use(dates()).withProbability(0.5).in(Risk.Builder::lastReviewed)
        .use(escalations().list().ofMaxSize(2)).in(Risk.Builder::addAllEscalations)
        .use(Arbitraries.of(RiskStatus.class)).withProbability(0.5).in(Risk.Builder::status)
        .build(Risk.Builder::build);
  }

  static Arbitrary<RiskRegister> registers() {
    return Builders.withBuilder(RiskRegister::builder)
        .use(ids()).in(RiskRegister.Builder::id)
        .use(text()).in(RiskRegister.Builder::title)
        .use(matrices()).in(RiskRegister.Builder::matrix)
        .use(Arbitraries.of(RegisterLevel.class)).withProbability(0.7).in(RiskRegister.Builder::level)
        .use(Arbitraries.integers().between(0, 365 * 20).map(d -> LocalDate.of(2008, 1, 1).plusDays(d)))
        .withProbability(0.6).in(RiskRegister.Builder::asAt)
        .use(Arbitraries.of(ReviewFrequency.class)).withProbability(0.5).in(RiskRegister.Builder::reviewFrequency)
        .use(risks().list().ofMaxSize(5)).in(RiskRegister.Builder::addAllRisks)
        .build(RiskRegister.Builder::build);
  }

  /** A recovery time as plans print it: {@code 4 hours}, {@code 24hrs}, {@code 2 Days}, {@code 30 min}. */
  static Arbitrary<RecoveryTime> recoveryTimes() {
    return Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.of("", " "),
            Arbitraries.of("minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "h", "days", "day", "weeks",
                "week", "Hours", "HRS", "Days"))
        .as((n, space, unit) -> RecoveryTime.parse(n + space + unit));
  }

  static Arbitrary<CriticalFunction> criticalFunctions() {
    return Builders.withBuilder(CriticalFunction::builder)
        .use(text()).in(CriticalFunction.Builder::name)
        .use(text()).withProbability(0.3).in(CriticalFunction.Builder::description)
        .use(recoveryTimes()).withProbability(0.8).in(CriticalFunction.Builder::recoveryTime)
        .use(recoveryTimes()).withProbability(0.4).in(CriticalFunction.Builder::maximumTolerableDisruption)
        .use(text()).withProbability(0.8).in(CriticalFunction.Builder::minimumServiceLevel)
        .use(text().list().ofMaxSize(3)).in(CriticalFunction.Builder::addAllDependencies)
        .build(CriticalFunction.Builder::build);
  }

  static Arbitrary<BusinessContinuityPlan> continuityPlans() {
    return Builders.withBuilder(BusinessContinuityPlan::builder)
        .use(ids()).in(BusinessContinuityPlan.Builder::id)
        .use(text()).in(BusinessContinuityPlan.Builder::title)
        .use(text()).withProbability(0.4).in(BusinessContinuityPlan.Builder::narrative)
        .use(criticalFunctions().list().ofMaxSize(5)).in(BusinessContinuityPlan.Builder::addAllCriticalFunctions)
        .build(BusinessContinuityPlan.Builder::build);
  }

  /** A characteristic as assessments name it, or one the Act does not protect. */
  static Arbitrary<String> characteristics() {
    return Arbitraries.oneOf(Arbitraries.of("Age", "Disability", "Gender", "Gender identity", "Race",
        "Religion or Belief", "Sexual Orientation", "Pregnancy and maternity", "Marriage and civil partnership",
        "Carers"), text());
  }

  static Arbitrary<CharacteristicAssessment> assessments() {
    return Builders.withBuilder(CharacteristicAssessment::builder)
        .use(characteristics()).in(CharacteristicAssessment.Builder::characteristic)
        .use(Arbitraries.of(true, false)).withProbability(0.8).in(CharacteristicAssessment.Builder::affectedDifferently)
        .use(Arbitraries.of(true, false)).withProbability(0.8)
        .in(CharacteristicAssessment.Builder::promotesEqualOpportunity)
        .use(Arbitraries.of(ImpactLevel.class)).withProbability(0.8).in(CharacteristicAssessment.Builder::positiveImpact)
        .use(Arbitraries.of(ImpactLevel.class)).withProbability(0.8).in(CharacteristicAssessment.Builder::negativeImpact)
        .use(text()).withProbability(0.3).in(CharacteristicAssessment.Builder::details)
        .build(CharacteristicAssessment.Builder::build);
  }

  static Arbitrary<EqualityAction> equalityActions() {
    return Builders.withBuilder(EqualityAction::builder)
        .use(characteristics()).in(EqualityAction.Builder::characteristic)
        .use(text()).withProbability(0.5).in(EqualityAction.Builder::issues)
        .use(text()).withProbability(0.5).in(EqualityAction.Builder::action)
        .use(text()).withProbability(0.5).in(EqualityAction.Builder::expectedOutcomes)
        .use(text()).withProbability(0.5).in(EqualityAction.Builder::owner)
        .use(text()).withProbability(0.5).in(EqualityAction.Builder::timescale)
        .use(text()).withProbability(0.5).in(EqualityAction.Builder::costImplications)
        .build(EqualityAction.Builder::build);
  }

  static Arbitrary<EqualityImpactAssessment> equalityImpactAssessments() {
    return Builders.withBuilder(EqualityImpactAssessment::builder)
        .use(ids()).in(EqualityImpactAssessment.Builder::id)
        .use(text()).in(EqualityImpactAssessment.Builder::title)
        .use(text()).withProbability(0.7).in(EqualityImpactAssessment.Builder::subject)
        .use(people()).withProbability(0.7).in(EqualityImpactAssessment.Builder::responsibleOwner)
        .use(people()).withProbability(0.5).in(EqualityImpactAssessment.Builder::completedBy)
        .use(dates()).withProbability(0.6).in(EqualityImpactAssessment.Builder::screeningDate)
        .use(assessments().list().ofMaxSize(9)).in(EqualityImpactAssessment.Builder::addAllAssessments)
        .use(equalityActions().list().ofMaxSize(4)).in(EqualityImpactAssessment.Builder::addAllActions)
        .use(text()).withProbability(0.3).in(EqualityImpactAssessment.Builder::note)
        .build(EqualityImpactAssessment.Builder::build);
  }
}
