package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class PersonTest {

  @Test
  void aPersonWithAndWithoutATitle() {
    Person holder = Person.of("Graham Gibbens", "Cabinet Member for Adult Social Care & Public Health");
    assertThat(holder.name()).isEqualTo("Graham Gibbens");
    assertThat(holder.title()).contains("Cabinet Member for Adult Social Care & Public Health");
    assertThat(holder).hasToString("Graham Gibbens – Cabinet Member for Adult Social Care & Public Health");
    assertThat(Person.of("Penny Southern")).hasToString("Penny Southern");
    assertThat(Person.of("Penny Southern").title()).isEmpty();
  }

  @Test
  void aNameIsRequired() {
    assertThatThrownBy(() -> Person.of(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A person's name is blank");
    assertThatThrownBy(() -> Person.of("", "Director"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A person's name is blank");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Person.of("Penny Southern"), Person.of("Penny Southern"))
        .addEqualityGroup(Person.of("Penny Southern", "Director"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(Person.class);
  }
}
