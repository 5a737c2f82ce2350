package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.ViewData;

/** The order a budget table is built in: settings before lines, lines before the grand total. */
class BudgetProfileBuilderTest {

  private static Arguments misuse(String what, UnaryOperator<BudgetProfileBuilder> step, Class<?> type,
      String message) {
    return Arguments.of(what, step, type, message);
  }

  static Stream<Arguments> misuses() {
    long[] zeros = {0, 0, 0, 0, 0};
    return Stream.of(
        misuse("unit after a line", b -> b.line("X", "1.0", "0.0", "1.0", "0.0", "1.0").unit(AmountUnit.POUNDS),
            IllegalStateException.class, "Set the unit of budget profile small before adding lines"),
        misuse("a column's precision after a line", b -> b.line("X", "1.0", "0.0", "1.0", "0.0", "1.0").decimals("a", 2),
            IllegalStateException.class, "Set the precision of budget profile small before adding lines"),
        misuse("a group after the total", b -> b.total("T", "0.0", "0.0", "0.0", "0.0", "0.0").group("G"),
            IllegalStateException.class, "Line G comes after the grand total"),
        misuse("a scaled item after the total", b -> b.addScaled(LineKind.TOTAL, "T", zeros)
            .addScaled(LineKind.ITEM, "X", zeros), IllegalStateException.class, "Line X comes after the grand total"),
        misuse("a scaled subtotal with no group", b -> b.addScaled(LineKind.SUBTOTAL, "S", zeros),
            IllegalStateException.class, "Subtotal S: no group is open in budget profile small"),
        misuse("a scaled total in a group", b -> b.group("G").addScaled(LineKind.TOTAL, "T", zeros),
            IllegalStateException.class, "Grand total T: a group is still open"),
        misuse("a second scaled total", b -> b.addScaled(LineKind.TOTAL, "T", zeros).addScaled(LineKind.TOTAL, "U",
            zeros), IllegalStateException.class, "Budget profile small already has a grand total"),
        misuse("a scaled line of too few figures", b -> b.addScaled(LineKind.ITEM, "X", new long[] {0, 0}),
            IllegalArgumentException.class, "Line X has 2 figures but schema small has 5 columns"),
        misuse("a line of numbers of too many figures", b -> b.add(LineKind.ITEM, "X",
            java.util.Arrays.asList(null, null, null, null, null, null)), IllegalArgumentException.class,
            "Line X has 6 figures but schema small has 5 columns"),
        misuse("a scaled figure below the range", b -> b.addScaled(LineKind.ITEM, "X",
            new long[] {-BudgetProfile.MAX_SCALED - 1, 0, 0, 0, 0}), IllegalArgumentException.class, "out of range"),
        misuse("a blank id", b -> BudgetProfile.builder(" ", "T", BudgetSchemas.GROSS_INCOME_NET),
            IllegalArgumentException.class, "A budget profile's id is blank"),
        misuse("a blank title", b -> BudgetProfile.builder("t", " ", BudgetSchemas.GROSS_INCOME_NET),
            IllegalArgumentException.class, "Budget profile t has a blank title"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misuses")
  void theBuilderRefusesEachStepOutOfOrder(String what, UnaryOperator<BudgetProfileBuilder> step, Class<?> type,
      String message) {
    assertThatThrownBy(() -> step.apply(ReconciliationTest.small())).isInstanceOf(type).hasMessageContaining(message);
  }

  @Test
  void theScaledLinesFollowTheSameOrderAsPrintedOnes() {
    BudgetProfile p = ReconciliationTest.small().group("G")
        .addScaled(LineKind.ITEM, "X", new long[] {10, 0, 10, 0, 10})
        .addScaled(LineKind.SUBTOTAL, "G total", new long[] {10, 0, 10, 0, 10})
        .addScaled(LineKind.ITEM, "Edge", new long[] {BudgetProfile.MAX_SCALED, -BudgetProfile.MAX_SCALED, 0, 0, 0})
        .addScaled(LineKind.TOTAL, "Total", new long[] {10, 0, 10, 0, 10})
        .addScaled(LineKind.MEMO, "Of which grants", new long[] {5, BudgetProfile.BLANK, BudgetProfile.BLANK,
            BudgetProfile.BLANK, BudgetProfile.BLANK})
        .build();
    assertThat(p.lines()).extracting(BudgetLine::kind).containsExactly(LineKind.GROUP, LineKind.ITEM,
        LineKind.SUBTOTAL, LineKind.ITEM, LineKind.TOTAL, LineKind.MEMO);
    assertThat(p.scaled(3, 0)).isEqualTo(BudgetProfile.MAX_SCALED);
    assertThat(p.scaled(3, 1)).isEqualTo(-BudgetProfile.MAX_SCALED);
  }

  @Test
  void aProfileBuiltAfterMoreLinesAreAddedHasThemAll() {
    BudgetProfileBuilder b = ReconciliationTest.small();
    for (int i = 0; i < 40; i++) {
      b.group("G" + i).line("X" + i, "1.0", "0.0", "1.0", "0.0", "1.0").end();
    }
    BudgetProfile p = b.build();
    assertThat(p.lineCount()).isEqualTo(80);
    assertThat(p.line(79).name()).isEqualTo("X39");
    assertThat(p.line(79).kind()).isEqualTo(LineKind.ITEM);
  }

  @Test
  void theViewSaysWhatWasReconciledAndHowTheTableIsPrinted() {
    BudgetProfile p = BudgetProfile.builder("t", "T", BudgetSchemas.GROSS_INCOME_NET).year(FinancialYear.of(2024))
        .unit(AmountUnit.THOUSANDS).decimals("net", 0)
        .line("Older people", "10,000.0", "-2,000.0", "8,000")
        .line("Carers", "500.0", "", "500")
        .total("Total", "10,500.0", "-2,000.0", "8,600").build();

    ViewData data = p.view().data();

    assertThat(p.view().lines()).singleElement().asString().startsWith("reconciliation: ");
    assertThat(data.fields()).containsEntry("schema", "gross-income-net").containsEntry("year", "2024-25")
        .containsEntry("unit", "£'000").containsEntry("incomeSign", "negative, added").containsEntry("lines", 3L)
        .containsEntry("consistent", false).containsEntry("cells", 9L)
        // Net is 8,500 (± 1) in the total's column and on its line, printed 8,600; Carers' income is blank, so
        // its net is not derived: 2 net formulas and 3 column totals.
        .containsEntry("mismatches", 2L).containsEntry("missingCells", 1L).containsEntry("withinRounding", 0L)
        .containsEntry("relations", 5L);
    assertThat(((ViewData) data.fields().get("decimals")).fields())
        .isEqualTo(Map.of("gross", 1L, "income", 1L, "net", 0L));
    assertThat(data.fields().get("relationsChecked")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).extracting(r -> ((ViewData) r).fields().get("relation"))
        .containsExactly("Net budget = gross + income", "each total and subtotal = the sum of its lines");
  }

  @Test
  void aFigurePrintedToFewerPlacesThanItsColumnIsNoted() {
    BudgetProfileBuilder b = BudgetProfile.builder("t", "T", BudgetSchemas.GROSS_INCOME_NET)
        .year(FinancialYear.of(2024)).unit(AmountUnit.MILLIONS);
    BudgetProfile uniform = b.line("A", "8.2", "-1.0", "7.2").build();
    BudgetProfile coarser = b.line("B", "2", "0.0", "2.0").build();

    assertThat(uniform.hasCoarserFigures()).isFalse();
    assertThat(coarser.hasCoarserFigures()).isTrue();
  }

  @Test
  void everySettingAndLineKindChainsAndIsKept() {
    BudgetProfile p = BudgetProfile.builder("t", "T", BudgetSchemas.GROSS_INCOME_NET).year(FinancialYear.of(2024))
        .tolerance(Tolerance.absolute(new java.math.BigDecimal("1000"))).coversPlan(false).note("Rounded.")
        .group("Older people").line("Nursing", Map.of("gross", "10", "income", "-2", "net", "8"))
        .subtotal("Older people total", Map.of("gross", "10", "income", "-2", "net", "8"))
        .total("Total", "10", "-2", "8").memo("Of which grants", "1", "", "")
        .build();

    assertThat(p.tolerance()).isEqualTo(Tolerance.absolute(new java.math.BigDecimal("1000")));
    assertThat(p.coversPlan()).isFalse();
    assertThat(p.notes()).containsExactly("Rounded.");
    assertThat(p.lines()).extracting(BudgetLine::kind).containsExactly(LineKind.GROUP, LineKind.ITEM,
        LineKind.SUBTOTAL, LineKind.TOTAL, LineKind.MEMO);
    assertThat(p.validate().errors()).isEmpty();
  }

  @Test
  void profilesAreEqualOnlyWithTheSameSettingsAndFigures() {
    java.util.function.Supplier<BudgetProfileBuilder> base = () -> ReconciliationTest.small()
        .line("X", "1.0", "0.0", "1.0", "0.0", "1.0");
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(base.get().build(), base.get().build())
        .addEqualityGroup(base.get().line("Y", "1.0", "0.0", "1.0", "0.0", "1.0").build())
        .addEqualityGroup(base.get().coversPlan(false).build())
        .addEqualityGroup(base.get().note("A note").build())
        .addEqualityGroup(ReconciliationTest.small().line("X", "2.0", "0.0", "2.0", "0.0", "2.0").build())
        .addEqualityGroup(BudgetProfile.builder("small", "Small table", ReconciliationTest.SMALL)
            .year(FinancialYear.of(2021)).unit(AmountUnit.THOUSANDS).decimals(1)
            .line("X", "1.0", "0.0", "1.0", "0.0", "1.0").build())
        .testEquals();
  }

  @Test
  void aColumnIsFoundByItsKeyOrItsLabelTheFirstAsWellAsTheLast() {
    BudgetSchema s = BudgetSchemas.GROSS_INCOME_NET;
    for (BudgetColumn c : s.columns()) {
      assertThat(s.findColumn(c.key())).contains(c);
      assertThat(s.findColumn(c.label())).contains(c);
      assertThat(s.column(c.label())).isEqualTo(c);
    }
    assertThat(s.findColumn("Net cost")).isEmpty();
    // A key that is also another column's label names the column with that key.
    BudgetSchema clash = BudgetSchema.of("clash", "Clash", SignConvention.INCOME_NEGATIVE,
        BudgetColumn.spend("gross", "net"), BudgetColumn.amount("net", "Net budget"));
    assertThat(clash.findColumn("net")).map(BudgetColumn::key).contains("net");
  }

  @Test
  void aCellBlankOnSeveralLinesIsWarnedOnEachLineOnce() {
    // b is blank on both lines; it is a term of gross = a + b, so each line gets one warning for it.
    BudgetProfile p = ReconciliationTest.small().line("X", "1.0", "", "1.0", "0.0", "1.0")
        .line("Y", "2.0", "", "2.0", "0.0", "2.0").build();

    assertThat(p.validate().withCode(BudgetRules.CELL_MISSING)).extracting(f -> f.location().toString())
        .containsExactly("Small table › X [B]", "Small table › Y [B]");
  }
}
