// scplan start-up script for JShell. From the repository root, after `mvn -B -ntp -q package -DskipTests`:
//
//   jshell --class-path examples/target/scplan.jar examples/jshell/scplan.jsh
//
// It imports the scplan packages and defines a few helpers; help() lists them with examples.
import java.math.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import org.scplan.core.*;
import org.scplan.budget.*;
import org.scplan.performance.*;
import org.scplan.performance.spc.*;
import org.scplan.performance.actions.*;
import org.scplan.risk.*;
import org.scplan.equality.*;
import org.scplan.continuity.*;
import org.scplan.json.*;
import org.scplan.csv.*;
import org.scplan.sheets.*;

/** The plan in a file; throws, listing every problem, if it cannot be read. */
BusinessPlan load(String file) {
  return ScplanJson.standard().readPlan(Path.of(file));
}

/** The document (a plan or sections) in a scplan JSON file, or its problems; never throws. */
ReadResult<Document> read(String file) {
  return ScplanJson.standard().read(Path.of(file));
}

/** A table as published (CSV or TSV, or a workbook's sheets: .xlsx, .ods), or its problems; never throws. */
ReadResult<Document> table(String file) {
  Path path = Path.of(file);
  return WorkbookReader.isWorkbook(path) ? WorkbookReader.standard().read(path) : TableReader.standard().read(path);
}

/** The findings of what was read: the problems that stopped reading, or the document's own findings located in the file. */
ValidationReport check(ReadResult<Document> result) {
  return result.validate();
}

/** The findings of a scplan JSON file (a .csv, .tsv, .xlsx or .ods file is read as a table). */
ValidationReport check(String file) {
  ReadResult<Document> result = file.matches("(?i).*\\.(csv|tsv|txt|xlsx|xlsm|ods)") ? table(file) : read(file);
  return result.validate();
}

/** A plan's budget tables. */
List<BudgetProfile> budgets(BusinessPlan plan) {
  return BudgetProfile.allIn(plan);
}

/** The budget tables read from a file (empty if it could not be read). */
List<BudgetProfile> budgets(ReadResult<Document> result) {
  return result.sections(BudgetProfile.class);
}

/** A plan's indicator sets. */
List<IndicatorSet> kpis(BusinessPlan plan) {
  return IndicatorSet.allIn(plan);
}

/** A plan's risk registers. */
List<RiskRegister> registers(BusinessPlan plan) {
  return RiskRegister.allIn(plan);
}

/** Every indicator set of a plan rated for a period ("2018-19", "Q3 2018-19", "June 2018"). */
List<Dashboard> rate(BusinessPlan plan, String period) {
  ReportingPeriod p = ReportingPeriod.parse(period);
  return kpis(plan).stream().map(k -> k.evaluate(p)).toList();
}

/** Prints a value in full (JShell's own display cuts long values short). */
void show(Object value) {
  System.out.println(value);
}

/** Lists what an analyst can do here, with an example of each. */
void help() {
  String[][] lines = {
      {"scplan in JShell. Each helper returns an ordinary scplan value; show(x) prints it in full."},
      {""}, {"Read and check"},
      {"var plan = load(\"examples/plans/kent-asch-2018-19.json\")", "a plan file (throws, listing every problem)"},
      {"var doc = read(\"suspect.json\")", "a plan or section file, or its problems"},
      {"var t = table(\"budget.csv\")", "a table as published (CSV, TSV, or a workbook's sheets), or its problems"},
      {"check(\"examples/plans/kent-asch-2018-19.json\")", "the findings of a file; also check(doc), check(t)"},
      {"plan.validate().errors()", "the errors; also .summary(), .warnings(), .withCode(code)"},
      {""}, {"Budgets"},
      {"budgets(plan), budgets(t)", "the budget tables (BudgetProfile)"},
      {"budgets(plan).get(0).reconcile()", "does the table add up, and where not"},
      {"budgets(plan).get(0).schema().keys()", "the column keys"},
      {"budgets(plan).get(0).line(\"Total\").get().amount(\"net-cost\")", "a figure by line and column"},
      {""}, {"Performance and risk"},
      {"kpis(plan)", "the indicator sets"},
      {"rate(plan, \"2018-19\")", "every set's dashboard for a period (RAG)"},
      {"registers(plan)", "the risk registers"},
      {"registers(plan).get(0).heatMap(RatingKind.CURRENT)", "a heat map of the current ratings"},
      {""}, {"Values"},
      {"ReportedAmount.parse(\"£414m\").interval()", "the range a printed figure stands for"},
      {"FinancialYear.parse(\"2018/19\").quarter(3)", "periods as plans print them"},
      {""}, {"The READMEs of budget, performance, risk, io-json and io-csv each have a session."}};
  for (String[] line : lines) {
    System.out.println(line.length == 1 ? line[0] : String.format("  %-60s %s", line[0], line[1]));
  }
}
