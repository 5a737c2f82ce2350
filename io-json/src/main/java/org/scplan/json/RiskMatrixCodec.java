package org.scplan.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.ValidationReport;
import org.scplan.core.internal.Text;
import org.scplan.risk.Axis;
import org.scplan.risk.AxisLevel;
import org.scplan.risk.Rating;
import org.scplan.risk.RiskLevel;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskMatrix;
import org.scplan.risk.ScoreBand;
import org.scplan.risk.ScoreFormula;

/**
 * Reads and writes a {@link RiskMatrix}: by the name of a built-in matrix, or defined as an object
 * whose members match the pointers of the matrix's load check ({@code /bands/2},
 * {@code /grid/0/levels/3}), and a {@link Rating}: {@code "L4 × I5"} or an object. Not API.
 */
final class RiskMatrixCodec {
  private RiskMatrixCodec() {}

  /**
   * Collects a matrix's parts, and where each was read, so that a problem the load check finds
   * points at the band, cell or level at fault in the file.
   */
  static final class MatrixParts {
    final RiskMatrix.Builder builder = RiskMatrix.builder();
    final String base;
    final Map<String, Location> read = new HashMap<>();

    MatrixParts(JsonIn in) {
      base = in.pointer();
      mark(in);
    }

    /** Notes where the value being read is, under its pointer. */
    void mark(JsonIn in) {
      read.put(in.pointer(), in.here());
    }

    /** Returns where the part at a pointer relative to the matrix was read, or the nearest part enclosing it. */
    Location near(String relative) {
      String pointer = base + relative;
      while (!read.containsKey(pointer) && pointer.length() > base.length()) {
        pointer = pointer.substring(0, pointer.lastIndexOf('/'));
      }
      return read.getOrDefault(pointer, read.get(base));
    }
  }

  /** Collects an axis. */
  static final class AxisParts {
    final MatrixParts matrix;
    String name;
    List<AxisLevel> levels = List.of();

    AxisParts(MatrixParts matrix) {
      this.matrix = matrix;
    }
  }

  /** Collects a row of a grid. */
  static final class RowParts {
    final MatrixParts matrix;
    int likelihood;
    List<String> levels = List.of();

    RowParts(MatrixParts matrix) {
      this.matrix = matrix;
    }
  }

  /** Collects a band. */
  static final class BandParts {
    String level;
    int lowest;
    int highest;
  }

  /** Collects a rating given as an object. */
  static final class RatingParts {
    int likelihood;
    int impact;
  }

  static final JsonFields<AxisLevel.Builder> AXIS_LEVEL = JsonFields.<AxisLevel.Builder>of("an axis level")
      .required("number", (in, b) -> b.number(levelNumber(in)))
      .required("label", (in, b) -> b.label(in.nonBlank()))
      .optional("description", (in, b) -> b.description(in.nonBlank()))
      .build();

  static final JsonFields<AxisParts> AXIS = JsonFields.<AxisParts>of("an axis")
      .required("name", (in, a) -> a.name = in.nonBlank())
      .required("levels", (in, a) -> {
        a.matrix.mark(in);
        a.levels = in.list(() -> {
          a.matrix.mark(in);
          return in.build(AXIS_LEVEL, AxisLevel.builder(), AxisLevel.Builder::build);
        });
      })
      .build();

  static final JsonFields<RiskLevel.Builder> LEVEL = JsonFields.<RiskLevel.Builder>of("a level of risk")
      .required("name", (in, b) -> b.name(in.nonBlank()))
      .required("colour", (in, b) -> b.colour(in.nonBlank()))
      .optional("description", (in, b) -> b.description(in.nonBlank()))
      .build();

  static final JsonFields<BandParts> BAND = JsonFields.<BandParts>of("a score band")
      .required("level", (in, b) -> b.level = in.nonBlank())
      .required("lowest", (in, b) -> b.lowest = in.integer())
      .required("highest", (in, b) -> b.highest = in.integer())
      .build();

  static final JsonFields<RowParts> ROW = JsonFields.<RowParts>of("a row of the grid")
      .required("likelihood", (in, r) -> r.likelihood = in.integer())
      .required("levels", (in, r) -> {
        r.matrix.mark(in);
        r.levels = in.list(() -> {
          r.matrix.mark(in);
          return in.nonBlank();
        });
      })
      .build();

  static final JsonFields<MatrixParts> MATRIX = JsonFields.<MatrixParts>of("a risk matrix")
      .required("id", (in, m) -> {
        m.mark(in);
        m.builder.id(in.nonBlank());
      })
      .optional("title", (in, m) -> m.builder.title(in.nonBlank()))
      .required("likelihood", (in, m) -> m.builder.likelihood(readAxis(in, m)))
      .required("impact", (in, m) -> m.builder.impact(readAxis(in, m)))
      .required("levels", (in, m) -> {
        m.mark(in);
        m.builder.levels(in.list(() -> {
          m.mark(in);
          return in.build(LEVEL, RiskLevel.builder(), RiskLevel.Builder::build);
        }));
      })
      .optional("formula", (in, m) -> m.builder.formula(in.enumValue(ScoreFormula.class)))
      .optional("bands", (in, m) -> {
        m.mark(in);
        m.builder.bands(in.list(() -> {
          m.mark(in);
          return in.build(BAND, new BandParts(), b -> ScoreBand.of(b.level, b.lowest, b.highest));
        }));
      })
      .optional("grid", (in, m) -> {
        m.mark(in);
        in.array(() -> {
          m.mark(in);
          RowParts row = in.build(ROW, new RowParts(m), r -> r);
          m.builder.addGridRow(row.likelihood, row.levels);
        });
      })
      .build();

  static final JsonFields<RatingParts> RATING = JsonFields.<RatingParts>of("a rating")
      .required("likelihood", (in, r) -> r.likelihood = levelNumber(in))
      .required("impact", (in, r) -> r.impact = levelNumber(in))
      .build();

  private static Axis readAxis(JsonIn in, MatrixParts m) {
    m.mark(in);
    return in.build(AXIS, new AxisParts(m), a -> Axis.of(a.name, a.levels));
  }

  private static int levelNumber(JsonIn in) {
    int n = in.integer();
    if (n < 1 || n > AxisLevel.MAX_NUMBER) {
      throw in.problem(JsonRules.INVALID_VALUE, "expected a level number from 1 to " + AxisLevel.MAX_NUMBER
          + ", found the number " + n);
    }
    return n;
  }

  /**
   * Reads a matrix defined as an object and checks it as it is loaded. Each problem the load check
   * finds keeps its code ({@code risk.matrix.band-overlap}, …), message and the path naming the
   * part at fault, and points at that part in the file: the matrix's pointer plus the load check's
   * relative pointer, and the line and column where the part (or, for a part that is missing, the
   * nearest part holding it) was read.
   *
   * @param in the reader, on the matrix's first token
   * @return the matrix
   */
  static RiskMatrix read(JsonIn in) {
    MatrixParts parts = new MatrixParts(in);
    return in.build(MATRIX, parts, m -> {
      ValidationReport problems = m.builder.check();
      for (Finding f : problems.findings()) {
        String relative = f.location().pointer().orElse("");
        Location near = m.near(relative);
        in.add(f.withLocation(f.location().inFile(near.source().orElse("")).at(m.base + relative, near.line(),
            near.column())));
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("the risk matrix fails its load check (see the problems above)");
      }
      return m.builder.build();
    });
  }

  /**
   * Reads the matrix a register is rated on: the name of a built-in matrix ({@code "kent-5x5"}) or
   * a matrix defined as an object.
   *
   * @param in the reader, on the value
   * @return the matrix
   */
  static RiskMatrix readMember(JsonIn in) {
    if (in.isString()) {
      String name = in.string();
      return RiskMatrices.find(name).orElseThrow(() -> in.problem(JsonRules.INVALID_VALUE, "unknown risk matrix "
          + Text.quote(name) + JsonIn.suggestion(name, RiskMatrices.names()) + "; expected the name of a built-in"
          + " matrix (" + String.join(", ", RiskMatrices.names()) + ") or a matrix defined as an object"));
    }
    if (!in.isObject()) {
      throw in.problem(JsonRules.WRONG_TYPE, "expected the name of a built-in risk matrix, such as \"kent-5x5\","
          + " or a risk matrix defined as an object, found " + in.found());
    }
    return read(in);
  }

  /**
   * Reads a rating: {@code "L4 × I5"} or {@code {"likelihood": 4, "impact": 5}}.
   *
   * @param in the reader, on the value
   * @return the rating
   */
  static Rating readRating(JsonIn in) {
    if (in.isString()) {
      return in.parsed("a rating such as L4 × I5", Rating::parse);
    }
    if (!in.isObject()) {
      throw in.problem(JsonRules.WRONG_TYPE, "expected a rating such as \"L4 × I5\" or {\"likelihood\": 4,"
          + " \"impact\": 5}, found " + in.found());
    }
    return in.build(RATING, new RatingParts(), r -> Rating.of(r.likelihood, r.impact));
  }

  /**
   * Writes the matrix member of a register: a built-in matrix by name, any other defined in full.
   *
   * @param matrix the matrix
   * @param out the writer, inside the register's object
   */
  static void writeMember(RiskMatrix matrix, JsonOut out) {
    if (RiskMatrices.find(matrix.id()).filter(matrix::equals).isPresent()) {
      out.field("matrix", matrix.id());
    } else {
      out.object("matrix", m -> write(matrix, m));
    }
  }

  /**
   * Writes the members of a matrix defined in full; the formula only if it is not the default,
   * likelihood × impact.
   *
   * @param matrix the matrix
   * @param out the writer, inside the matrix's object
   */
  static void write(RiskMatrix matrix, JsonOut out) {
    out.field("id", matrix.id());
    out.field("title", matrix.title());
    out.object("likelihood", a -> writeAxis(matrix.likelihood(), a));
    out.object("impact", a -> writeAxis(matrix.impact(), a));
    out.array("levels", matrix.levels(), (w, l) -> w.object(x -> {
      x.field("name", l.name());
      x.field("colour", l.colour());
      x.field("description", l.description());
    }));
    if (matrix.formula() != ScoreFormula.PRODUCT) {
      out.field("formula", matrix.formula());
    }
    out.array("bands", matrix.bands(), (w, b) -> w.object(x -> {
      x.field("level", b.level());
      x.field("lowest", b.lowest());
      x.field("highest", b.highest());
    }));
    out.array("grid", matrix.grid().entrySet(), (w, row) -> w.object(x -> {
      x.field("likelihood", row.getKey());
      x.stringsOnOneLine("levels", row.getValue());
    }));
  }

  private static void writeAxis(Axis axis, JsonOut out) {
    out.field("name", axis.name());
    out.array("levels", axis.levels(), (w, l) -> w.object(x -> {
      x.field("number", l.number());
      x.field("label", l.label());
      x.field("description", l.description());
    }));
  }
}
