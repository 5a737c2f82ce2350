package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scplan.budget.PublishedTable;
import org.scplan.budget.TableRelation;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.ReportedNumber;

/**
 * Nothing is lost through scplan JSON, for generated documents of every shape (a plan with sections,
 * one section, several sections without a plan) and every built-in section kind, tables read as
 * printed included, with figures at every precision from twelve decimal places to the nearest
 * thousand: written and read back, a document is equal to itself (a table read as printed apart from
 * where its cells were, which becomes their JSON pointers), its findings are the same (their places
 * apart, likewise), writing it again gives the same bytes, and what is written validates against the
 * JSON Schema.
 */
class NothingLostProperties {
  private final ScplanJson json = ScplanJson.standard();

  @Provide
  Arbitrary<Document> documents() {
    Arbitrary<PlanSection> sections = Arbitraries.oneOf(BudgetArbitraries.profiles(), BudgetArbitraries.monitoring(),
        publishedTables(), PerformanceArbitraries.indicatorSets(), PerformanceArbitraries.monitoring(),
        RiskArbitraries.registers(), RiskArbitraries.continuityPlans(), RiskArbitraries.equalityImpactAssessments());
    Arbitrary<Document> plans = Combinators.combine(PlanArbitraries.plans(), sections.list().ofMaxSize(3))
        .as((plan, s) -> Document.of(BusinessPlan.builder().from(plan).addAllSections(uniqueIds(s)).build()));
    return Arbitraries.oneOf(plans, sections.map(Document::of),
        sections.list().ofMinSize(2).ofMaxSize(3).map(s -> Document.of(uniqueIds(s))));
  }

  @Property(tries = 200)
  void aDocumentReadBackHasTheSameFiguresAndFindingsAndWritesTheSameBytes(@ForAll("documents") Document document) {
    String text = json.write(document);
    ReadResult<Document> read = json.read("generated.json", text);
    assertThat(read.problems().findings()).as("problems reading\n%s", text).isEmpty();
    Document back = read.orElseThrow();

    assertThat(withoutPlaces(back)).as(text).isEqualTo(withoutPlaces(document));
    assertThat(back.validate().findings().stream().map(NothingLostProperties::unplaced).toList()).as(text)
        .isEqualTo(document.validate().findings().stream().map(NothingLostProperties::unplaced).toList());
    assertThat(json.write(back)).isEqualTo(text);
    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }

  @Provide
  Arbitrary<PublishedTable> tables() {
    return publishedTables();
  }

  /** A table read as printed, alone: its cells come back at their JSON pointers, and nowhere else. */
  @Property(tries = 100)
  void aPublishedTablesCellsComeBackAtTheirPointers(@ForAll("tables") PublishedTable table) {
    PublishedTable back = (PublishedTable) json.read("t.json", json.write(table)).orElseThrow().section().orElseThrow();
    for (int r = 0; r < back.rows().size(); r++) {
      for (int c = 0; c < back.columns().size(); c++) {
        String pointer = "/section/rows/" + r + "/cells/" + c;
        back.cell(r, c).ifPresent(cell -> assertThat(cell.location().pointer()).contains(pointer));
        assertThat(back.isAbsent(r, c)).isEqualTo(table.isAbsent(r, c));
      }
    }
  }

  /** Sections in one plan or document need distinct ids: the first of each id is kept. */
  private static List<PlanSection> uniqueIds(List<PlanSection> sections) {
    List<PlanSection> kept = new ArrayList<>();
    for (PlanSection s : sections) {
      if (kept.stream().noneMatch(k -> k.id().equals(s.id()))) {
        kept.add(s);
      }
    }
    return kept;
  }

  /** A document's sections, each table read as printed without the places of its cells. */
  private static List<Object> withoutPlaces(Document d) {
    List<Object> all = new ArrayList<>();
    all.add(d.plan().map(p -> BusinessPlan.builder().from(p).sections(List.of()).build()));
    for (PlanSection s : d.sections()) {
      if (s instanceof PublishedTable t) {
        List<Object> cells = new ArrayList<>(List.of(t.id(), t.title(), t.unit(), t.columns(), t.rows(),
            t.relations()));
        for (int r = 0; r < t.rows().size(); r++) {
          for (int c = 0; c < t.columns().size(); c++) {
            cells.add(t.cell(r, c).map(x -> List.<Object>of(x.value(), x.printed())).orElse(List.of()));
            cells.add(t.isAbsent(r, c));
          }
        }
        all.add(cells);
      } else {
        all.add(s);
      }
    }
    return all;
  }

  /** A finding with only the path of names and field of its place: a cell's place is its pointer once read back. */
  private static Finding unplaced(Finding f) {
    Location named = Location.of(f.location().path());
    return f.withLocation(f.location().field().map(named::field).orElse(named));
  }

  /** A figure at any precision: an amount in the table's unit or a plain number, to 3 places or to the nearest 1,000. */
  private static Arbitrary<ReportedFigure> figures(AmountUnit unit) {
    return Combinators.combine(Arbitraries.longs().between(-99_999_999L, 99_999_999L),
        Arbitraries.integers().between(-3, 3), Arbitraries.of(true, false)).as((n, decimals, money) -> {
          BigDecimal printed = decimals >= 0 ? BigDecimal.valueOf(n, decimals)
              : BigDecimal.valueOf(n).scaleByPowerOfTen(-decimals).setScale(0);
          return money ? ReportedAmount.of(printed, unit, decimals) : ReportedNumber.of(printed, decimals);
        });
  }

  /** The text a cell was printed with: the number, negatives in brackets. */
  private static String printed(ReportedFigure f) {
    BigDecimal v = f instanceof ReportedAmount a ? a.printed() : f.value();
    return v.signum() < 0 ? "(" + v.negate().toPlainString() + ")" : v.toPlainString();
  }

  static Arbitrary<PublishedTable> publishedTables() {
    Arbitrary<AmountUnit> units = Arbitraries.of(AmountUnit.class);
    return units.flatMap(unit -> Combinators.combine(Arbitraries.integers().between(1, 4),
        Arbitraries.integers().between(1, 6)).flatAs((columns, rows) -> {
          Arbitrary<PublishedTable.Cell> cell = figures(unit).map(f -> new PublishedTable.Cell(f, printed(f),
              Location.document().inFile("generated.csv")));
          Arbitrary<List<PublishedTable.Cell>> row = cell.injectNull(0.2).list().ofSize(columns);
          Arbitrary<TableRelation> relation = Combinators.combine(Arbitraries.of(TableRelation.Axis.class),
              Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 6).list().ofMinSize(1)
                  .ofMaxSize(4), Arbitraries.of("named by its label", "found in the figures"))
              .as((axis, target, terms, basis) -> relation(axis, target, terms, basis, columns, rows))
              .filter(r -> r != null);
          return Combinators.combine(PlanArbitraries.text(), row.list().ofSize(rows), relation.list().ofMaxSize(3),
              Arbitraries.integers().between(0, rows * columns * 2).list().ofMaxSize(2))
              .as((title, cells, relations, absent) -> {
                PublishedTable.Builder b = PublishedTable.builder("t-" + Math.abs(title.hashCode() % 1000), title)
                    .unit(unit);
                for (int c = 0; c < columns; c++) {
                  b.columns(c % 2 == 0 ? "Budget " + c : "");
                }
                for (int r = 0; r < rows; r++) {
                  b.row(r == rows - 1 ? "Total" : "Line " + r, cells.get(r));
                }
                // A cell marked absent printed words for no figure: it holds none.
                absent.stream().filter(i -> i < rows * columns && cells.get(i / columns).get(i % columns) == null)
                    .forEach(i -> b.absent(i / columns, i % columns));
                relations.forEach(b::relation);
                return b.build();
              });
        }));
  }

  /** A relation among the table's own columns or rows, or null if the table is too small for one. */
  private static TableRelation relation(TableRelation.Axis axis, int target, List<Integer> terms, String basis,
      int columns, int rows) {
    int targets = axis == TableRelation.Axis.COLUMNS ? columns : rows;
    int places = axis == TableRelation.Axis.COLUMNS ? rows : columns;
    if (targets < 2) {
      return null;
    }
    int t = target % targets;
    List<TableRelation.Term> signed = new ArrayList<>();
    for (int term : terms) {
      int index = Math.abs(term) % targets;
      if (index != t) {
        signed.add(new TableRelation.Term(term % 2 == 0 ? -1 : 1, index));
      }
    }
    List<Integer> across = new ArrayList<>();
    for (int p = 0; p < places; p++) {
      across.add(p);
    }
    return signed.isEmpty() ? null : new TableRelation(axis, t, signed, across, basis);
  }
}
