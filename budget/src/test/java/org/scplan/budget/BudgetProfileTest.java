package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.ReportedAmount;

/** Building, reading, restating and printing a profile. */
class BudgetProfileTest {

  @Test
  void aFigurePrintedCoarserThanItsColumnKeepsItsOwnPrecision() {
    // A £m table to one decimal in which one figure was printed "£2m".
    BudgetProfile p = ReconciliationTest.small()
        .line("Transport", "2.0", "0.0", "2.0", "-0.4", "1.9").printed("a", 0).printed("gross", 0)
        .line("Housing", "8.2", "0.0", "8.2", "0.0", "8.2")
        .total("Total", "10.5", "0.0", "10.5", "-0.4", "10.1").printed("gross", 1)
        .build();
    BudgetLine transport = p.line("Transport").orElseThrow();
    assertThat(transport.amount("gross")).contains(ReportedAmount.of(new BigDecimal("2"), AmountUnit.THOUSANDS, 0));
    assertThat(transport.amount("gross").orElseThrow().interval().lower()).isEqualByComparingTo("1500");
    assertThat(transport.amount("net")).contains(ReportedAmount.parse("£1.9k"));
    assertThat(transport.toString()).contains("a 2,", "gross 2,", "net 1.9");
    // 2 ± 0.5 and 8.2 ± 0.05 add up to 9.65 to 10.75: the printed 10.5 holds; at the column's
    // precision (2.0 ± 0.05) it would not. Nor would 1.9 = 2.0 − 0.4 on the line itself.
    assertThat(p.validate().errors()).isEmpty();
    assertThat(p.validate().withCode(BudgetRules.TOTAL_WITHIN_ROUNDING)).hasSize(2);
    assertThat(p.validate().withCode(BudgetRules.DERIVED_WITHIN_ROUNDING)).hasSize(1);
    BudgetProfile column = ReconciliationTest.small()
        .line("Transport", "2.0", "0.0", "2.0", "-0.4", "1.9")
        .line("Housing", "8.2", "0.0", "8.2", "0.0", "8.2")
        .total("Total", "10.5", "0.0", "10.5", "-0.4", "10.1")
        .build();
    assertThat(column.validate().errors()).extracting(f -> f.code())
        .containsOnly(BudgetRules.TOTAL_MISMATCH, BudgetRules.DERIVED_MISMATCH);
    assertThat(p).isNotEqualTo(column);
    assertThat(p.hashCode()).isNotEqualTo(column.hashCode());
    assertThat(p.in(AmountUnit.POUNDS).line("Transport").orElseThrow().amount("gross"))
        .contains(ReportedAmount.of(new BigDecimal("2000"), AmountUnit.POUNDS, -3));
    assertThat(p.in(AmountUnit.POUNDS).in(AmountUnit.THOUSANDS)).isEqualTo(p);
  }

  @Test
  void withNoPrecisionDeclaredTheFiguresSayIt() {
    // No decimals(...): the net column's finest figure, 1.5, makes it one decimal, and 10 (printed
    // before it) and 12 (after) keep their whole-unit precision, ±0.5.
    BudgetProfile p = BudgetProfile.builder("t", "T", BudgetSchemas.GROSS_INCOME_NET).year(FinancialYear.of(2024))
        .line("Older people", "10", "-2", "8")
        .line("Carers", "1.5", "0", "1.5")
        .total("Total", "12", "-2", "9.5")
        .build();

    assertThat(p.decimals("gross")).isEqualTo(1);
    assertThat(p.decimals("income")).isZero();
    assertThat(p.line("Older people").orElseThrow().amount("gross").orElseThrow().interval().lower())
        .isEqualByComparingTo("9.5");
    assertThat(p.line("Carers").orElseThrow().amount("gross")).contains(ReportedAmount.parse("£1.5"));
    // 10 ± 0.5 plus 1.5 ± 0.05 is 11.45 to 12.05: the printed 12 holds only within rounding.
    assertThat(p.validate().errors()).isEmpty();
    assertThat(p.validate().withCode(BudgetRules.TOTAL_WITHIN_ROUNDING)).isNotEmpty();
    // Declared, the precision is the rule: 1.5 in a whole-unit table is refused.
    assertThatThrownBy(() -> BudgetProfile.builder("t", "T", BudgetSchemas.GROSS_INCOME_NET).decimals(0)
        .line("Carers", "1.5", "0", "1.5")).hasMessageContaining("1.5 has digits finer than the column's printed"
            + " precision of 0 decimal places");
  }

  @Test
  void cellsCanBeNamedByColumn() {
    BudgetProfile named = BudgetProfile.builder("t", "T", BudgetSchemas.GROSS_INCOME_NET).year(FinancialYear.of(2024))
        .line("Older people", java.util.Map.of("net", "8,000.0", "gross", "10,000.0", "income", "-2,000.0"))
        .line("Carers", java.util.Map.of("gross", "500.0", "Net budget", "500.0"))
        .total("Total", java.util.Map.of("gross", "10,500.0", "income", "-2,000.0", "net", "8,500.0"))
        .build();
    BudgetProfile positional = BudgetProfile.builder("t", "T", BudgetSchemas.GROSS_INCOME_NET)
        .year(FinancialYear.of(2024))
        .line("Older people", "10,000.0", "-2,000.0", "8,000.0")
        .line("Carers", "500.0", "", "500.0")
        .total("Total", "10,500.0", "-2,000.0", "8,500.0")
        .build();

    assertThat(named).isEqualTo(positional);
    assertThat(named.line("Carers").orElseThrow().isBlank("income")).isTrue();
    assertThat(named.validate().errors()).isEmpty();
    assertThatThrownBy(() -> BudgetProfile.builder("t", "T", BudgetSchemas.GROSS_INCOME_NET)
        .line("Carers", java.util.Map.of("grosss", "500.0")))
        .hasMessage("Line Carers: schema gross-income-net has no column grosss; its columns are gross, income, net");
    assertThatThrownBy(() -> BudgetProfile.builder("t", "T", BudgetSchemas.GROSS_INCOME_NET)
        .line("Carers", java.util.Map.of("gross", "500.0", "Gross expenditure", "500.0")))
        .hasMessage("Line Carers: column gross is given twice");
  }

  @Test
  void aCoarserPrecisionIsRefusedWhereItCannotBe() {
    assertThatThrownBy(() -> ReconciliationTest.small().printed("gross", 0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no line has been added");
    assertThatThrownBy(() -> ReconciliationTest.small().line("X", "", "0.0", "0.0", "0.0", "0.0").printed("a", 0))
        .hasMessage("Line X, column a is blank; only a printed figure has a precision");
    assertThatThrownBy(() -> ReconciliationTest.small().line("X", "1.0", "0.0", "0.0", "0.0", "0.0").printed("a", 2))
        .hasMessage("Line X, column a: 2 decimal places are finer than the column's 1");
    assertThatThrownBy(() -> ReconciliationTest.small().line("X", "1.5", "0.0", "0.0", "0.0", "0.0").printed("a", 0))
        .hasMessage("Line X, column a: the figure has digits finer than 0 decimal places");
  }

  @Test
  void theBuilderRefusesMisuseWithMessagesThatSayWhat() {
    assertThatThrownBy(() -> ReconciliationTest.small().line("X", "1.0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Line X has 1 figures but schema small has 5 columns ([a, b, gross, income, net])");
    assertThatThrownBy(() -> ReconciliationTest.small().line("X", "1.05", "0", "0", "0", "0"))
        .hasMessage("Line X, column A: 1.05 has digits finer than the column's printed precision of 1 decimal places");
    assertThatThrownBy(() -> ReconciliationTest.small().line("X", "TBC", "0", "0", "0", "0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReconciliationTest.small().line("X", "1,000,000,000,000,000", "0", "0", "0", "0"))
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> ReconciliationTest.small().subtotal("T", "0", "0", "0", "0", "0"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no group is open");
    assertThatThrownBy(() -> ReconciliationTest.small().end()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ReconciliationTest.small().total("T", "0", "0", "0", "0", "0").total("U", "0", "0", "0", "0", "0"))
        .hasMessageContaining("already has a grand total");
    assertThatThrownBy(() -> ReconciliationTest.small().total("T", "0", "0", "0", "0", "0").line("X", "0", "0", "0", "0", "0"))
        .hasMessageContaining("only memo lines may follow");
    assertThatThrownBy(() -> ReconciliationTest.small().group("G").total("T", "0", "0", "0", "0", "0"))
        .hasMessageContaining("group G is still open");
    assertThatThrownBy(() -> ReconciliationTest.small().group("G").build())
        .hasMessageContaining("group G is still open; close it with subtotal(...) or end()");
    assertThatThrownBy(() -> BudgetProfile.builder("p", "P", ReconciliationTest.SMALL).build())
        .hasMessageContaining("has no year");
    assertThatThrownBy(() -> ReconciliationTest.small().line("X", "0", "0", "0", "0", "0").decimals(2))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("before adding lines");
    assertThatThrownBy(() -> ReconciliationTest.small().decimals("nothing", 2))
        .hasMessageContaining("Schema small has no column nothing");
    assertThatThrownBy(() -> ReconciliationTest.small().decimals(13)).hasMessageContaining("valid decimals -12 to 12");
    assertThatThrownBy(() -> ReconciliationTest.small().line(" ", "0", "0", "0", "0", "0"))
        .hasMessageContaining("blank name");
    assertThatThrownBy(() -> ReconciliationTest.small().add(LineKind.GROUP, "G", Arrays.asList(null, null, null, null, null)))
        .hasMessageContaining("group(name)");
    assertThatThrownBy(() -> ReconciliationTest.small().addScaled(LineKind.ITEM, "X", new long[] {Long.MAX_VALUE, 0, 0, 0, 0}))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> ReconciliationTest.small().responsible("Nobody"))
        .hasMessageContaining("no line has been added yet");
  }

  @Test
  void cellsComeAsPrintedTextAsNumbersOrScaled() {
    BudgetProfile p = ReconciliationTest.small()
        .line("Text", "£1.2m", "(8,214.8)", "-7,014.8", "", "-7,014.8")
        .add(LineKind.ITEM, "Numbers", Arrays.asList(new BigDecimal("1200"), new BigDecimal("-8214.8"),
            new BigDecimal("-7014.8"), null, new BigDecimal("-7014.80")))
        .addScaled(LineKind.ITEM, "Scaled", new long[] {12000, -82148, -70148, BudgetProfile.BLANK, -70148})
        .build();
    assertThat(p.line(0).amount("a")).contains(ReportedAmount.parse("£1,200.0k"));
    assertThat(p.line(0).amount("b")).contains(ReportedAmount.parse("-£8,214.8k"));
    assertThat(p.line(0).isBlank("income")).isTrue();
    assertThat(p.line(0).amount("income")).isEmpty();
    for (int i = 0; i < 3; i++) {
      for (int c = 0; c < 5; c++) {
        assertThat(p.scaled(i, c)).isEqualTo(p.scaled(0, c));
      }
    }
    assertThat(p.scaled(0, 3)).isEqualTo(BudgetProfile.BLANK);
    assertThatThrownBy(() -> p.line(0).number("a")).hasMessageContaining("holds money; use amount(a)");
    assertThatThrownBy(() -> p.line(0).amount("zzz")).hasMessageContaining("no column zzz");
    assertThatThrownBy(() -> p.scaled(3, 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aLargeProfileSpansManyChunksAndKeepsEveryFigure() {
    BudgetProfileBuilder b = ReconciliationTest.small();
    int n = 3 * 1024 + 17;
    for (int i = 0; i < n; i++) {
      b.addScaled(LineKind.ITEM, "Line " + i, new long[] {i, -i, 0, 2L * i, 2L * i});
    }
    b.addScaled(LineKind.TOTAL, "Total", new long[] {(long) n * (n - 1) / 2, -(long) n * (n - 1) / 2, 0,
        (long) n * (n - 1), (long) n * (n - 1)});
    BudgetProfile p = b.build();
    assertThat(p.lineCount()).isEqualTo(n + 1);
    assertThat(p.scaled(2500, 3)).isEqualTo(5000);
    assertThat(p.line(n - 1).name()).isEqualTo("Line " + (n - 1));
    Reconciliation r = p.reconcile();
    assertThat(r.report().findings()).isEmpty();
    assertThat(r.relations()).isEqualTo(2L * (n + 1) + 5);
    assertThat(p).isEqualTo(b.build()).hasSameHashCodeAs(b.build());
    assertThat(p.lines()).hasSize(n + 1);
    assertThat(p.toString()).contains("3,090 lines").endsWith("\n  … 3,050 more lines");
  }

  @Test
  void aBuilderGoesOnAfterBuildWithoutChangingWhatItBuilt() {
    BudgetProfileBuilder b = ReconciliationTest.small().line("X", "1.0", "0.0", "1.0", "0.0", "1.0");
    BudgetProfile first = b.build();
    BudgetProfile second = b.line("Y", "2.0", "0.0", "2.0", "0.0", "2.0").build();
    assertThat(first.lineCount()).isEqualTo(1);
    assertThat(second.lineCount()).isEqualTo(2);
    assertThat(first.scaled(0, 0)).isEqualTo(10);
  }

  @Test
  void restatingInAnotherUnitKeepsTheIntervals() {
    BudgetProfile thousands = SeedTables.seed001Table5();
    BudgetProfile millions = thousands.in(AmountUnit.MILLIONS);
    BudgetProfile pounds = thousands.in(AmountUnit.POUNDS);
    assertThat(thousands.in(AmountUnit.THOUSANDS)).isSameAs(thousands);
    assertThat(millions.decimals("net-cost")).isEqualTo(4);
    assertThat(pounds.decimals("net-cost")).isEqualTo(-2);
    ReportedAmount net = thousands.total().orElseThrow().amount("net-cost").orElseThrow();
    assertThat(millions.total().orElseThrow().amount("net-cost")).contains(ReportedAmount.parse("£417.0180m"));
    assertThat(pounds.total().orElseThrow().amount("net-cost").orElseThrow().interval()).isEqualTo(net.interval());
    assertThat(pounds.total().orElseThrow().amount("net-cost").orElseThrow().toString())
        .isEqualTo("£417,018,000 (nearest £100)");
    assertThat(millions).isNotEqualTo(thousands);
    assertThatThrownBy(() -> BudgetProfile.builder("x", "X", ReconciliationTest.SMALL).year(FinancialYear.of(2020))
        .unit(AmountUnit.POUNDS).decimals(12).line("X", "0", "0", "0", "0", "0").build().in(AmountUnit.MILLIONS))
        .hasMessageContaining("valid decimals -12 to 12");
  }

  @Test
  void printsAsATableInJShell() {
    BudgetProfile p = SeedTables.seed001Table5();
    assertThat(p.toString()).isEqualTo(String.join("\n",
        "BudgetProfile table-5 \"Table 5: Resources\": 2018-19, money in £'000, schema kent-directorate-2018, 4 lines",
        "  LINE                                              staffing  non-staffing      gross      income     grants"
            + "   net-cost",
        "  Strategic Management & Directorate Budgets (inc…   4,401.6      42,742.1   47,143.7    -1,502.2   -2,164.3"
            + "   43,477.2",
        "  Disabled Children, Adult Learning Disability an…  38,211.4     206,922.5  245,133.9   -20,372.7   -2,378.2"
            + "  222,383.0",
        "  Older People & Physical Disability                42,474.7     219,949.4  262,424.1   -99,623.8  -11,642.5"
            + "  151,157.8",
        "  Total                                             85,087.7     469,614.0  554,701.7  -121,498.7  -16,185.0"
            + "  417,018.0"));
    assertThat(p.line(3).toString()).isEqualTo("Total (TOTAL): staffing 85,087.7, non-staffing 469,614.0, gross"
        + " 554,701.7, income -121,498.7, grants -16,185.0, net-cost 417,018.0");
    assertThat(SeedTables.seed000Budget().line("Older People").orElseThrow().toString())
        .isEqualTo("Older People (GROUP): 5 members");
  }

  @Test
  void equalityIsByValue() {
    BudgetProfile a = SeedTables.seed000Budget();
    BudgetProfile b = SeedTables.seed000Budget();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.line(3)).isEqualTo(b.line(3)).hasSameHashCodeAs(b.line(3));
    assertThat(a.withTolerance(Tolerance.absolute(BigDecimal.ONE))).isNotEqualTo(a);
    assertThat(a.withCoversPlan(false)).isNotEqualTo(a);
    assertThat(a.withCoversPlan(false).coversPlan()).isFalse();
    BudgetProfile withUnit = ReconciliationTest.small()
        .orgUnit(OrgUnit.of("hq", "Headquarters", OrgLevel.SERVICE)).line("X", "1.0", "0.0", "1.0", "0.0", "1.0").build();
    assertThat(withUnit.orgUnit()).map(OrgUnit::id).contains("hq");
    assertThat(withUnit.kind()).isEqualTo("budget");
    assertThat(withUnit.id()).isEqualTo("small");
    assertThat(withUnit.notes()).isEqualTo(List.of());
  }

  @Test
  void asHtmlTheCellsThatDoNotAddUpAreMarkedAndEveryTextEscaped() {
    BudgetProfile p = BudgetProfile.builder("t", "Budget <2024>", BudgetSchemas.GROSS_INCOME_NET)
        .year(FinancialYear.of(2024)).unit(AmountUnit.THOUSANDS)
        .line("<script>alert(1)</script>", "10,000.0", "-2,000.0", "8,000.0")
        .line("Carers", "500.0", "", "500.0")
        .total("Total", "10,500.0", "-2,000.0", "8,600.0")
        .build();

    String html = p.toHtml();

    assertThat(html.split("<td class=\"num fail\"", -1)).hasSize(2);
    assertThat(html).contains("data-failing=\"1\"").contains("<ol class=\"notes\">")
        .contains("<caption>Budget &lt;2024&gt; (2024-25, £&#39;000)</caption>")
        .contains("&lt;script&gt;").doesNotContain("<script").contains("8,600.0<sup>1</sup>");
    assertThat(html).contains("<th scope=\"col\">Net budget</th>");
  }
}
