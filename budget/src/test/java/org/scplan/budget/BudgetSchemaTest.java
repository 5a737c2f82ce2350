package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scplan.core.BusinessPlan;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.Money;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;
import org.scplan.core.ValueParseException;

/** Schemas are data: what building one checks, and the built-ins. */
class BudgetSchemaTest {

  private static BudgetSchema schema(SignConvention convention, BudgetColumn... columns) {
    return BudgetSchema.of("test", "Test", convention, columns);
  }

  @Test
  void theBuiltInsHaveStableNames() {
    assertThat(BudgetSchemas.names()).containsExactly("kent-controllable-2010", "kent-staffing-2010",
        "kent-divisional-2013", "kent-directorate-2018", "kent-staffing-2018", "cipfa-sercop", "revenue-outturn",
        "budget-monitoring", "gross-income-net", "gross-net");
    for (String name : BudgetSchemas.names()) {
      assertThat(BudgetSchemas.named(name).name()).isEqualTo(name);
    }
    assertThat(BudgetSchemas.all()).hasSize(10);
    assertThatThrownBy(() -> BudgetSchemas.named("kent-2011")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No built-in budget schema is named kent-2011").hasMessageContaining("cipfa-sercop");
  }

  @Test
  void seed000sLayoutNetsIncomeIntoControllableExpenditure() {
    BudgetSchema s = BudgetSchemas.KENT_CONTROLLABLE_2010;
    assertThat(s.keys()).containsExactly("fte-previous", "controllable-previous", "fte", "employees", "running",
        "contracts", "transfers", "gross", "external-income", "internal-income", "controllable");
    assertThat(s.column("GROSS EXPENDITURE").formula().orElseThrow())
        .isEqualTo(Formula.parse("employees + running + contracts + transfers"));
    assertThat(s.answering(HeadlineMeasure.NET_BUDGET).orElseThrow().key()).isEqualTo("controllable");
    assertThat(s.answering(HeadlineMeasure.FTE).orElseThrow().quantity()).isEqualTo(Quantity.NUMBER);
    assertThat(s.column("fte-previous").comparativeOf()).contains("fte");
    assertThat(s.indexOf("INTERNAL INCOME")).isEqualTo(9);
    assertThat(s.indexOf("nothing")).isEqualTo(-1);
    assertThat(s.findColumn("nothing")).isEmpty();
    assertThat(s.toString()).startsWith("Schema kent-controllable-2010: Kent controllable expenditure (2010-11 business"
        + " plans) (income printed negative and added)\n  2009/10 FTE (fte-previous, MEMO NUMBER, last year's fte)")
        .contains("GROSS EXPENDITURE (gross, DERIVED = employees + running + contracts + transfers,"
            + " answers GROSS_EXPENDITURE)");
  }

  @Test
  void theRevenueOutturnSubtractsIncomePrintedPositive() {
    BudgetSchema ro = BudgetSchemas.named("revenue-outturn");
    assertThat(ro.signConvention()).isEqualTo(SignConvention.INCOME_POSITIVE);
    assertThat(ro.column("net").formula().orElseThrow()).hasToString("total-expenditure - sales - other-income");
    assertThat(BudgetSchemas.CIPFA_SERCOP.column("grants").kind()).isEqualTo(ColumnKind.GRANT);
  }

  @Test
  void refusesInconsistentSchemasWithAMessageThatSaysWhy() {
    BudgetColumn a = BudgetColumn.spend("a", "A");
    BudgetColumn income = BudgetColumn.income("income", "Income");
    assertThatThrownBy(() -> schema(SignConvention.INCOME_NEGATIVE, a, BudgetColumn.derived("g", "G", "a + b")))
        .hasMessageContaining("the formula of g names b, which is not a column");
    assertThatThrownBy(() -> schema(SignConvention.INCOME_NEGATIVE, a, BudgetColumn.number("fte", "FTE"),
        BudgetColumn.derived("g", "G", "a + fte")))
        .hasMessageContaining("uses the memo column fte; memo figures are not summands of money");
    assertThatThrownBy(() -> schema(SignConvention.INCOME_NEGATIVE, a, income, BudgetColumn.derived("n", "N", "a - income")))
        .hasMessageContaining("with INCOME_NEGATIVE, the INCOME column income must be added in the formula of n");
    assertThatThrownBy(() -> schema(SignConvention.INCOME_POSITIVE, a, income, BudgetColumn.derived("n", "N", "a + income")))
        .hasMessageContaining("must be subtracted");
    assertThatThrownBy(() -> schema(SignConvention.INCOME_NEGATIVE, BudgetColumn.derived("x", "X", "y"),
        BudgetColumn.derived("y", "Y", "x")))
        .hasMessageContaining("[x, y] refer to each other in a circle");
    assertThatThrownBy(() -> schema(SignConvention.INCOME_NEGATIVE, a, BudgetColumn.spend("a", "Other")))
        .hasMessageContaining("column key a is used twice");
    assertThatThrownBy(() -> schema(SignConvention.INCOME_NEGATIVE, a, BudgetColumn.spend("b", "A")))
        .hasMessageContaining("column label A is used twice");
    assertThatThrownBy(() -> schema(SignConvention.INCOME_NEGATIVE, a,
        BudgetColumn.number("previous", "Previous").withComparativeOf("now")))
        .hasMessageContaining("comparative of now, which is not a column");
    assertThatThrownBy(() -> schema(SignConvention.INCOME_NEGATIVE, a,
        BudgetColumn.number("previous", "Previous").withComparativeOf("a")))
        .hasMessageContaining("cannot be the comparative of a");
    assertThatThrownBy(() -> schema(SignConvention.INCOME_NEGATIVE, a.withAnswers(HeadlineMeasure.NET_BUDGET),
        BudgetColumn.spend("b", "B").withAnswers(HeadlineMeasure.NET_BUDGET)))
        .hasMessageContaining("columns a and b both answer the NET_BUDGET headline");
    assertThatThrownBy(() -> schema(SignConvention.INCOME_NEGATIVE, BudgetColumn.number("n", "N"),
        BudgetColumn.derived("g", "G", "n")))
        .hasMessageContaining("memo");
    assertThatThrownBy(() -> BudgetSchema.of("Bad Name", "t", SignConvention.INCOME_NEGATIVE, a))
        .hasMessageContaining("Invalid schema name");
    assertThatThrownBy(() -> BudgetSchema.of("empty", "t", SignConvention.INCOME_NEGATIVE))
        .hasMessageContaining("has no columns");
  }

  @Test
  void refusesInconsistentColumns() {
    assertThatThrownBy(() -> BudgetColumn.spend("External Income", "x")).hasMessageContaining("Invalid column key");
    assertThatThrownBy(() -> BudgetColumn.spend("a", " ")).hasMessageContaining("blank label");
    assertThatThrownBy(() -> BudgetColumn.builder().key("a").label("A").kind(ColumnKind.DERIVED).build())
        .hasMessageContaining("every DERIVED column needs one");
    assertThatThrownBy(() -> BudgetColumn.spend("a", "A").withQuantity(Quantity.NUMBER))
        .hasMessageContaining("a SPEND column holds money");
    assertThatThrownBy(() -> BudgetColumn.number("fte", "FTE").withAnswers(HeadlineMeasure.NET_BUDGET))
        .hasMessageContaining("cannot answer the NET_BUDGET headline");
    assertThatThrownBy(() -> BudgetColumn.spend("a", "A").withComparativeOf("b"))
        .hasMessageContaining("only a memo column");
    assertThat(BudgetColumn.amount("x", "X").withAdditive(false).toString()).isEqualTo("X (x, MEMO, not additive)");
  }

  @Test
  void formulasParseAndPrint() {
    Formula f = Formula.parse("  gross + external-income  - internal-income ");
    assertThat(f.terms()).containsExactly(Formula.Term.plus("gross"), Formula.Term.plus("external-income"),
        Formula.Term.minus("internal-income"));
    assertThat(f).hasToString("gross + external-income - internal-income");
    assertThat(Formula.parse("- a + b")).hasToString("- a + b").isEqualTo(Formula.of(
        java.util.List.of(Formula.Term.minus("a"), Formula.Term.plus("b"))));
    assertThat(Formula.sum("a", "b").columns()).containsExactly("a", "b");
    assertThatThrownBy(() -> Formula.parse("a+b")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("column key");
    assertThatThrownBy(() -> Formula.parse("a + ")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("ending with a key");
    assertThatThrownBy(() -> Formula.parse("a * b")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("+ or - with a space on each side");
    assertThatThrownBy(() -> Formula.parse("a + a")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("each column at most once");
    assertThatThrownBy(() -> Formula.parse("")).isInstanceOf(ValueParseException.class);
    assertThatThrownBy(() -> new Formula.Term(2, "a")).hasMessageContaining("valid values -1, 1");
  }

  @Test
  void tolerancesParseAndPrint() {
    for (Tolerance t : new Tolerance[] {Tolerance.intervals(), Tolerance.absolute(new BigDecimal("0.5")),
        Tolerance.relative(new BigDecimal("0.001"))}) {
      assertThat(Tolerance.parse(t.toString())).isEqualTo(t);
    }
    assertThat(Tolerance.absolute(new BigDecimal("0.50"))).isEqualTo(Tolerance.absolute(new BigDecimal("0.5")))
        .hasSameHashCodeAs(Tolerance.absolute(new BigDecimal("0.5")));
    assertThatThrownBy(() -> Tolerance.parse("relative 2")).isInstanceOf(ValueParseException.class);
    assertThatThrownBy(() -> Tolerance.parse("exact")).isInstanceOf(ValueParseException.class);
    assertThatThrownBy(() -> Tolerance.absolute(BigDecimal.ONE.negate())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publicFactoriesRefuseNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ReportedAmount.class, ReportedAmount.parse("£1.0k"))
        .setDefault(ReportedNumber.class, ReportedNumber.parse("1.0"))
        .setDefault(Money.class, Money.ofPounds(1))
        .setDefault(Tolerance.class, Tolerance.intervals())
        .setDefault(BusinessPlan.class, SeedTables.seed000Plan());
    tester.testAllPublicStaticMethods(Formula.class);
    tester.testAllPublicStaticMethods(Tolerance.class);
    tester.testAllPublicStaticMethods(BudgetSchemas.class);
    tester.testAllPublicStaticMethods(Variance.class);
    tester.testAllPublicStaticMethods(Savings.class);
    tester.testAllPublicStaticMethods(Allocation.class);
    tester.testAllPublicInstanceMethods(BudgetSchemas.KENT_CONTROLLABLE_2010);
    tester.testAllPublicInstanceMethods(SeedTables.seed000Budget());
  }
}
