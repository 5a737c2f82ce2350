package org.scplan.core.internal;

import java.time.Month;
import java.util.Locale;
import java.util.Map;

/** Month names as plans print them: {@code April}, {@code Apr}, {@code Sept}. Not API. */
public final class Months {
  private static final Map<String, Month> NAMES = Map.ofEntries(
      Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
      Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
      Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
      Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
      Map.entry("may", Month.MAY),
      Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
      Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
      Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
      Map.entry("september", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
      Map.entry("sep", Month.SEPTEMBER),
      Map.entry("october", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
      Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
      Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

  private Months() {}

  /** Returns the month a name or abbreviation spells, ignoring case and a trailing full stop, or null. */
  public static Month named(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    return NAMES.get(n);
  }

  /** Returns the month's full English name: {@code April}. */
  public static String fullName(Month month) {
    String n = month.name();
    return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
  }
}
