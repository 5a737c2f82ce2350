package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Number format codes print a stored number as a spreadsheet shows it: the section chosen by its
 * sign, literal text, escapes, paddings, colours and currency tags around the figure, its decimals,
 * grouping, scaling and percent signs.
 */
class NumberFormatTest {
  private static final AtomicInteger LOCALES = new AtomicInteger(0x400);
  private static final String ACCOUNTING = "_-£* #,##0_-;-£* #,##0_-;_-£* \"-\"_-;_-@_-";

  @ParameterizedTest(name = "{0} in {1} prints {2}")
  @CsvSource(delimiter = '|', value = {
      "1234.56|#,##0.0|1,234.6",
      "1234.56|0|1235",
      "-1234.5|#,##0.00|-1,234.50",
      "1234567|#,##0,|1,235",
      "1234567|£#,##0.0,,\"m\"|£1.2m",
      "0.834|0.0%|83.4%",
      "0.05|0%|5%",
      "-1234|#,##0;(#,##0)|(1,234)",
      "-1234|#,##0;[Red]-#,##0|-1,234",
      "1234|" + ACCOUNTING + "|£1,234",
      "-1234|" + ACCOUNTING + "|-£1,234",
      "0|" + ACCOUNTING + "|£-",
      "1234.56|[$£-809]#,##0.00|£1,234.56",
      "1234.5600000000001|General|1234.56",
      "120000|General|120000",
      "45382|dd/mm/yyyy|2024-03-31",
      "12.5|0.0\" hours\"|12.5 hours",
      // sections: negative, zero and text sections, and codes with fewer of them
      "0|#,##0;(#,##0)|0",
      "0|#,##0;(#,##0);\"nil\"|nil",
      "-5|#,##0;(#,##0);\"nil\"|(5)",
      "5|#,##0;(#,##0);\"nil\"|5",
      "-5|0;-0;|-5",
      "0|0;-0;|''",
      "0|0;-0;n.a.|n.a.",
      "-5|0.0|-5.0",
      "1234.5|@|1234.5",
      "45382|[$-809]d mmmm yyyy|2024-03-31",
      // literal text before and after the figure
      "1234|\"£\"#,##0|£1,234",
      "5|0\" kg\"|5 kg",
      "5|0 \"kg\"|5 kg",
      "5|0\"abc|5abc",
      "12|No. 0|No. 12",
      "1234|\\£#,##0|£1,234",
      "1234|#,##0\\k|1,234k",
      "1234567|0.0,,\\m|1.2m",
      "1234567|£0.0,,\\m\\n|£1.2mn",
      "5|0\\|5\\",
      // paddings and fills take no room in the text a reader reads
      "1234|#,##0_)|1,234",
      "-1234|#,##0_);(#,##0)|(1,234)",
      "1234|* #,##0|1,234",
      "1234|#,##0_);[Red](#,##0)|1,234",
      // colours and currency tags
      "1234|[$-809]#,##0|1,234",
      "1234|[$EUR]#,##0|EUR1,234",
      "1234.5|#,##0.00[$€-1]|1,234.50€",
      "1234.5|#,##0.00 [$€-407]|1,234.50 €",
      // percent signs scale up, before the figure or after it
      "0.05|%0|%5",
      "0.0125|0.00%|1.25%",
      "0.5|0\\%|1%",
      // decimals, grouping and scaling
      "1.25|0.##|1.25",
      "1.25|0.??|1.25",
      // # and ? decimals print only when they are not trailing zeros; 0 decimals always print
      "1.5|0.0#|1.5",
      "1.567|0.0#|1.57",
      "1|0.0#|1.0",
      "2|0.##|2",
      "100|#,##0.##|100",
      "1234.5|#,##0.0#|1,234.5",
      "1.5|0.??|1.5",
      "0.125|0.0#%|12.5%",
      // a text section, with or without a locale tag, prints a number as General
      "1234.5|[$-409]@|1234.5",
      "1234.5|\"Note \"@|1234.5",
      "1234567|0.0,|1234.6",
      "1234567|#,##0,,|1",
      "1234567.8|#,##0|1,234,568",
      "1234567.8|0|1234568",
      "0|£#,##0|£0",
  })
  void printsAsTheSheetShowsIt(String stored, String code, String printed) {
    BigDecimal value = new BigDecimal(stored);
    assertThat(NumberFormat.print(value, code)).isEqualTo(printed);
    if (!code.equalsIgnoreCase("General") && !code.contains("@")) {
      // A locale tag before a code prints nothing ([$-809] is English, UK). A tag no other call has
      // used makes the code one never read before, so it is read here rather than found among the
      // codes read already (NumberFormat keeps the codes it has read).
      String tagged = "[$-" + Integer.toHexString(LOCALES.incrementAndGet()) + "]" + code;
      assertThat(NumberFormat.print(value, tagged)).isEqualTo(printed);
    }
  }

  @Test
  void noFormatIsGeneral() {
    assertThat(NumberFormat.print(new BigDecimal("7911.70"), null)).isEqualTo("7911.7");
    assertThat(NumberFormat.print(new BigDecimal("1E+3"), "")).isEqualTo("1000");
  }
}
