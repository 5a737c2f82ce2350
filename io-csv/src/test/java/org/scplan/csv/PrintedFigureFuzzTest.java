package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Timeout;
import org.scplan.core.AmountUnit;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;
import org.scplan.core.ValueParseException;

/**
 * Fuzzes the printed-figure grammar with any text: a table's cell ({@link TableCell#parse}), a
 * money figure ({@link ReportedAmount#parse}, unmarked figures in each unit) and a plain figure
 * ({@link ReportedNumber#parse}). Each either reads a value whose canonical text reads back to it,
 * with an interval, or refuses the text with a {@link ValueParseException} that says where; nothing
 * else is thrown and nothing hangs.
 *
 * <p>In {@code mvn verify} this replays {@code PrintedFigureFuzzTestInputs/parsesAnyFigure/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (CONTRIBUTING.md, "Fuzzing").
 */
class PrintedFigureFuzzTest {

  @FuzzTest
  @Timeout(10)
  void parsesAnyFigure(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);

    TableCell cell = readOrRefuse(text, () -> TableCell.parse(text));
    if (cell != null) {
      assertThat(TableCell.parse(cell.toString())).as("%s read from %s", cell, text).isEqualTo(cell);
      if (cell.isFigure()) {
        for (AmountUnit unit : AmountUnit.values()) {
          assertThat(cell.toAmount(unit).interval()).isNotNull();
        }
      }
    }
    for (AmountUnit unit : AmountUnit.values()) {
      ReportedAmount amount = readOrRefuse(text, () -> ReportedAmount.parse(text, unit));
      if (amount != null) {
        assertThat(ReportedAmount.parse(amount.toString(), unit)).as("%s read from %s", amount, text).isEqualTo(amount);
        assertThat(amount.interval()).isNotNull();
      }
    }
    ReportedNumber number = readOrRefuse(text, () -> ReportedNumber.parse(text));
    if (number != null) {
      assertThat(ReportedNumber.parse(number.toString())).as("%s read from %s", number, text).isEqualTo(number);
      assertThat(number.interval()).isNotNull();
    }
  }

  /** What the parser reads, or null if it refuses the text as it should: with a located message. */
  private static <T> T readOrRefuse(String text, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (ValueParseException e) {
      assertThat(e.getMessage()).startsWith("Cannot read ");
      assertThat(e.errorIndex()).isBetween(-1, text.length());
      return null;
    }
  }
}
