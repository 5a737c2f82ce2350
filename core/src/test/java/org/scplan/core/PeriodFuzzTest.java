package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the period parsers with any text: each either reads a period whose canonical text reads
 * back to it (by its own parser and by {@link ReportingPeriod#parse}), or refuses the text with a
 * {@link ValueParseException} that says where; nothing else is thrown and nothing hangs.
 *
 * <p>In {@code mvn verify} this replays {@code PeriodFuzzTestInputs/parsesAnyPeriod/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (CONTRIBUTING.md, "Fuzzing").
 */
class PeriodFuzzTest {
  private static final List<Function<CharSequence, ? extends ReportingPeriod>> PARSERS = List.of(
      ReportingPeriod::parse, FinancialYear::parse, FinancialQuarter::parse, CalendarMonth::parse,
      AcademicTerm::parse, AcademicYear::parse);

  @FuzzTest
  @Timeout(10)
  void parsesAnyPeriod(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (Function<CharSequence, ? extends ReportingPeriod> parser : PARSERS) {
      ReportingPeriod period;
      try {
        period = parser.apply(text);
      } catch (ValueParseException e) {
        assertThat(e.getMessage()).startsWith("Cannot read ");
        assertThat(e.errorIndex()).isBetween(-1, text.length());
        continue;
      }
      assertThat(parser.apply(period.toString())).as("%s read from %s", period, text).isEqualTo(period);
      assertThat(ReportingPeriod.parse(period.toString())).as("%s read from %s", period, text).isEqualTo(period);
      assertThat(period.start()).isBeforeOrEqualTo(period.end());
      assertThat(period.contains(period.start()) && period.contains(period.end())).isTrue();
    }
  }
}
