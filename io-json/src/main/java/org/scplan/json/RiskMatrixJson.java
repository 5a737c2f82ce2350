package org.scplan.json;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scplan.core.ReadResult;
import org.scplan.risk.RiskMatrix;

/**
 * Reads and writes a risk matrix in a file of its own, such as one named on a command line
 * ({@code scplan table --matrix-file my-matrix.json}). The file holds one JSON object, the same a
 * risk register defines inline as its {@code "matrix"}:
 *
 * <pre>{@code
 * {
 *   "id": "my-4x4",
 *   "likelihood": {"name": "Likelihood", "levels": [{"number": 1, "label": "Unlikely"}, …]},
 *   "impact": {"name": "Impact", "levels": [{"number": 1, "label": "Minor"}, …]},
 *   "levels": [{"name": "Low", "colour": "green"}, {"name": "High", "colour": "red"}],
 *   "bands": [{"level": "Low", "lowest": 1, "highest": 4}, {"level": "High", "lowest": 6, "highest": 16}]
 * }
 * }</pre>
 *
 * <p>Reading is as strict as {@link ScplanJson}'s and never throws for bad input. The matrix is
 * checked as it is loaded ({@link RiskMatrix.Builder#check()}); each problem the check finds keeps
 * its code ({@code risk.matrix.band-gap}, …) and points into the file: since the matrix is the
 * file's root, its JSON pointer is the load check's own ({@code /bands/2}), with the line and
 * column of the band, cell or level at fault.
 *
 * <pre>{@code
 * ReadResult<RiskMatrix> result = RiskMatrixJson.read(Path.of("my-matrix.json"));
 * if (!result.isRead()) {
 *   System.out.println(result.problems());   // file, pointer, line and column of each problem
 * }
 * }</pre>
 *
 * <p>This class holds no state; its methods are thread-safe.
 */
public final class RiskMatrixJson {
  private static final String WHAT = "a risk matrix, an object starting {\"id\":";

  private RiskMatrixJson() {}

  /**
   * Reads a matrix from a file, with the standard limits ({@link ReadLimits#standard()}).
   *
   * @param file the file
   * @return the matrix, or the problems: the file cannot be opened, is not JSON, is not a matrix,
   *     or the matrix fails its load check
   */
  public static ReadResult<RiskMatrix> read(Path file) {
    return ScplanJson.standard().read(file, WHAT, RiskMatrixCodec::read);
  }

  /**
   * Reads a matrix from JSON text.
   *
   * @param source the name to give in problems, such as the file's path
   * @param json the JSON text
   * @return the matrix, or the problems
   */
  public static ReadResult<RiskMatrix> read(String source, String json) {
    requireNonNull(json, "json");
    return ScplanJson.standard().read(source, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), WHAT,
        RiskMatrixCodec::read);
  }

  /**
   * Writes a matrix as JSON text, in full even if it is a built-in one.
   *
   * @param matrix the matrix
   * @return the JSON text, pretty-printed, ending with a newline
   */
  public static String write(RiskMatrix matrix) {
    requireNonNull(matrix, "matrix");
    return ScplanJson.standard().writeRoot(out -> out.object(m -> RiskMatrixCodec.write(matrix, m)));
  }

  /**
   * Writes a matrix to a file, replacing it.
   *
   * @param matrix the matrix
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(RiskMatrix matrix, Path file) {
    requireNonNull(file, "file");
    String text = write(matrix);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
