package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

  private static final OrgUnit LDMH = OrgUnit.of("ldmh", "Learning Disability/Mental Health", OrgLevel.DIVISION);

  @Test
  void aRootUnit() {
    assertThat(LDMH.id()).isEqualTo("ldmh");
    assertThat(LDMH.name()).isEqualTo("Learning Disability/Mental Health");
    assertThat(LDMH.level()).isEqualTo(OrgLevel.DIVISION);
    assertThat(LDMH.parentId()).isEmpty();
    assertThat(LDMH).hasToString("Learning Disability/Mental Health (ldmh, DIVISION)");
  }

  @Test
  void withParent() {
    OrgUnit child = LDMH.withParent("fsc");
    assertThat(child.parentId()).contains("fsc");
    assertThat(child.id()).isEqualTo("ldmh");
    assertThat(LDMH.parentId()).isEmpty();
    assertThat(OrgUnit.builder().id("ldmh").name("Learning Disability/Mental Health").level(OrgLevel.DIVISION)
        .parentId("fsc").build()).isEqualTo(child);
  }

  @Test
  void blankIdsNamesAndSelfParentsAreRefused() {
    assertThatThrownBy(() -> OrgUnit.of(" ", "Name", OrgLevel.TEAM))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("OrgUnit id is blank");
    assertThatThrownBy(() -> OrgUnit.of("t1", "", OrgLevel.TEAM))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("OrgUnit name is blank (id t1)");
    assertThatThrownBy(() -> LDMH.withParent("ldmh"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("OrgUnit ldmh names itself as its parent");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(LDMH, OrgUnit.of("ldmh", "Learning Disability/Mental Health", OrgLevel.DIVISION))
        .addEqualityGroup(LDMH.withParent("fsc"))
        .addEqualityGroup(OrgUnit.of("ldmh", "Learning Disability/Mental Health", OrgLevel.SERVICE))
        .addEqualityGroup(OrgUnit.of("opd", "Learning Disability/Mental Health", OrgLevel.DIVISION))
        .testEquals();
  }

  @Test
  void levelsRunFromCouncilToTeam() {
    assertThat(OrgLevel.values()).containsExactly(OrgLevel.COUNCIL, OrgLevel.DIRECTORATE, OrgLevel.DIVISION,
        OrgLevel.SERVICE, OrgLevel.TEAM);
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(OrgUnit.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(LDMH);
  }
}
