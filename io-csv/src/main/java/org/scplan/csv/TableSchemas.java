package org.scplan.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.BudgetSchemas;
import org.scplan.budget.Formula;
import org.scplan.budget.PublishedTable;
import org.scplan.budget.SignConvention;
import org.scplan.budget.TableRelation;
import org.scplan.core.ReportedAmount;
import org.scplan.csv.internal.Labels;

/**
 * The schemas a table can be read with, by name: every built-in schema of {@link BudgetSchemas}
 * ({@code kent-controllable-2010}, {@code kent-directorate-2018}, {@code cipfa-sercop}, …) and two
 * generic shapes common in published tables, which carry any further numeric columns (last year's
 * net, a share in %) as memo columns:
 *
 * <table class="striped">
 * <caption>Generic schemas</caption>
 * <tr><th>Name</th><th>Columns</th></tr>
 * <tr><td>{@code gross-income-net}</td><td>{@code gross} (Gross expenditure), {@code income}
 *   (Income), {@code net} (Net budget) = gross + income with income printed negative, or gross −
 *   income with income printed positive</td></tr>
 * <tr><td>{@code gross-net}</td><td>{@code gross} (Gross expenditure) and {@code net} (Net budget),
 *   both summed into the totals</td></tr>
 * </table>
 */
public final class TableSchemas {
  /** Gross expenditure, income and net budget, net = gross + income. */
  public static final TableSchema GROSS_INCOME_NET = TableSchema.generic(BudgetSchemas.GROSS_INCOME_NET);

  /** Gross expenditure and net budget. */
  public static final TableSchema GROSS_NET = TableSchema.generic(BudgetSchemas.GROSS_NET);

  private static final Map<String, TableSchema> ALL = new LinkedHashMap<>();

  static {
    for (BudgetSchema s : BudgetSchemas.all()) {
      ALL.put(s.name(), TableSchema.of(s));
    }
    ALL.put(GROSS_INCOME_NET.name(), GROSS_INCOME_NET);
    ALL.put(GROSS_NET.name(), GROSS_NET);
  }

  private TableSchemas() {}

  /**
   * Obtains the schema a table read as printed was found to follow: a column for each column of
   * figures, keyed after its heading and labelled with it, and each column relation discovered as
   * the derived column's formula (the first, where a column is derived two ways). Saved with
   * io-json's {@code BudgetSchemaJson} ({@code scplan table --save-schema}), corrected where the
   * reader guessed wrong, and given back ({@code --schema-file}), it reads the council's tables
   * the same way every time. Row relations are not part of a schema: the schema's reader finds
   * totals by their names.
   *
   * @param table a table read as printed
   * @return the schema
   */
  public static TableSchema discovered(PublishedTable table) {
    requireNonNull(table, "table");
    List<String> keys = new ArrayList<>();
    for (int k = 0; k < table.columns().size(); k++) {
      String key = Labels.key(table.columns().get(k), "column-" + (k + 1));
      String unique = key;
      for (int n = 2; keys.contains(unique); n++) {
        unique = key + "-" + n;
      }
      keys.add(unique);
    }
    Map<Integer, Formula> formulas = new LinkedHashMap<>();
    for (TableRelation r : table.relations()) {
      if (r.axis() == TableRelation.Axis.COLUMNS && !formulas.containsKey(r.target())) {
        formulas.put(r.target(), Formula.of(r.terms().stream().map(t -> new Formula.Term(t.sign(), keys.get(t.index())))
            .toList()));
      }
    }
    List<BudgetColumn> columns = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      String label = table.columns().get(k);
      boolean money = isMoney(table, k);
      // Every column of money that is not derived is a summand: its figures add up to the totals and the
      // formulas. A column of plain numbers (staff, places) is a number beside them, and a column of
      // numbers derived from them (total FTE = permanent + agency) is a derived number.
      BudgetColumn c;
      if (formulas.containsKey(k)) {
        c = BudgetColumn.derived(keys.get(k), label, formulas.get(k));
        c = money ? c : c.withQuantity(org.scplan.budget.Quantity.NUMBER);
      } else {
        c = money ? BudgetColumn.spend(keys.get(k), label) : BudgetColumn.number(keys.get(k), label);
      }
      columns.add(c);
    }
    String name = ("discovered-" + Labels.slug(table.title())).replaceAll("-+$", "");
    return TableSchema.of(BudgetSchema.builder().name(name.length() > 60 ? name.substring(0, 60).replaceAll("-+$", "")
        : name).title("As " + table.title() + " was printed").signConvention(SignConvention.INCOME_NEGATIVE)
        .columns(columns).build());
  }

  private static boolean isMoney(PublishedTable table, int column) {
    for (int i = 0; i < table.rows().size(); i++) {
      Optional<PublishedTable.Cell> cell = table.cell(i, column);
      if (cell.isPresent()) {
        return cell.get().value() instanceof ReportedAmount;
      }
    }
    return true;
  }

  /**
   * Obtains a schema by name.
   *
   * @param name the name, such as {@code kent-directorate-2018} or {@code gross-income-net}
   * @return the schema
   * @throws IllegalArgumentException if there is none of that name; the message lists the names
   */
  public static TableSchema named(String name) {
    requireNonNull(name, "name");
    TableSchema s = ALL.get(name);
    checkArgument(s != null, "No built-in schema is named %s (valid names: %s)", name, names());
    return s;
  }

  /**
   * Returns the names of the schemas, the budget module's first and the generic ones last.
   *
   * @return the names
   */
  public static List<String> names() {
    return List.copyOf(ALL.keySet());
  }

  /**
   * Returns the schemas, in the order of {@link #names()}.
   *
   * @return the schemas
   */
  public static List<TableSchema> all() {
    return new ArrayList<>(ALL.values()).stream().toList();
  }
}
