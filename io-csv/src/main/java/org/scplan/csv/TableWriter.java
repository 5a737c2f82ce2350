package org.scplan.csv;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.LineKind;
import org.scplan.csv.internal.Labels;
import org.scplan.core.PrintedFigures;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;

/**
 * Writes a budget profile as a council would publish it, as CSV, TSV or semicolon-separated: its
 * title, a heading row (the year over the line names, then each column's label), a row of units
 * ({@code £'000} over the money columns), then the lines in printed order, group headings with
 * blank figures, figures with thousands separators at their column's precision ({@code 7,911.7},
 * {@code -8,214.8}).
 *
 * <pre>
 * Table 5: Resources
 * 2018-19                 Staffing   Non staffing  ...  Net cost
 *                         £'000      £'000              £'000
 * Strategic Management    4,401.6    42,742.1      ...  43,477.2
 * ...
 * Total                   85,087.7   469,614.0     ...  417,018.0
 * </pre>
 *
 * <p>{@link TableReader} reads what this writes back to a profile that reconciles the same, given
 * the same schema: the groups close with their subtotals, the grand total and memo lines keep
 * their places, and each column's precision shows in its printed decimals (a column of pounds to
 * the nearest £1,000 is read back by inference). Names must follow the conventions the reader
 * relies on: a group's subtotal names the group ({@code Total Older People}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableWriter {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private final TableFormat format;
  private final boolean brackets;

  private TableWriter(TableFormat format, boolean brackets) {
    this.format = format;
    this.brackets = brackets;
  }

  /**
   * Obtains a writer of a format, printing negatives with a minus sign.
   *
   * @param format CSV, TSV or semicolon-separated
   * @return the writer
   */
  public static TableWriter of(TableFormat format) {
    return new TableWriter(requireNonNull(format, "format"), false);
  }

  /**
   * Returns a copy of this writer that prints negatives in brackets ({@code (8,214.8)}) or with a
   * minus sign.
   *
   * @param brackets true for brackets
   * @return the writer
   */
  public TableWriter withBracketedNegatives(boolean brackets) {
    return new TableWriter(format, brackets);
  }

  /**
   * Writes a profile as a published table.
   *
   * @param profile the profile
   * @return the table's text, each row ending with a newline
   */
  public String write(BudgetProfile profile) {
    requireNonNull(profile, "profile");
    List<BudgetColumn> columns = profile.schema().columns();
    boolean people = profile.lines().stream().anyMatch(l -> l.responsible().isPresent());
    List<List<String>> rows = new ArrayList<>();
    // Every text cell (title, headings, units, names) is neutralised: a name such as
    // "=HYPERLINK(…)" gets a leading apostrophe, so a spreadsheet opening the file shows it as text
    // (OWASP's CSV injection guidance); the reader drops the apostrophe. Figures are written as
    // figures: a negative keeps its minus sign.
    rows.add(List.of(Labels.neutralised(profile.title())));
    List<String> heading = new ArrayList<>();
    heading.add(profile.year().toString());
    List<String> units = new ArrayList<>();
    units.add("");
    for (BudgetColumn c : columns) {
      heading.add(Labels.neutralised(c.label()));
      units.add(c.isMoney() ? Labels.neutralised(profile.unit().label()) : "");
    }
    if (people) {
      heading.add("Responsible");
      units.add("");
    }
    rows.add(heading);
    rows.add(units);
    for (BudgetLine line : profile.lines()) {
      List<String> row = new ArrayList<>();
      row.add(Labels.neutralised(line.name()));
      for (BudgetColumn c : columns) {
        row.add(line.kind() == LineKind.GROUP ? "" : cell(line.figure(c.key())));
      }
      if (people) {
        row.add(Labels.neutralised(line.responsible().orElse("")));
      }
      rows.add(row);
    }
    return write(rows);
  }

  private String cell(Optional<ReportedFigure> figure) {
    if (figure.isEmpty()) {
      return "";
    }
    ReportedFigure f = figure.get();
    BigDecimal printed = f instanceof ReportedAmount a ? a.printed() : f.value();
    String digits = PrintedFigures.grouped(printed.abs().setScale(Math.max(f.decimals(), 0)));
    if (printed.signum() >= 0) {
      return digits;
    }
    return brackets ? "(" + digits + ")" : "-" + digits;
  }

  private String write(List<List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CsvGenerator g = FACTORY.createGenerator(out)) {
      g.setSchema(CsvSchema.emptySchema().withColumnSeparator(format.separator()).withLineSeparator("\n"));
      for (List<String> row : rows) {
        g.writeStartArray();
        for (String cell : row) {
          g.writeString(cell);
        }
        g.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Returns the writer on one line.
   *
   * @return the writer as text
   */
  @Override
  public String toString() {
    return "TableWriter " + format + (brackets ? " (negatives in brackets)" : "");
  }
}
