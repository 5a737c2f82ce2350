package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A risk's text fields and its ratings as printed: what a register must say, and how it reads. */
class RiskValuesTest {

  static Stream<Arguments> blanks() {
    return Stream.of(
        Arguments.of((UnaryOperator<Risk.Builder>) b -> b.reference(" "), "A risk's reference is blank"),
        Arguments.of((UnaryOperator<Risk.Builder>) b -> b.title(" "), "The title of risk R1 is blank"),
        Arguments.of((UnaryOperator<Risk.Builder>) b -> b.description("\t"), "The description of risk R1 is blank"),
        Arguments.of((UnaryOperator<Risk.Builder>) b -> b.owner(""), "The owner of risk R1 is blank"),
        Arguments.of((UnaryOperator<Risk.Builder>) b -> b.addControl(" "), "A control of risk R1 is blank"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("blanks")
  void aBlankFieldIsRefusedAndNamesTheRisk(UnaryOperator<Risk.Builder> blank, String message) {
    assertThatThrownBy(() -> blank.apply(Risk.builder().reference("R1").title("Funding")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    assertThatThrownBy(() -> Risk.builder().owner("Director").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A risk needs a reference, a title or a description");
    assertThatThrownBy(() -> Risk.builder().title(" ").build()).hasMessageContaining("The title of a risk is blank");
  }

  @Test
  void aRiskReadsAsItsRatingsOwnerActionsAndStatus() {
    Risk r = Risk.of("AH0005", "Financial pressures", "Current pressures on public sector funding")
        .withInherent(Rating.of(5, 5)).withCurrent(Rating.of(4, 5)).withTarget(Rating.of(3, 4))
        .withOwner("Corporate Director").withAction(RiskAction.of("Savings plan", "Finance", "2019-03-31"));

    assertThat(r).hasToString("Risk AH0005: Financial pressures (inherent L5 × I5, current L4 × I5, target L3 × I4;"
        + " owner Corporate Director; 1 further action; " + r.status() + ")");
    assertThat(r.withAction(RiskAction.of("Review", "Finance", "2019-06-30")).toString()).contains("; 2 further actions;");
    assertThat(Risk.of("R1", "Funding", "d")).hasToString("Risk R1: Funding (not rated; " + r.status() + ")");
    assertThat(r.rating(RatingKind.INHERENT)).contains(Rating.of(5, 5));
    assertThat(r.rating(RatingKind.TARGET)).contains(Rating.of(3, 4));
  }

  @Test
  void aPrintedRatingNeedsAScoreOfOneOrMoreOrALevel() {
    assertThat(PrintedRating.of(OptionalInt.of(1), Optional.empty(), "1").score()).hasValue(1);
    assertThat(PrintedRating.of(OptionalInt.empty(), Optional.of("High"), "High").level()).contains("High");
    assertThatThrownBy(() -> PrintedRating.of(OptionalInt.of(0), Optional.empty(), "0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid risk score (valid values 1 and more)");
    assertThatThrownBy(() -> PrintedRating.of(OptionalInt.empty(), Optional.empty(), "-"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a score or a level: -");
  }

  @Test
  void aBandRunsFromItsLowerScoreToItsUpperOne() {
    PrintedRating twenty = PrintedRating.ofScore(20);

    assertThat(twenty.withBand(16, 25).bandFrom()).hasValue(16);
    assertThat(twenty.withBand(16, 25).bandTo()).hasValue(25);
    assertThat(twenty.withBand(20, 20).bandTo()).hasValue(20);
    assertThat(twenty.bandFrom()).isEmpty();
    assertThatThrownBy(() -> twenty.withBand(21, 20)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid score band (from must not exceed to): 21 to 20");
  }

  @Test
  void printedRatingsAreEqualWhenPrintedAndReadAlike() {
    new EqualsTester()
        .addEqualityGroup(PrintedRating.ofScore(20), PrintedRating.of(OptionalInt.of(20), Optional.empty(), "20"))
        .addEqualityGroup(PrintedRating.ofScore(16))
        .addEqualityGroup(PrintedRating.of(OptionalInt.of(20), Optional.of("High"), "20"))
        .addEqualityGroup(PrintedRating.of(OptionalInt.of(20), Optional.empty(), "20 (High)"))
        .addEqualityGroup(PrintedRating.ofScore(20).withBand(16, 25))
        .addEqualityGroup(PrintedRating.ofScore(20).withBand(16, 20))
        .addEqualityGroup(PrintedRating.ofScore(20).withBand(15, 25))
        .testEquals();
    assertThat(PrintedRating.of(OptionalInt.of(20), Optional.of("High"), "20 High")).hasToString("20 High");
    assertThat(PrintedRating.ofScore(12).printed()).isEqualTo("12");
  }
}
