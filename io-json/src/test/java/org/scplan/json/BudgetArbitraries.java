package org.scplan.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetMonitoring;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetProfileBuilder;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.BudgetSchemas;
import org.scplan.budget.ColumnKind;
import org.scplan.budget.Formula;
import org.scplan.budget.LineKind;
import org.scplan.budget.Quantity;
import org.scplan.budget.ReportedVariance;
import org.scplan.budget.Savings;
import org.scplan.budget.SignConvention;
import org.scplan.budget.Tolerance;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.ReportedAmount;

/**
 * Constrained generators of budget schemas and profiles: built-in schemas and schemas of every
 * shape the budget module accepts (formulas over earlier columns with the income signs the
 * convention wants, comparatives, headline answers, non-additive memo columns); profiles with
 * precisions from the nearest thousand to four decimals, blank cells, figures up to
 * {@link BudgetProfile#MAX_SCALED}, and lines nested in groups closed by a subtotal or not, a grand
 * total and memo lines after it.
 */
final class BudgetArbitraries {
  private BudgetArbitraries() {}

  /** What a generated column is before the schema is checked. */
  private record ColumnSpec(int kind, boolean number, boolean additive, int terms, boolean negate, int answer,
      int comparative, String label) {}

  static Arbitrary<BudgetSchema> schemas() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(BudgetSchemas.all())),
        Tuple.of(3, generatedSchemas()));
  }

  /** Schemas of one to twelve columns, built from specs that always make a valid schema. */
  static Arbitrary<BudgetSchema> generatedSchemas() {
    Arbitrary<ColumnSpec> column = Combinators.combine(
            Arbitraries.integers().between(0, 4), Arbitraries.of(true, false), Arbitraries.of(true, true, true, false),
            Arbitraries.integers().between(1, 1 << 12), Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 5), Arbitraries.integers().between(-1, 11), PlanArbitraries.text())
        .as(ColumnSpec::new);
    return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
            PlanArbitraries.text(), Arbitraries.of(SignConvention.class), column.list().ofMinSize(1).ofMaxSize(12))
        .as(BudgetArbitraries::schema);
  }

  private static BudgetSchema schema(String name, String title, SignConvention convention, List<ColumnSpec> specs) {
    List<BudgetColumn> columns = new ArrayList<>();
    Set<HeadlineMeasure> answered = EnumSet.noneOf(HeadlineMeasure.class);
    for (int i = 0; i < specs.size(); i++) {
      ColumnSpec s = specs.get(i);
      String key = "c" + i + (s.negate() ? "-x" : "");
      String label = s.label() + " " + i;
      ColumnKind kind = ColumnKind.values()[s.kind()];
      List<Formula.Term> terms = new ArrayList<>();
      if (kind == ColumnKind.DERIVED) {
        for (int j = 0; j < columns.size() && j < 12; j++) {
          BudgetColumn earlier = columns.get(j);
          if ((s.terms() >> j & 1) != 0 && earlier.kind() != ColumnKind.MEMO && earlier.isMoney()) {
            int sign = earlier.kind().isIncome() ? convention.incomeTermSign() : (s.negate() && j % 2 == 0 ? -1 : 1);
            terms.add(new Formula.Term(sign, earlier.key()));
          }
        }
        if (terms.isEmpty()) {
          kind = ColumnKind.SPEND;
        }
      }
      BudgetColumn.Builder b = BudgetColumn.builder().key(key).label(label).kind(kind);
      if (kind == ColumnKind.DERIVED) {
        b.formula(Formula.of(terms));
      }
      boolean number = kind == ColumnKind.MEMO && s.number();
      b.quantity(number ? Quantity.NUMBER : Quantity.MONEY);
      if (kind == ColumnKind.MEMO) {
        b.additive(s.additive());
        if (s.comparative() >= 0 && s.comparative() < columns.size()
            && columns.get(s.comparative()).isMoney() != number) {
          b.comparativeOf(columns.get(s.comparative()).key());
        }
      }
      HeadlineMeasure measure = s.answer() < HeadlineMeasure.values().length ? HeadlineMeasure.values()[s.answer()] : null;
      if (measure != null && measure.isMoney() != number && answered.add(measure)) {
        b.answers(measure);
      }
      columns.add(b.build());
    }
    return BudgetSchema.builder().name(name + "-schema").title(title).signConvention(convention).addAllColumns(columns)
        .build();
  }

  /** One step of building the lines: an item, a memo, a group opened, or the innermost group closed. */
  private record Step(int kind, String name, List<Long> cells, Optional<String> responsible) {}

  private static final int ITEM = 0;
  private static final int MEMO = 1;
  private static final int GROUP = 2;
  private static final int SUBTOTAL = 3;
  private static final int END = 4;

  private static Arbitrary<List<Long>> cells(int columns) {
    Arbitrary<Long> figure = Arbitraries.oneOf(
        Arbitraries.longs().between(-BudgetProfile.MAX_SCALED, BudgetProfile.MAX_SCALED),
        Arbitraries.longs().between(-100_000, 100_000));
    return figure.injectNull(0.15).list().ofSize(columns);
  }

  private static Arbitrary<Step> steps(int columns) {
    return Combinators.combine(Arbitraries.integers().between(0, 4), PlanArbitraries.text(), cells(columns),
        PlanArbitraries.text().optional(0.2)).as(Step::new);
  }

  /** A profile's settings, then its lines as built by {@link #build}. */
  private static final class Spec {
    String id;
    String title;
    FinancialYear year;
    Optional<OrgUnit> orgUnit = Optional.empty();
    AmountUnit unit = AmountUnit.POUNDS;
    List<Integer> decimals = List.of();
    Tolerance tolerance = Tolerance.intervals();
    boolean coversPlan = true;
    List<String> notes = List.of();
    List<Step> steps = List.of();
    Optional<Step> total = Optional.empty();
    List<Step> memos = List.of();

    Spec with(Runnable set) {
      set.run();
      return this;
    }
  }

  static Arbitrary<BudgetProfile> profiles() {
    return schemas().flatMap(BudgetArbitraries::profiles);
  }

  /** Budget monitoring sections: savings and variances, some variances with budget and forecast. */
  static Arbitrary<BudgetMonitoring> monitoring() {
    Arbitrary<ReportedAmount> amounts = PlanArbitraries.amounts();
    Arbitrary<Savings> savings = Combinators.combine(PlanArbitraries.text(), amounts, amounts, amounts)
        .as(Savings::of);
    Arbitrary<ReportedVariance> variances = Arbitraries.oneOf(
        Combinators.combine(PlanArbitraries.text(), amounts).as(ReportedVariance::of),
        Combinators.combine(PlanArbitraries.text(), amounts, amounts, amounts).as(ReportedVariance::of));
    return Builders.withBuilder(BudgetMonitoring::builder)
        .use(PlanArbitraries.text()).in(BudgetMonitoring.Builder::id)
        .use(PlanArbitraries.text()).in(BudgetMonitoring.Builder::title)
        .use(PlanArbitraries.years()).withProbability(0.6).in(BudgetMonitoring.Builder::year)
        .use(savings.list().ofMaxSize(3)).in(BudgetMonitoring.Builder::addAllSavings)
        .use(variances.list().ofMaxSize(5)).in(BudgetMonitoring.Builder::addAllVariances)
        .build(BudgetMonitoring.Builder::build);
  }

  private static Arbitrary<Tolerance> tolerances() {
    return Arbitraries.oneOf(Arbitraries.just(Tolerance.intervals()),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2).map(Tolerance::absolute),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4).map(Tolerance::relative));
  }

  private static Arbitrary<OrgUnit> orgUnits() {
    return Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
            PlanArbitraries.text(), Arbitraries.of(OrgLevel.class))
        .as(OrgUnit::of);
  }

  static Arbitrary<BudgetProfile> profiles(BudgetSchema schema) {
    int n = schema.size();
    return Builders.withBuilder(Spec::new)
        .use(PlanArbitraries.text()).in((s, v) -> s.with(() -> s.id = v))
        .use(PlanArbitraries.text()).in((s, v) -> s.with(() -> s.title = v))
        .use(PlanArbitraries.years()).in((s, v) -> s.with(() -> s.year = v))
        .use(orgUnits()).withProbability(0.5).in((s, v) -> s.with(() -> s.orgUnit = Optional.of(v)))
        .use(Arbitraries.of(AmountUnit.class)).in((s, v) -> s.with(() -> s.unit = v))
        .use(Arbitraries.integers().between(-3, 4).list().ofSize(n)).in((s, v) -> s.with(() -> s.decimals = v))
        .use(tolerances()).in((s, v) -> s.with(() -> s.tolerance = v))
        .use(Arbitraries.of(true, false)).in((s, v) -> s.with(() -> s.coversPlan = v))
        .use(PlanArbitraries.text().list().ofMaxSize(2)).in((s, v) -> s.with(() -> s.notes = v))
        .use(steps(n).list().ofMaxSize(14)).in((s, v) -> s.with(() -> s.steps = v))
        .use(steps(n)).withProbability(0.6).in((s, v) -> s.with(() -> s.total = Optional.of(v)))
        .use(steps(n).list().ofMaxSize(2)).in((s, v) -> s.with(() -> s.memos = v))
        .build(s -> build(schema, s));
  }

  private static BudgetProfile build(BudgetSchema schema, Spec s) {
    BudgetProfileBuilder b = BudgetProfile.builder(s.id, s.title, schema).year(s.year).unit(s.unit)
        .decimals(s.decimals.get(0)).tolerance(s.tolerance).coversPlan(s.coversPlan);
    s.orgUnit.ifPresent(b::orgUnit);
    s.notes.forEach(b::note);
    for (int c = 1; c < schema.size(); c++) {
      b.decimals(schema.columns().get(c).key(), s.decimals.get(c));
    }
    int open = 0;
    for (Step step : s.steps) {
      int kind = step.kind();
      if (kind == GROUP && open < 3) {
        b.group(step.name());
        open++;
      } else if ((kind == SUBTOTAL || kind == END) && open > 0) {
        open--;
        if (kind == END) {
          b.end();
          continue;
        }
        b.addScaled(LineKind.SUBTOTAL, step.name(), scaled(step));
        coarser(b, schema, s, scaled(step));
      } else {
        b.addScaled(kind == MEMO ? LineKind.MEMO : LineKind.ITEM, step.name(), scaled(step));
        coarser(b, schema, s, scaled(step));
      }
      step.responsible().ifPresent(b::responsible);
    }
    for (; open > 0; open--) {
      b.end();
    }
    s.total.ifPresent(t -> b.addScaled(LineKind.TOTAL, t.name(), scaled(t)));
    for (Step memo : s.memos) {
      b.addScaled(LineKind.MEMO, memo.name(), scaled(memo));
    }
    return b.build();
  }

  /** Says of some figures (a third of the multiples of ten) that they were printed one decimal coarser. */
  private static void coarser(BudgetProfileBuilder b, BudgetSchema schema, Spec s, long[] cells) {
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] != BudgetProfile.BLANK && cells[c] != 0 && cells[c] % 10 == 0 && (cells[c] / 10) % 3 == 0) {
        b.printed(schema.columns().get(c).key(), s.decimals.get(c) - 1);
      }
    }
  }

  private static long[] scaled(Step step) {
    long[] cells = new long[step.cells().size()];
    for (int c = 0; c < cells.length; c++) {
      Long v = step.cells().get(c);
      cells[c] = v == null ? BudgetProfile.BLANK : v;
    }
    return cells;
  }
}
