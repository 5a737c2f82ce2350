package org.scplan.json;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.scplan.core.BusinessPlan;
import org.scplan.core.PlanSection;
import org.scplan.core.ValidationReport;

/**
 * A section kind of the tests' own, {@code "note"}, read by {@link #CODEC}: it shows that a codec
 * registered with {@link ScplanJson#withCodec} plugs into the reader and writer, and it exercises
 * what the plan format itself does not use (exact decimals).
 *
 * @param id the section's id
 * @param title the section's title
 * @param amount an exact decimal
 */
record NoteSection(String id, String title, BigDecimal amount) implements PlanSection {

  NoteSection {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(amount, "amount");
  }

  @Override
  public String kind() {
    return "note";
  }

  @Override
  public ValidationReport validate() {
    return ValidationReport.empty();
  }

  @Override
  public ValidationReport validate(BusinessPlan plan) {
    return ValidationReport.empty();
  }

  /** Collects a note's members. */
  private static final class Parts {
    String id;
    String title;
    BigDecimal amount;

    NoteSection build() {
      return new NoteSection(id, title, amount);
    }
  }

  private static final JsonFields<Parts> FIELDS = JsonFields.<Parts>of("a note")
      .required("id", (in, p) -> p.id = in.nonBlank())
      .required("title", (in, p) -> p.title = in.nonBlank())
      .required("amount", (in, p) -> p.amount = in.decimal())
      .build();

  /** Reads and writes notes. */
  static final SectionCodec<NoteSection> CODEC = new SectionCodec<>() {
    @Override
    public String kind() {
      return "note";
    }

    @Override
    public Class<NoteSection> type() {
      return NoteSection.class;
    }

    @Override
    public NoteSection read(JsonIn in) {
      return in.build(FIELDS, new Parts(), Parts::build);
    }

    @Override
    public void write(NoteSection section, JsonOut out) {
      out.field("id", section.id()).field("title", section.title()).field("amount", section.amount());
    }
  };
}
