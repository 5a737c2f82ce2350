package org.scplan.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.scplan.budget.PublishedTable;
import org.scplan.budget.TableRelation;
import org.scplan.core.AmountUnit;
import org.scplan.core.Location;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.ReportedNumber;

/**
 * Reads and writes a {@link PublishedTable}, section kind {@code published-table}: a table read as
 * printed, each cell with its text as printed and its figure in canonical form, and the arithmetic
 * the table states. A cell read back is located at its JSON pointer. Not API.
 */
final class PublishedTableCodec implements SectionCodec<PublishedTable> {

  /** A table's members, collected before it is built (the builder wants columns before rows). */
  private static final class Table {
    String id;
    String title;
    AmountUnit unit = AmountUnit.POUNDS;
    List<String> columns = List.of();
    List<Row> rows = List.of();
    List<TableRelation> relations = List.of();
  }

  private static final class Row {
    String name;
    List<PublishedTable.Cell> cells = List.of();
    List<Integer> absent = List.of();
  }

  private static final class Cell {
    Location at;
    String printed;
    ReportedFigure figure;
    int figures;
  }

  private static final class Relation {
    TableRelation.Axis axis;
    int target;
    List<TableRelation.Term> terms = List.of();
    List<Integer> across = List.of();
    String basis;
  }

  private static final class Term {
    TableRelation.Term term;
    int given;
  }

  private static final JsonFields<Cell> CELL = JsonFields.<Cell>of("a cell of a published table")
      .required("printed", (in, c) -> c.printed = in.string())
      .optional("amount", (in, c) -> {
        c.figures++;
        c.figure = in.reportedAmount();
      })
      .optional("number", (in, c) -> {
        c.figures++;
        c.figure = in.parsed("a figure such as 2,319.2", ReportedNumber::parse);
      })
      .build();

  private static final JsonFields<Row> ROW = JsonFields.<Row>of("a row of a published table")
      .required("row", (in, r) -> r.name = in.string())
      .optional("cells", (in, r) -> r.cells = in.list(() -> in.isNull() ? null : cell(in)))
      .optional("absent", (in, r) -> r.absent = in.list(in::integer))
      .build();

  private static final JsonFields<Term> TERM = JsonFields.<Term>of("a term of a relation")
      .optional("add", (in, t) -> {
        t.given++;
        t.term = new TableRelation.Term(1, index(in));
      })
      .optional("subtract", (in, t) -> {
        t.given++;
        t.term = new TableRelation.Term(-1, index(in));
      })
      .build();

  private static final JsonFields<Relation> RELATION = JsonFields.<Relation>of("a relation of a published table")
      .required("axis", (in, r) -> r.axis = in.enumValue(TableRelation.Axis.class))
      .required("target", (in, r) -> r.target = index(in))
      .required("terms", (in, r) -> r.terms = in.list(() -> in.build(TERM, new Term(), t -> {
        if (t.given != 1) {
          throw new IllegalArgumentException("a term has exactly one of \"add\" and \"subtract\"");
        }
        return t.term;
      })))
      .required("across", (in, r) -> r.across = in.list(() -> index(in)))
      .required("basis", (in, r) -> r.basis = in.string())
      .build();

  private static final JsonFields<Table> TABLE = JsonFields.<Table>of("a published table")
      .required("id", (in, t) -> t.id = in.nonBlank())
      .required("title", (in, t) -> t.title = in.string())
      .optional("unit", (in, t) -> t.unit = in.enumValue(AmountUnit.class))
      .optional("columns", (in, t) -> t.columns = in.list(in::string))
      .optional("rows", (in, t) -> t.rows = in.list(() -> in.build(ROW, new Row(), r -> r)))
      .optional("relations", (in, t) -> t.relations = in.list(() -> in.build(RELATION, new Relation(),
          r -> new TableRelation(r.axis, r.target, r.terms, r.across, r.basis))))
      .build();

  private static PublishedTable.Cell cell(JsonIn in) {
    Location at = in.here();
    return in.build(CELL, new Cell(), c -> {
      if (c.figures != 1) {
        throw new IllegalArgumentException("a cell has exactly one of \"amount\" and \"number\"");
      }
      return new PublishedTable.Cell(c.figure, c.printed, at);
    });
  }

  private static int index(JsonIn in) {
    int i = in.integer();
    if (i < 0) {
      throw in.problem(JsonRules.INVALID_VALUE, "expected a row or column index, from 0, found the number " + i);
    }
    return i;
  }

  @Override
  public String kind() {
    return PublishedTable.KIND;
  }

  @Override
  public Class<PublishedTable> type() {
    return PublishedTable.class;
  }

  @Override
  public PublishedTable read(JsonIn in) {
    return in.build(TABLE, new Table(), t -> {
      PublishedTable.Builder b = PublishedTable.builder(t.id, t.title).unit(t.unit)
          .columns(t.columns.toArray(String[]::new));
      for (int r = 0; r < t.rows.size(); r++) {
        Row row = t.rows.get(r);
        b.row(row.name, row.cells);
        for (int c : row.absent) {
          b.absent(r, c);
        }
      }
      t.relations.forEach(b::relation);
      return b.build();
    });
  }

  @Override
  public void write(PublishedTable table, JsonOut out) {
    out.field("id", table.id());
    out.field("title", table.title());
    out.field("unit", table.unit());
    out.strings("columns", table.columns());
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      rows.add(r);
    }
    out.array("rows", rows, (w, r) -> w.inlineObject(x -> {
      x.field("row", table.rows().get(r));
      List<PublishedTable.Cell> cells = new ArrayList<>();
      List<BigDecimal> absent = new ArrayList<>();
      int last = -1;
      for (int c = 0; c < table.columns().size(); c++) {
        PublishedTable.Cell cell = table.cell(r, c).orElse(null);
        cells.add(cell);
        last = cell == null ? last : c;
        if (table.isAbsent(r, c)) {
          absent.add(BigDecimal.valueOf(c));
        }
      }
      // Cells after the last figure are blank: a row may stop short, as a table's rows do.
      x.array("cells", cells.subList(0, last + 1), (y, cell) -> {
        if (cell == null) {
          writeNull(y);
        } else {
          y.object(z -> {
            z.field("printed", cell.printed());
            if (cell.value() instanceof ReportedAmount a) {
              z.field("amount", a.toString());
            } else {
              z.field("number", cell.value().toString());
            }
          });
        }
      });
      if (!absent.isEmpty()) {
        x.numbers("absent", absent);
      }
    }));
    out.array("relations", table.relations(), (w, rel) -> w.inlineObject(x -> {
      x.field("axis", rel.axis());
      x.field("target", rel.target());
      x.array("terms", rel.terms(), (y, t) -> y.object(z -> z.field(t.sign() > 0 ? "add" : "subtract", t.index())));
      x.numbers("across", rel.across().stream().map(BigDecimal::valueOf).toList());
      x.field("basis", rel.basis());
    }));
  }

  private static void writeNull(JsonOut out) {
    try {
      out.generator().writeNull();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
