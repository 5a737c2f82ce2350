package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scplan.core.HeadlineMeasure;

/**
 * The built-in budget schemas, by stable name. They are ordinary {@link BudgetSchema} values; a
 * user defines others the same way.
 *
 * <table class="striped">
 * <caption>Built-in schemas</caption>
 * <tr><th>Name</th><th>Layout</th></tr>
 * <tr><td>{@code kent-controllable-2010}</td><td>Kent controllable expenditure (the Kent KASS HQ plan 2010-11, section
 *   2): 2009/10 FTE and controllable expenditure as comparatives; FTE; employee costs, running
 *   costs, contracts &amp; projects, transfer payments &amp; recharges; gross expenditure; external
 *   and internal income (printed negative); controllable expenditure = gross + income.</td></tr>
 * <tr><td>{@code kent-staffing-2010}</td><td>Kent staffing profile (the Kent KASS HQ plan 2010-11, section 4): FTE for
 *   last year (comparative) and this year, by grade band.</td></tr>
 * <tr><td>{@code kent-divisional-2013}</td><td>Kent divisional financial resources (the Kent LD/MH plan 2013-14,
 *   section D): staffing, non staffing, gross expenditure, service income, net expenditure =
 *   gross + service income, govt. grants, net cost = net expenditure + grants.</td></tr>
 * <tr><td>{@code kent-directorate-2018}</td><td>Kent directorate resources (the Kent ASCH plan 2018-19, table 5):
 *   staffing, non staffing, gross expenditure, income, grants (kept apart), net cost = gross +
 *   income + grants.</td></tr>
 * <tr><td>{@code kent-staffing-2018}</td><td>Kent directorate staffing (the Kent ASCH plan 2018-19, table 6):
 *   assignment count (A/C), headcount (H/C inc CRSS), FTE.</td></tr>
 * <tr><td>{@code cipfa-sercop}</td><td>CIPFA SeRCOP subjective analysis: employees, premises,
 *   transport, supplies &amp; services, third party payments, transfer payments, support
 *   services, depreciation &amp; impairment; gross expenditure; customer and client receipts
 *   (fees &amp; charges), government grants, other income (printed negative); total income; net
 *   expenditure = gross + total income.</td></tr>
 * <tr><td>{@code revenue-outturn}</td><td>The government's revenue outturn summary: employees,
 *   running expenses, total expenditure; sales, fees and charges and other income (printed
 *   positive); net current expenditure = total expenditure − sales, fees and charges − other
 *   income.</td></tr>
 * <tr><td>{@code budget-monitoring}</td><td>Budget monitoring: budget, forecast outturn, variance
 *   = forecast − budget (net figures, overspend positive).</td></tr>
 * <tr><td>{@code gross-income-net}</td><td>The generic table most councils print: gross expenditure,
 *   income (negative) and net budget = gross + income.</td></tr>
 * <tr><td>{@code gross-net}</td><td>Gross expenditure and net budget, with no relation between them
 *   (the income is not printed).</td></tr>
 * </table>
 *
 * <p>Where a schema has a gross, net and FTE column, they answer the plan's
 * {@link HeadlineMeasure#GROSS_EXPENDITURE}, {@link HeadlineMeasure#NET_BUDGET} and
 * {@link HeadlineMeasure#FTE} headlines.
 */
public final class BudgetSchemas {
  private static final Map<String, BudgetSchema> BUILT_IN = new LinkedHashMap<>();

  /** Kent controllable expenditure, 2010-11 business plans (the Kent KASS HQ plan 2010-11, section 2). */
  public static final BudgetSchema KENT_CONTROLLABLE_2010 = register(BudgetSchema.of("kent-controllable-2010",
      "Kent controllable expenditure (2010-11 business plans)", SignConvention.INCOME_NEGATIVE,
      BudgetColumn.number("fte-previous", "2009/10 FTE").withComparativeOf("fte"),
      BudgetColumn.amount("controllable-previous", "2009/10 CONTROLLABLE EXPENDITURE")
          .withComparativeOf("controllable"),
      BudgetColumn.number("fte", "FTE").withAnswers(HeadlineMeasure.FTE),
      BudgetColumn.spend("employees", "EMPLOYEE COSTS"),
      BudgetColumn.spend("running", "RUNNING COSTS"),
      BudgetColumn.spend("contracts", "CONTRACTS & PROJECTS"),
      BudgetColumn.spend("transfers", "TRANSFER PAYMENTS & RECHARGES"),
      BudgetColumn.derived("gross", "GROSS EXPENDITURE", "employees + running + contracts + transfers")
          .withAnswers(HeadlineMeasure.GROSS_EXPENDITURE),
      BudgetColumn.income("external-income", "EXTERNAL INCOME"),
      BudgetColumn.income("internal-income", "INTERNAL INCOME"),
      BudgetColumn.derived("controllable", "CONTROLLABLE EXPENDITURE", "gross + external-income + internal-income")
          .withAnswers(HeadlineMeasure.NET_BUDGET)));

  /** Kent staffing profile, 2010-11 business plans (the Kent KASS HQ plan 2010-11, section 4). */
  public static final BudgetSchema KENT_STAFFING_2010 = register(BudgetSchema.of("kent-staffing-2010",
      "Kent staffing profile (2010-11 business plans)", SignConvention.INCOME_NEGATIVE,
      BudgetColumn.number("fte-previous", "2009/10").withComparativeOf("fte"),
      BudgetColumn.number("fte", "2010/11").withAnswers(HeadlineMeasure.FTE)));

  /** Kent divisional financial resources, 2013-14 divisional business plans (the Kent LD/MH plan 2013-14, section D). */
  public static final BudgetSchema KENT_DIVISIONAL_2013 = register(BudgetSchema.of("kent-divisional-2013",
      "Kent divisional financial resources (2013-14 divisional business plans)", SignConvention.INCOME_NEGATIVE,
      BudgetColumn.spend("staffing", "Staffing"),
      BudgetColumn.spend("non-staffing", "Non Staffing"),
      BudgetColumn.derived("gross", "Gross Expenditure", "staffing + non-staffing")
          .withAnswers(HeadlineMeasure.GROSS_EXPENDITURE),
      BudgetColumn.income("service-income", "Service Income"),
      BudgetColumn.derived("net-expenditure", "Net Expenditure", "gross + service-income"),
      BudgetColumn.grant("grants", "Govt. Grants"),
      BudgetColumn.derived("net-cost", "Net Cost", "net-expenditure + grants")
          .withAnswers(HeadlineMeasure.NET_BUDGET)));

  /** Kent directorate resources, 2018-19 directorate business plans (the Kent ASCH plan 2018-19, table 5). */
  public static final BudgetSchema KENT_DIRECTORATE_2018 = register(BudgetSchema.of("kent-directorate-2018",
      "Kent directorate resources (2018-19 directorate business plans)", SignConvention.INCOME_NEGATIVE,
      BudgetColumn.spend("staffing", "Staffing"),
      BudgetColumn.spend("non-staffing", "Non staffing"),
      BudgetColumn.derived("gross", "Gross expenditure", "staffing + non-staffing")
          .withAnswers(HeadlineMeasure.GROSS_EXPENDITURE),
      BudgetColumn.income("income", "Income"),
      BudgetColumn.grant("grants", "Grants"),
      BudgetColumn.derived("net-cost", "Net cost", "gross + income + grants")
          .withAnswers(HeadlineMeasure.NET_BUDGET)));

  /** Kent directorate staffing, 2018-19 directorate business plans (the Kent ASCH plan 2018-19, table 6). */
  public static final BudgetSchema KENT_STAFFING_2018 = register(BudgetSchema.of("kent-staffing-2018",
      "Kent directorate staffing (2018-19 directorate business plans)", SignConvention.INCOME_NEGATIVE,
      BudgetColumn.number("assignments", "A/C"),
      BudgetColumn.number("headcount", "H/C inc CRSS"),
      BudgetColumn.number("fte", "FTE").withAnswers(HeadlineMeasure.FTE)));

  /** CIPFA Service Reporting Code of Practice (SeRCOP) subjective analysis. */
  public static final BudgetSchema CIPFA_SERCOP = register(BudgetSchema.of("cipfa-sercop",
      "CIPFA SeRCOP subjective analysis", SignConvention.INCOME_NEGATIVE,
      BudgetColumn.spend("employees", "Employees"),
      BudgetColumn.spend("premises", "Premises"),
      BudgetColumn.spend("transport", "Transport"),
      BudgetColumn.spend("supplies", "Supplies & services"),
      BudgetColumn.spend("third-party", "Third party payments"),
      BudgetColumn.spend("transfer-payments", "Transfer payments"),
      BudgetColumn.spend("support-services", "Support services"),
      BudgetColumn.spend("depreciation", "Depreciation & impairment"),
      BudgetColumn.derived("gross", "Gross expenditure",
          "employees + premises + transport + supplies + third-party + transfer-payments + support-services"
              + " + depreciation")
          .withAnswers(HeadlineMeasure.GROSS_EXPENDITURE),
      BudgetColumn.income("customer-receipts", "Customer and client receipts"),
      BudgetColumn.grant("grants", "Government grants"),
      BudgetColumn.income("other-income", "Other income"),
      BudgetColumn.derived("total-income", "Total income", "customer-receipts + grants + other-income"),
      BudgetColumn.derived("net", "Net expenditure", "gross + total-income")
          .withAnswers(HeadlineMeasure.NET_BUDGET)));

  /** The government's revenue outturn (RO) summary. */
  public static final BudgetSchema REVENUE_OUTTURN = register(BudgetSchema.of("revenue-outturn",
      "Revenue outturn summary", SignConvention.INCOME_POSITIVE,
      BudgetColumn.spend("employees", "Employees"),
      BudgetColumn.spend("running", "Running expenses"),
      BudgetColumn.derived("total-expenditure", "Total expenditure", "employees + running")
          .withAnswers(HeadlineMeasure.GROSS_EXPENDITURE),
      BudgetColumn.income("sales", "Sales, fees and charges"),
      BudgetColumn.income("other-income", "Other income"),
      BudgetColumn.derived("net", "Net current expenditure", "total-expenditure - sales - other-income")
          .withAnswers(HeadlineMeasure.NET_BUDGET)));

  /** Budget monitoring: budget against forecast outturn. */
  public static final BudgetSchema BUDGET_MONITORING = register(BudgetSchema.of("budget-monitoring",
      "Budget monitoring: budget against forecast outturn", SignConvention.INCOME_NEGATIVE,
      BudgetColumn.spend("budget", "Budget"),
      BudgetColumn.spend("forecast", "Forecast outturn"),
      BudgetColumn.derived("variance", "Variance", "forecast - budget")));

  /**
   * The generic table most councils print: gross expenditure, income (printed negative) and net
   * budget, net = gross + income. A developer who only wants to check a table's arithmetic starts
   * here: {@code BudgetProfile.builder("asc", "Adult social care", BudgetSchemas.GROSS_INCOME_NET)}.
   */
  public static final BudgetSchema GROSS_INCOME_NET = register(BudgetSchema.of("gross-income-net",
      "Gross expenditure, income and net budget", SignConvention.INCOME_NEGATIVE,
      BudgetColumn.spend("gross", "Gross expenditure").withAnswers(HeadlineMeasure.GROSS_EXPENDITURE),
      BudgetColumn.income("income", "Income"),
      BudgetColumn.derived("net", "Net budget", "gross + income").withAnswers(HeadlineMeasure.NET_BUDGET)));

  /** Gross expenditure and net budget, with no relation between them (the income is not printed). */
  public static final BudgetSchema GROSS_NET = register(BudgetSchema.of("gross-net",
      "Gross expenditure and net budget", SignConvention.INCOME_NEGATIVE,
      BudgetColumn.spend("gross", "Gross expenditure").withAnswers(HeadlineMeasure.GROSS_EXPENDITURE),
      BudgetColumn.amount("net", "Net budget").withAnswers(HeadlineMeasure.NET_BUDGET)));

  private BudgetSchemas() {}

  private static BudgetSchema register(BudgetSchema schema) {
    BUILT_IN.put(schema.name(), schema);
    return schema;
  }

  /**
   * Obtains a built-in schema by name.
   *
   * @param name the name, such as {@code kent-controllable-2010}
   * @return the schema
   * @throws IllegalArgumentException if no built-in schema has that name; the message lists them
   */
  public static BudgetSchema named(String name) {
    requireNonNull(name, "name");
    BudgetSchema schema = BUILT_IN.get(name);
    checkArgument(schema != null, "No built-in budget schema is named %s (valid names: %s)", name, names());
    return schema;
  }

  /**
   * Returns the names of the built-in schemas.
   *
   * @return the names, in the order above
   */
  public static List<String> names() {
    return List.copyOf(BUILT_IN.keySet());
  }

  /**
   * Returns the built-in schemas.
   *
   * @return the schemas, in the order above
   */
  public static List<BudgetSchema> all() {
    return List.copyOf(BUILT_IN.values());
  }
}
