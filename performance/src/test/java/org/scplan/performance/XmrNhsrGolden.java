package org.scplan.performance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.scplan.core.CalendarMonth;
import org.scplan.core.Polarity;
import org.scplan.performance.spc.SpcVariation;
import org.scplan.performance.spc.XmrObservation;
import org.scplan.performance.spc.XmrSeries;

/**
 * The golden series of {@code spc/nhsrplotthedots-ae-all.csv}: England's monthly A&E attendances
 * and 4-hour performance, April 2016 to March 2019, with NHSRplotthedots' own results (see the
 * file's header for where they come from).
 */
final class XmrNhsrGolden {
  final List<CalendarMonth> periods = new ArrayList<>();
  final List<BigDecimal> attendances = new ArrayList<>();
  final List<BigDecimal> performance = new ArrayList<>();
  final List<Boolean> rOutside = new ArrayList<>();
  final List<Integer> rRelativeToMean = new ArrayList<>();
  final List<Boolean> rClose = new ArrayList<>();
  final List<String> rPointType = new ArrayList<>();

  private XmrNhsrGolden() {}

  static XmrNhsrGolden load() {
    XmrNhsrGolden g = new XmrNhsrGolden();
    try (InputStream in = XmrNhsrGolden.class.getResourceAsStream("/spc/nhsrplotthedots-ae-all.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",");
        g.periods.add(CalendarMonth.parse(f[0]));
        g.attendances.add(new BigDecimal(f[1]));
        g.performance.add(new BigDecimal(f[2]));
        g.rOutside.add(f[3].equals("1"));
        g.rRelativeToMean.add(Integer.parseInt(f[4]));
        g.rClose.add(f[5].equals("1"));
        g.rPointType.add(f[6]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return g;
  }

  static XmrSeries series(List<CalendarMonth> periods, List<BigDecimal> values, Polarity direction) {
    List<XmrObservation> obs = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      obs.add(XmrObservation.of(periods.get(i), values.get(i)));
    }
    return XmrSeries.of(direction, obs);
  }

  /** Maps NHSRplotthedots' point_type onto scplan's classification. */
  static SpcVariation variation(String pointType) {
    return switch (pointType) {
      case "common_cause" -> SpcVariation.COMMON_CAUSE;
      case "special_cause_improvement" -> SpcVariation.IMPROVEMENT;
      case "special_cause_concern" -> SpcVariation.CONCERN;
      case "special_cause_neutral_high" -> SpcVariation.NEUTRAL_HIGH;
      case "special_cause_neutral_low" -> SpcVariation.NEUTRAL_LOW;
      default -> throw new IllegalArgumentException(pointType);
    };
  }
}
