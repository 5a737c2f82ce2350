package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.scplan.core.AmountUnit;
import org.scplan.core.ReportedAmount;

/** The laws of reconciliation and allocation. */
class ReconciliationProperties {

  @Provide
  Arbitrary<GeneratedTable> tables() {
    return Arbitraries.randomValue(GeneratedTable::random);
  }

  @Property(tries = 300)
  void aTableOfRoundedConsistentFiguresNeverFails(@ForAll("tables") GeneratedTable table) {
    Reconciliation r = table.build(AmountUnit.THOUSANDS).reconcile();
    assertThat(r.report().errors()).as("%s", table).isEmpty();
    assertThat(r.report().warnings()).isEmpty();
    assertThat(r.discrepancies()).allMatch(Discrepancy::holds);
  }

  @Property(tries = 300)
  void pushingOneCellOutsideItsIntervalFailsExactlyTheRelationsItTakesPartIn(
      @ForAll("tables") GeneratedTable table, @ForAll @IntRange(min = 0, max = 1000) int pick,
      @ForAll @IntRange(min = 0, max = 10) int column, @ForAll boolean up, @ForAll @IntRange(max = 1000) int extra) {
    List<Integer> lines = table.figureLines();
    int line = lines.get(pick % lines.size());
    // Far enough that no relation's rounding can absorb it: more units than figures in any relation.
    long push = table.rows.size() + GeneratedTable.COLUMNS + 2 + extra;
    table.rows.get(line).published[column] += up ? push : -push;
    Reconciliation r = table.build(AmountUnit.THOUSANDS).reconcile();
    Set<GeneratedTable.Relation> failed = r.mismatches().stream()
        .map(d -> new GeneratedTable.Relation(d.line().index(), d.column().key(), d.relation()))
        .collect(Collectors.toSet());
    assertThat(failed).isEqualTo(table.relationsOf(line, column));
    assertThat(r.report().errors()).hasSize(failed.size());
  }

  @Property(tries = 200)
  void restatingATableInAnotherUnitKeepsEveryVerdict(@ForAll("tables") GeneratedTable table,
      @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 1000) Integer> pushes) {
    List<Integer> lines = table.figureLines();
    for (int p : pushes) {
      table.rows.get(lines.get(p % lines.size())).published[3 + p % 8] += p % 7 - 3;
    }
    BudgetProfile thousands = table.build(AmountUnit.THOUSANDS);
    List<String> verdicts = verdicts(thousands);
    for (AmountUnit unit : AmountUnit.values()) {
      BudgetProfile restated = table.build(unit);
      assertThat(verdicts(restated)).isEqualTo(verdicts);
      assertThat(thousands.in(unit)).isEqualTo(restated);
      assertThat(restated.total().orElseThrow().amount("gross").orElseThrow().interval())
          .isEqualTo(thousands.total().orElseThrow().amount("gross").orElseThrow().interval());
    }
  }

  @Property(tries = 300)
  void aFigurePrintedCoarserOnlyWidensItsIntervalNoRelationFailsThatHeldBefore(@ForAll("tables") GeneratedTable table,
      @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 1000) Integer> pushes, @ForAll long seed) {
    List<Integer> lines = table.figureLines();
    for (int p : pushes) {
      table.rows.get(lines.get(p % lines.size())).published[3 + p % 8] += p % 7 - 3;
    }
    java.util.Random r = new java.util.Random(seed);
    Set<Long> picked = new java.util.HashSet<>();
    for (int i = 0; i < table.rows.size(); i++) {
      for (int c = 0; c < GeneratedTable.COLUMNS; c++) {
        if (r.nextInt(4) == 0) {
          picked.add((long) i * GeneratedTable.COLUMNS + c);
        }
      }
    }
    BudgetProfile plain = table.build(AmountUnit.THOUSANDS);
    BudgetProfile coarse = table.build(AmountUnit.THOUSANDS,
        (line, column) -> picked.contains((long) line * GeneratedTable.COLUMNS + column));
    Set<String> before = plain.validate().errors().stream().map(f -> f.code() + " " + f.location()).collect(
        Collectors.toSet());
    Set<String> after = coarse.validate().errors().stream().map(f -> f.code() + " " + f.location()).collect(
        Collectors.toSet());
    assertThat(before).containsAll(after);
    assertThat(coarse.in(AmountUnit.MILLIONS).validate().errors().size()).isEqualTo(after.size());
    assertThat(coarse.in(AmountUnit.POUNDS).in(AmountUnit.THOUSANDS)).isEqualTo(coarse);
  }

  private static List<String> verdicts(BudgetProfile profile) {
    return profile.validate().findings().stream()
        .map(f -> f.severity() + " " + f.code() + " " + f.location()).toList();
  }

  @Property
  void allocationAlwaysSumsExactlyAndEachPartIsWithinOneUnitOfItsShare(
      @ForAll @IntRange(min = -9_999_999, max = 9_999_999) int units, @ForAll @IntRange(min = -2, max = 3) int decimals,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1_000_000) Integer> weights) {
    weights.set(0, weights.get(0) + 1);
    ReportedAmount total = ReportedAmount.of(BigDecimal.valueOf(units, decimals), AmountUnit.THOUSANDS, decimals);
    List<ReportedAmount> parts = Allocation.spread(total,
        weights.stream().map(BigDecimal::valueOf).toList());
    assertThat(parts).hasSize(weights.size());
    assertThat(parts).allMatch(p -> p.unit() == AmountUnit.THOUSANDS && p.decimals() == decimals);
    assertThat(parts.stream().map(ReportedAmount::printed).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(total.printed());
    long weightSum = weights.stream().mapToLong(Integer::longValue).sum();
    BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal exact = total.printed().multiply(BigDecimal.valueOf(weights.get(i)))
          .divide(BigDecimal.valueOf(weightSum), 20, java.math.RoundingMode.HALF_EVEN);
      assertThat(parts.get(i).printed().subtract(exact).abs()).isLessThan(step);
    }
  }

  @Property
  void aFormulaReadsBackFromItsText(@ForAll @Size(min = 1, max = 6) Set<@IntRange(min = 0, max = 99) Integer> columns,
      @ForAll @Size(max = 6) List<Boolean> minus) {
    List<Formula.Term> terms = columns.stream().map(c -> "col-" + c)
        .map(k -> minus.size() > k.length() % 6 && minus.get(k.length() % 6) ? Formula.Term.minus(k) : Formula.Term.plus(k))
        .toList();
    Formula f = Formula.of(terms);
    assertThat(Formula.parse(f.toString())).isEqualTo(f);
  }
}
