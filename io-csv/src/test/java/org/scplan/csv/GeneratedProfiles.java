package org.scplan.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetProfileBuilder;
import org.scplan.budget.BudgetSchemas;
import org.scplan.budget.LineKind;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;

/**
 * Consistent budget tables in the layout of seed 001's Table 5 (staffing, non staffing, gross,
 * income, grants, net cost): groups closed by their subtotals, top-level lines, a grand total and
 * perhaps a memo line, every derived figure and total computed exactly. Either in £'000 at 0 to 2
 * decimals, or in pounds rounded to the nearest £1,000 with no zero figure (so that every column's
 * precision can be inferred from its whole thousands).
 */
final class GeneratedProfiles {
  private GeneratedProfiles() {}

  /** The figures of one line: staffing, non staffing, income, grants; the rest is computed. */
  record Figures(long staffing, long nonStaffing, long income, long grants) {}

  record Shape(AmountUnit unit, int decimals, List<List<Figures>> groups, List<Figures> top, boolean memo,
      int year) {}

  static Arbitrary<BudgetProfile> profiles() {
    return Arbitraries.oneOf(shapes(AmountUnit.THOUSANDS, Arbitraries.integers().between(0, 2)),
        shapes(AmountUnit.POUNDS, Arbitraries.just(-3))).map(GeneratedProfiles::build);
  }

  private static Arbitrary<Shape> shapes(AmountUnit unit, Arbitrary<Integer> decimals) {
    Arbitrary<Figures> figures = unit == AmountUnit.POUNDS ? noZeros()
        : Combinators.combine(magnitude(), magnitude(), magnitude(), magnitude()).as((a, b, c, d) -> new Figures(a, b,
            -c, -d));
    Arbitrary<List<List<Figures>>> groups = figures.list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(3);
    Arbitrary<List<Figures>> top = figures.list().ofMinSize(0).ofMaxSize(3);
    return Combinators.combine(decimals, groups, top, Arbitraries.of(true, false), Arbitraries.integers()
        .between(2000, 2030)).as((d, g, t, m, y) -> new Shape(unit, d, g, t, m, y))
        .filter(s -> !s.groups().isEmpty() || !s.top().isEmpty());
  }

  private static Arbitrary<Long> magnitude() {
    return Arbitraries.longs().between(0, 999_999_999L);
  }

  /** Figures none of which is zero, net included: income and grants less than the spending. */
  private static Arbitrary<Figures> noZeros() {
    Arbitrary<Long> spend = Arbitraries.longs().between(2, 999_999_999L);
    return Combinators.combine(spend, spend).flatAs((s, n) -> Combinators.combine(
        Arbitraries.longs().between(1, s - 1), Arbitraries.longs().between(1, n - 1))
        .as((i, g) -> new Figures(s, n, -i, -g)));
  }

  static BudgetProfile build(Shape s) {
    BudgetProfileBuilder b = BudgetProfile.builder("generated", "Generated table " + s.year(),
            BudgetSchemas.KENT_DIRECTORATE_2018)
        .year(FinancialYear.of(s.year())).unit(s.unit()).decimals(s.decimals());
    long[] grand = new long[4];
    for (int g = 0; g < s.groups().size(); g++) {
      b.group("Group " + (g + 1));
      long[] sum = new long[4];
      for (int i = 0; i < s.groups().get(g).size(); i++) {
        Figures f = s.groups().get(g).get(i);
        add(sum, f);
        b.add(LineKind.ITEM, "Item " + (g + 1) + "." + (i + 1), cells(f, s.decimals()));
      }
      Figures subtotal = new Figures(sum[0], sum[1], sum[2], sum[3]);
      add(grand, subtotal);
      b.add(LineKind.SUBTOTAL, "Total Group " + (g + 1), cells(subtotal, s.decimals()));
    }
    for (int i = 0; i < s.top().size(); i++) {
      add(grand, s.top().get(i));
      b.add(LineKind.ITEM, "Line " + (i + 1), cells(s.top().get(i), s.decimals()));
    }
    b.add(LineKind.TOTAL, "Total", cells(new Figures(grand[0], grand[1], grand[2], grand[3]), s.decimals()));
    if (s.memo()) {
      b.add(LineKind.MEMO, "Of which externally funded", cells(s.groups().isEmpty() ? s.top().get(0)
          : s.groups().get(0).get(0), s.decimals()));
    }
    return b.build();
  }

  private static void add(long[] sum, Figures f) {
    sum[0] += f.staffing();
    sum[1] += f.nonStaffing();
    sum[2] += f.income();
    sum[3] += f.grants();
  }

  private static List<BigDecimal> cells(Figures f, int decimals) {
    long gross = f.staffing() + f.nonStaffing();
    long net = gross + f.income() + f.grants();
    List<BigDecimal> cells = new ArrayList<>();
    for (long v : new long[] {f.staffing(), f.nonStaffing(), gross, f.income(), f.grants(), net}) {
      cells.add(BigDecimal.valueOf(v, decimals));
    }
    return cells;
  }
}
