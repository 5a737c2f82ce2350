package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.scplan.continuity.RecoveryTime;
import org.scplan.core.ValueParseException;
import org.scplan.equality.ImpactLevel;
import org.scplan.equality.ProtectedCharacteristic;

/** The small values and the words documents use for them. */
class ValuesTest {

  @Test
  void ratingsReadAndPrint() {
    assertThat(Rating.of(4, 5)).hasToString("L4 × I5");
    assertThat(Rating.parse("L4 × I5")).isEqualTo(Rating.of(4, 5));
    assertThat(Rating.parse(" l4xi5 ")).isEqualTo(Rating.of(4, 5));
    assertThat(Rating.parse("L4 I5")).isEqualTo(Rating.of(4, 5));
    assertThat(Rating.parse("L4, I5")).isEqualTo(Rating.of(4, 5));
    assertThatThrownBy(() -> Rating.parse("20")).isInstanceOf(ValueParseException.class)
        .hasMessage("Cannot read \"20\" as a risk rating: expected L then the likelihood number, × and I then the"
            + " impact number, such as L4 × I5");
    assertThatThrownBy(() -> Rating.parse("L0 × I5")).isInstanceOf(ValueParseException.class);
    assertThatThrownBy(() -> Rating.of(0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for likelihood (valid values 1 - 99): 0");
    new EqualsTester().addEqualityGroup(Rating.of(4, 5), Rating.parse("L4xI5")).addEqualityGroup(Rating.of(5, 4))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Rating.class);
  }

  @Test
  void recoveryTimesKeepTheirTextAndMeasureElapsedTime() {
    assertThat(RecoveryTime.parse("4 hours").duration()).isEqualTo(Duration.ofHours(4));
    assertThat(RecoveryTime.parse("24 hrs").duration()).isEqualTo(Duration.ofDays(1));
    assertThat(RecoveryTime.parse("2 Days").duration()).isEqualTo(Duration.ofHours(48));
    assertThat(RecoveryTime.parse("1 week").duration()).isEqualTo(Duration.ofDays(7));
    assertThat(RecoveryTime.parse("30  minutes")).hasToString("30 minutes");
    assertThat(RecoveryTime.ofHours(1)).hasToString("1 hour");
    assertThat(RecoveryTime.ofDays(2)).hasToString("2 days");
    assertThat(RecoveryTime.parse("25 hours").isLongerThan(RecoveryTime.parse("1 day"))).isTrue();
    assertThat(RecoveryTime.parse("24 hours").isLongerThan(RecoveryTime.parse("1 day"))).isFalse();
    assertThatThrownBy(() -> RecoveryTime.parse("5 working days")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("a whole number and minutes, hours, days or weeks");
    new EqualsTester().addEqualityGroup(RecoveryTime.parse("4 hours"), RecoveryTime.ofHours(4))
        .addEqualityGroup(RecoveryTime.parse("4 hrs")).testEquals();
  }

  @Test
  void wordsForConstants() {
    assertThat(Treatment.parse("Treat")).isEqualTo(Treatment.TREAT);
    assertThat(Treatment.parse("mitigate")).isEqualTo(Treatment.TREAT);
    assertThat(Treatment.TOLERATE).hasToString("Tolerate");
    assertThat(ReviewFrequency.parse("Half-yearly")).isEqualTo(ReviewFrequency.HALF_YEARLY);
    assertThat(ReviewFrequency.parse("quarterly").months()).isEqualTo(3);
    assertThat(RiskActionStatus.parse("On course")).isEqualTo(RiskActionStatus.IN_PROGRESS);
    assertThat(RiskActionStatus.IN_PROGRESS).hasToString("In progress");
    assertThat(RegisterLevel.parse("Directorate Risk Register")).isEqualTo(RegisterLevel.DIRECTORATE);
    assertThat(RegisterLevel.CORPORATE.isAbove(RegisterLevel.DIRECTORATE)).isTrue();
    assertThat(ImpactLevel.parse("HIGH")).isEqualTo(ImpactLevel.HIGH);
    assertThat(ScoreFormula.parse("likelihood x impact")).isEqualTo(ScoreFormula.PRODUCT);
    assertThat(ScoreFormula.parse("Sum")).isEqualTo(ScoreFormula.SUM);
    assertThat(ProtectedCharacteristic.find("Religion or Belief")).contains(ProtectedCharacteristic.RELIGION_OR_BELIEF);
    assertThat(ProtectedCharacteristic.find("Carers")).isEmpty();
    assertThatThrownBy(() -> Treatment.parse("ignore")).isInstanceOf(ValueParseException.class)
        .hasMessage("Cannot read \"ignore\" as a risk treatment: expected tolerate, treat, transfer, terminate");
  }

  @Test
  void reviewsFallDueAtTheEndOfShortMonths() {
    assertThat(ReviewFrequency.QUARTERLY.nextDue(java.time.LocalDate.of(2018, 11, 30)))
        .isEqualTo(java.time.LocalDate.of(2019, 2, 28));
  }

  @Test
  void aRiskNeedsAName() {
    assertThatThrownBy(() -> Risk.builder().owner("Someone").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A risk needs a reference, a title or a description");
    assertThat(Risk.builder().description("Demand will outstrip resources").build().label())
        .isEqualTo("\"Demand will outstrip resources\"");
    assertThat(Risk.builder().description("Demand").build().key()).isEqualTo("Demand");
  }
}
