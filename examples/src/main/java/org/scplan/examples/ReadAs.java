package org.scplan.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.PublishedTable;
import org.scplan.budget.SignConvention;
import org.scplan.budget.TableRelation;
import org.scplan.core.Finding;
import org.scplan.core.PlanSection;
import org.scplan.core.ReportingPeriod;
import org.scplan.performance.IndicatorSet;
import org.scplan.risk.RiskRegister;

/**
 * The {@code readAs} block that opens each file's entry in the JSON report: what reading decided,
 * as data (for each section its kind, unit, precision, year or periods, income sign and the
 * relations checked), then the notes that say what was decided and from where, in the order of the
 * text report's "read as" block. Not API.
 */
final class ReadAs {
  private ReadAs() {}

  static void write(CheckCommand.Checked r, List<Finding> decided, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("readAs");
    g.writeStringField("document", r.document().plan().isPresent() ? "plan"
        : r.document().sections().size() == 1 ? "section" : "sections");
    g.writeArrayFieldStart("sections");
    for (PlanSection s : r.document().sections()) {
      section(s, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("decisions");
    for (Finding f : decided) {
      g.writeStartObject();
      g.writeStringField("code", f.code());
      g.writeStringField("message", f.message());
      if (f.location().pointer().isPresent()) {
        g.writeStringField("at", f.location().pointer().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void section(PlanSection s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", s.kind());
    g.writeStringField("id", s.id());
    if (s instanceof BudgetProfile p) {
      g.writeStringField("schema", p.schema().name());
      g.writeStringField("year", p.year().toString());
      g.writeStringField("unit", p.unit().label());
      g.writeObjectFieldStart("decimals");
      for (BudgetColumn c : p.schema().columns()) {
        g.writeNumberField(c.key(), p.decimals(c.key()));
      }
      g.writeEndObject();
      g.writeStringField("incomeSign", p.schema().signConvention() == SignConvention.INCOME_NEGATIVE
          ? "negative, added" : "positive, subtracted");
      g.writeArrayFieldStart("relations");
      for (BudgetColumn c : p.schema().columns()) {
        if (c.formula().isPresent()) {
          relation(g, c.label() + " = " + c.formula().get(), "the schema's formula, on every line");
        }
      }
      relation(g, "each total and subtotal = the sum of its lines", "the table's structure (" + p.lineCount()
          + (p.lineCount() == 1 ? " line)" : " lines)"));
      g.writeEndArray();
    } else if (s instanceof PublishedTable t) {
      g.writeStringField("unit", t.unit().label());
      g.writeStringField("precision", "each figure as printed");
      g.writeNumberField("rows", t.rows().size());
      g.writeNumberField("columns", t.columns().size());
      g.writeArrayFieldStart("relations");
      for (TableRelation rel : t.relations()) {
        relation(g, t.describe(rel), rel.basis());
      }
      g.writeEndArray();
    } else if (s instanceof IndicatorSet set) {
      g.writeStringField("rule", set.rule().name());
      g.writeArrayFieldStart("periods");
      List<String> periods = new ArrayList<>();
      for (ReportingPeriod period : set.targetPeriods()) {
        periods.add(period.toString());
      }
      for (String period : periods) {
        g.writeString(period);
      }
      g.writeEndArray();
      g.writeNumberField("indicators", set.indicators().size());
    } else if (s instanceof RiskRegister register) {
      g.writeStringField("matrix", register.matrix().id());
      if (register.asAt().isPresent()) {
        g.writeStringField("asAt", register.asAt().get().toString());
      }
      g.writeNumberField("risks", register.risks().size());
    }
    g.writeEndObject();
  }

  private static void relation(JsonGenerator g, String relation, String basis) throws IOException {
    g.writeStartObject();
    g.writeStringField("relation", relation);
    g.writeStringField("basis", basis);
    g.writeEndObject();
  }
}
