package org.scplan.csv;

/** What the corpus of real tables must hold, and the score io-csv's README reports. */
final class CorpusScore {
  /** The fewest tables the corpus holds. */
  static final int MIN_TABLES = 40;
  /** The fewest councils and other public bodies they come from. */
  static final int MIN_BODIES = 20;

  /** The tables read with no options and judged right, as io-csv's README reports it. */
  static final int SCORE = 115;

  private CorpusScore() {}
}
