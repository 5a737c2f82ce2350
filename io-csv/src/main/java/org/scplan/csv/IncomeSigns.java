package org.scplan.csv;

import java.util.ArrayList;
import java.util.List;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.Formula;
import org.scplan.budget.SignConvention;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.Severity;

/**
 * The sign stage of reading a budget table: whether income is printed negative and added or
 * positive and subtracted (given, or the sign most income figures carry), and the profile's schema
 * with its formulas in that convention. Not API.
 */
final class IncomeSigns {
  private final TableOptions options;
  private final Problems problems;

  IncomeSigns(TableOptions options, Problems problems) {
    this.options = options;
    this.problems = problems;
  }

  /** The profile's schema: the base with any extra columns, in the income sign decided. */
  BudgetSchema schema(BudgetSchema base, List<BudgetTables.Col> cols, BudgetCells.Figures figures, String title,
      BudgetTables.Plan plan) {
    BudgetSchema schema = base;
    if (cols.size() > base.size()) {
      List<BudgetColumn> all = cols.stream().map(BudgetTables.Col::column).toList();
      schema = BudgetSchema.builder().from(base).columns(all).build();
    }
    SignConvention convention = options.incomeSign().convention();
    if (convention == null) {
      convention = detectSign(cols, figures, schema, title, plan);
    }
    return withConvention(schema, convention);
  }

  private SignConvention detectSign(List<BudgetTables.Col> cols, BudgetCells.Figures figures, BudgetSchema schema,
      String title, BudgetTables.Plan plan) {
    int negative = 0;
    int positive = 0;
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < cols.size(); k++) {
      BudgetTables.Col col = cols.get(k);
      if (!col.column().kind().isIncome() || col.table() < 0) {
        continue;
      }
      labels.add(col.column().label());
      for (int i = 0; i < figures.rows(); i++) {
        BudgetCells.Figure f = figures.get(i, k);
        if (f != null && !f.nil()) {
          negative += f.value().signum() < 0 ? 1 : 0;
          positive += f.value().signum() > 0 ? 1 : 0;
        }
      }
    }
    if (labels.isEmpty()) {
      return schema.signConvention();
    }
    SignConvention decided = decideSign(negative, positive, schema.signConvention());
    Finding note = signNote(problems.file(), title, labels, schema.name(), decided, negative, positive);
    problems.note(note);
    if (plan != null) {
      plan.sign = decided;
      plan.baseSign = schema.signConvention();
      plan.negative = negative;
      plan.positive = positive;
      plan.incomeLabels = List.copyOf(labels);
      plan.baseSchemaName = schema.name();
      plan.signNote = note;
    }
    return decided;
  }

  /** The income sign more of the figures show; the schema's own when as many are negative as positive. */
  static SignConvention decideSign(int negative, int positive, SignConvention schemas) {
    return negative > positive ? SignConvention.INCOME_NEGATIVE
        : positive > negative ? SignConvention.INCOME_POSITIVE : schemas;
  }

  /** The note on how income is read, and why. */
  static Finding signNote(Location file, String title, List<String> labels, String schemaName, SignConvention decided,
      int negative, int positive) {
    String how = decided == SignConvention.INCOME_NEGATIVE ? "negative and added" : "positive and subtracted";
    String why = negative == positive
        ? "as many income figures are negative as positive (" + negative + "), so schema " + schemaName
            + "'s own convention stands"
        : (decided == SignConvention.INCOME_NEGATIVE ? negative : positive) + " of the " + (negative + positive)
            + " income figures that are not zero are " + (decided == SignConvention.INCOME_NEGATIVE ? "negative"
                : "positive");
    return Finding.of(CsvRules.INCOME_SIGN_DETECTED, Severity.INFO, file, "Income in " + title
        + " (" + String.join(", ", labels) + ") is read as printed " + how + ": " + why
        + " (give --income-sign to decide otherwise)");
  }

  /** A schema with the other sign convention: every formula adds or subtracts income the other way. */
  static BudgetSchema withConvention(BudgetSchema schema, SignConvention convention) {
    if (schema.signConvention() == convention) {
      return schema;
    }
    List<BudgetColumn> columns = new ArrayList<>();
    for (BudgetColumn c : schema.columns()) {
      if (c.formula().isEmpty()) {
        columns.add(c);
        continue;
      }
      List<Formula.Term> terms = new ArrayList<>();
      for (Formula.Term t : c.formula().get().terms()) {
        boolean income = schema.column(t.column()).kind().isIncome();
        terms.add(income ? new Formula.Term(-t.sign(), t.column()) : t);
      }
      columns.add(BudgetColumn.builder().from(c).formula(Formula.of(terms)).build());
    }
    return BudgetSchema.builder().from(schema).signConvention(convention).columns(columns).build();
  }
}
