package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.risk.Risk;
import org.scplan.risk.RiskRegister;

/** Risk tables read as risk registers on the default matrix (Kent's 5 × 5), for the tests of their rows and ratings. */
final class Registers {
  private static final TableOptions RISKS = TableOptions.builder().kind(TableKind.RISKS).build();

  private Registers() {}

  static ReadResult<Document> read(String text) {
    return TableReader.of(RISKS).read("register.csv", text);
  }

  /** The risks of a register that must have been read. */
  static List<Risk> risks(ReadResult<Document> r) {
    assertThat(r.isRead()).as(r.toString()).isTrue();
    return r.section(RiskRegister.class).orElseThrow().risks();
  }
}
