package org.scplan.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.scplan.core.Action;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.HeadlineFigure;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.KeyDecision;
import org.scplan.core.Milestone;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.Organisation;
import org.scplan.core.Person;
import org.scplan.core.PlanDate;
import org.scplan.core.Priority;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.ReportedNumber;

/**
 * Constrained generators of {@link BusinessPlan}s shaped like the published plans: titles and
 * descriptions with the punctuation plans print (and the characters JSON must escape), an
 * organisation tree or a lone unit, financial years, people with and without titles, headline
 * figures at their printed precision, priorities with heading actions holding sub-actions,
 * milestones and key decisions, and dates as plans print them.
 */
final class PlanArbitraries {
  /** What a plan's text may hold besides letters and digits, JSON's escapes included. */
  private static final String PUNCTUATION = " .,;:/&'()%-–—£€é’\"\\\t\n";

  private PlanArbitraries() {}

  /** Non-blank text: a letter, then up to 40 letters, digits and punctuation. */
  static Arbitrary<String> text() {
    return Combinators.combine(
            Arbitraries.chars().alpha(),
            Arbitraries.strings().alpha().numeric().withChars(PUNCTUATION).ofMaxLength(40))
        .as((first, rest) -> first + rest);
  }

  /** A date as plans print it: {@code April 2013}, {@code Sept 2013}, {@code 31st December 2010}, {@code Ongoing}. */
  static Arbitrary<PlanDate> dates() {
    Arbitrary<String> month = Arbitraries.of("April", "Apr", "Sept", "September", "Jan", "March", "December", "June");
    Arbitrary<Integer> year = Arbitraries.integers().between(2008, 2020);
    Arbitrary<String> monthYear = Combinators.combine(month, year).as((m, y) -> m + " " + y);
    Arbitrary<String> day = Combinators.combine(Arbitraries.integers().between(1, 28), month, year)
        .as((d, m, y) -> d + (d == 1 || d == 21 ? "st " : "th ") + m + " " + y);
    Arbitrary<String> words = Arbitraries.of("Ongoing", "Ongoing until 2011", "tbc", "TBC", "2011", "31/12/2010",
        "Quarterly", "End of Q2");
    return Arbitraries.oneOf(monthYear, day, words).map(PlanDate::parse);
  }

  static Arbitrary<FinancialYear> years() {
    return Arbitraries.integers().between(2000, 2030).map(FinancialYear::of);
  }

  static Arbitrary<Person> people() {
    return Combinators.combine(text(), text().optional(0.4))
        .as((name, title) -> Person.builder().name(name).title(title).build());
  }

  /**
   * A headline figure at its printed precision, from three decimals to the nearest thousand:
   * money in pounds, £'000 or £m, signed; FTE not negative.
   */
  private static Arbitrary<ReportedFigure> figure(HeadlineMeasure measure) {
    long least = measure.isMoney() ? -9_999_999_999L : 0;
    return Combinators.combine(Arbitraries.integers().between(-3, 3), Arbitraries.longs().between(least, 9_999_999_999L),
            Arbitraries.of(AmountUnit.class))
        .as((decimals, digits, unit) -> {
          BigDecimal printed = decimals >= 0 ? BigDecimal.valueOf(digits, decimals)
              : BigDecimal.valueOf(digits).movePointRight(-decimals);
          return measure.isMoney() ? (ReportedFigure) ReportedAmount.of(printed, unit, decimals)
              : ReportedNumber.of(printed, decimals);
        });
  }

  /** A money figure as published: pounds, £'000 or £m, signed, from three decimals to the nearest thousand. */
  static Arbitrary<ReportedAmount> amounts() {
    return figure(HeadlineMeasure.NET_BUDGET).map(ReportedAmount.class::cast);
  }

  static Arbitrary<HeadlineFigure> headlines() {
    return Arbitraries.of(HeadlineMeasure.class).flatMap(measure -> Combinators.combine(
            figure(measure), text().optional(0.5), text().optional(0.3))
        .as((figure, asAt, quote) -> HeadlineFigure.builder().measure(measure).figure(figure).asAt(asAt).quote(quote)
            .build()));
  }

  private static Arbitrary<Optional<String>> numbers(String prefix) {
    return Arbitraries.integers().between(1, 12).map(n -> prefix + n).optional(0.9);
  }

  /** An action, and below it sub-actions down to {@code depth} more levels. */
  static Arbitrary<Action> actions(int depth) {
    Builders.BuilderCombinator<Action.Builder> action = Builders.withBuilder(Action::builder)
        .use(numbers(depth > 0 ? "" : "1.")).in(Action.Builder::number)
        .use(text()).in(Action.Builder::description)
        .use(text().list().ofMaxSize(4)).in(Action.Builder::addAllAccountableOfficers)
        .use(dates()).withProbability(0.7).in(Action.Builder::start)
        .use(dates()).withProbability(0.7).in(Action.Builder::end)
        .use(text()).withProbability(0.2).in(Action.Builder::deliverables)
        .use(text().list().ofMaxSize(2)).withProbability(0.2).in(Action.Builder::addAllLinks);
    if (depth > 0) {
      action = action.use(actions(depth - 1).list().ofMaxSize(3)).withProbability(0.6).in(Action.Builder::addAllActions);
    }
    return action.build(Action.Builder::build);
  }

  static Arbitrary<Milestone> milestones() {
    return Builders.withBuilder(Milestone::builder)
        .use(Arbitraries.strings().withCharRange('A', 'H').ofLength(1)).withProbability(0.9).in(Milestone.Builder::letter)
        .use(text()).in(Milestone.Builder::description)
        .use(dates()).withProbability(0.9).in(Milestone.Builder::due)
        .build(Milestone.Builder::build);
  }

  static Arbitrary<KeyDecision> decisions() {
    return Builders.withBuilder(KeyDecision::builder)
        .use(numbers("")).in(KeyDecision.Builder::number)
        .use(text()).in(KeyDecision.Builder::description)
        .use(Arbitraries.of(true, false)).withProbability(0.9).in(KeyDecision.Builder::inForwardPlan)
        .build(KeyDecision.Builder::build);
  }

  static Arbitrary<Priority> priorities() {
    return Builders.withBuilder(Priority::builder)
        .use(numbers("")).in(Priority.Builder::number)
        .use(text()).in(Priority.Builder::title)
        .use(text()).withProbability(0.7).in(Priority.Builder::description)
        .use(text()).withProbability(0.2).in(Priority.Builder::narrative)
        .use(actions(1).list().ofMaxSize(4)).in(Priority.Builder::addAllActions)
        .use(milestones().list().ofMaxSize(4)).in(Priority.Builder::addAllMilestones)
        .use(decisions().list().ofMaxSize(2)).in(Priority.Builder::addAllKeyDecisions)
        .build(Priority.Builder::build);
  }

  /** The plan's unit and, sometimes, the organisation around it. */
  private record UnitIn(OrgUnit unit, Optional<Organisation> organisation) {}

  private static Arbitrary<UnitIn> units() {
    Arbitrary<String> ids = Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(8);
    return Combinators.combine(ids, text(), text(), text(), Arbitraries.of(OrgLevel.DIRECTORATE, OrgLevel.DIVISION,
            OrgLevel.SERVICE, OrgLevel.TEAM), Arbitraries.integers().between(0, 2))
        .as((id, councilName, directorateName, unitName, level, shape) -> {
          OrgUnit council = OrgUnit.of("c-" + id, councilName, OrgLevel.COUNCIL);
          OrgUnit directorate = OrgUnit.of("d-" + id, directorateName, OrgLevel.DIRECTORATE).withParent(council.id());
          OrgUnit unit = OrgUnit.of("u-" + id, unitName, level).withParent(directorate.id());
          return switch (shape) {
            case 0 -> new UnitIn(unit, Optional.of(Organisation.of(List.of(council, directorate, unit))));
            case 1 -> new UnitIn(council, Optional.of(Organisation.of(List.of(unit, council, directorate))));
            default -> new UnitIn(unit, Optional.empty());
          };
        });
  }

  /** A whole plan with one to four priorities, without sections (no section kind is built in yet). */
  static Arbitrary<BusinessPlan> plans() {
    return Builders.withBuilder(BusinessPlan::builder)
        .use(text()).in(BusinessPlan.Builder::title)
        .use(units()).in((b, u) -> b.unit(u.unit()).organisation(u.organisation()))
        .use(years().flatMap(first -> Arbitraries.integers().between(0, 3)
            .map(span -> List.of(first, first.plusYears(span)))))
        .in((b, years) -> b.year(years.get(0)).lastYear(years.get(1).equals(years.get(0))
            ? Optional.empty() : Optional.of(years.get(1))))
        .use(text()).withProbability(0.8).in(BusinessPlan.Builder::status)
        .use(text()).withProbability(0.5).in(BusinessPlan.Builder::source)
        .use(people()).withProbability(0.7).in(BusinessPlan.Builder::portfolioHolder)
        .use(people().list().ofMaxSize(2)).in(BusinessPlan.Builder::addAllCabinetMembers)
        .use(people().list().ofMaxSize(2)).in(BusinessPlan.Builder::addAllCorporateDirectors)
        .use(people().list().ofMaxSize(2)).in(BusinessPlan.Builder::addAllDirectors)
        .use(people().list().ofMaxSize(4)).in(BusinessPlan.Builder::addAllHeadsOfService)
        .use(people().list().ofMaxSize(3)).in(BusinessPlan.Builder::addAllAccountableManagers)
        .use(headlines().list().ofMaxSize(3)).in(BusinessPlan.Builder::addAllHeadlines)
        .use(priorities().list().ofMinSize(1).ofMaxSize(4)).in(BusinessPlan.Builder::addAllPriorities)
        .build(BusinessPlan.Builder::build);
  }
}
