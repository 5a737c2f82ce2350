package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  // Kent County Council as seeds 000-003 name it: the directorate and its divisions.
  private static final OrgUnit KCC = OrgUnit.of("kcc", "Kent County Council", OrgLevel.COUNCIL);
  private static final OrgUnit FSC =
      OrgUnit.of("fsc", "Families and Social Care", OrgLevel.DIRECTORATE).withParent("kcc");
  private static final OrgUnit LDMH =
      OrgUnit.of("ldmh", "Learning Disability/Mental Health", OrgLevel.DIVISION).withParent("fsc");
  private static final OrgUnit OPPD =
      OrgUnit.of("oppd", "Older People and Physical Disability", OrgLevel.DIVISION).withParent("fsc");
  private static final OrgUnit OSU =
      OrgUnit.of("osu", "Operational Support Unit", OrgLevel.SERVICE).withParent("ldmh");

  private static OrgUnit unit(String id) {
    return OrgUnit.of(id, "Unit " + id, OrgLevel.TEAM);
  }

  private static OrgUnit unit(String id, String parent) {
    return unit(id).withParent(parent);
  }

  @Test
  void unitsInAnyOrderMakeATree() {
    Organisation org = Organisation.of(OSU, LDMH, KCC, OPPD, FSC);
    assertThat(org.units()).containsExactly(OSU, LDMH, KCC, OPPD, FSC);
    assertThat(org.roots()).containsExactly(KCC);
    assertThat(org.children(FSC)).containsExactly(LDMH, OPPD);
    assertThat(org.children(OSU)).isEmpty();
    assertThat(org.parent(LDMH)).contains(FSC);
    assertThat(org.parent(KCC)).isEmpty();
    assertThat(org.path(OSU)).containsExactly(KCC, FSC, LDMH, OSU);
    assertThat(org.path(KCC)).containsExactly(KCC);
    assertThat(org.unit("ldmh")).contains(LDMH);
    assertThat(org.unit("nope")).isEmpty();
    assertThat(org.contains("osu")).isTrue();
    assertThat(org.contains("nope")).isFalse();
  }

  @Test
  void toStringIndentsTheTree() {
    assertThat(Organisation.of(OSU, LDMH, KCC, OPPD, FSC)).hasToString(String.join("\n",
        "Kent County Council (kcc, COUNCIL)",
        "  Families and Social Care (fsc, DIRECTORATE)",
        "    Learning Disability/Mental Health (ldmh, DIVISION)",
        "      Operational Support Unit (osu, SERVICE)",
        "    Older People and Physical Disability (oppd, DIVISION)"));
  }

  @Test
  void aForestHasSeveralRoots() {
    Organisation org = Organisation.of(unit("a"), unit("b"), unit("c", "a"));
    assertThat(org.roots()).containsExactly(unit("a"), unit("b"));
    assertThat(Organisation.of(List.of()).units()).isEmpty();
  }

  @Test
  void aValidListHasNoProblems() {
    assertThat(Organisation.problems(List.of(OSU, LDMH, KCC, OPPD, FSC))).isEmpty();
  }

  @Test
  void aDuplicateIdIsReportedAtTheLaterUnit() {
    List<Organisation.Problem> problems = Organisation.problems(List.of(KCC, FSC, KCC.withParent("fsc")));
    assertThat(problems).containsExactly(new Organisation.Problem(2, "kcc", "id \"kcc\" is used by an earlier unit"));
    assertThat(problems.get(0)).hasToString("unit 2 (kcc): id \"kcc\" is used by an earlier unit");
  }

  @Test
  void anUnknownParentIsReported() {
    assertThat(Organisation.problems(List.of(KCC, LDMH)))
        .containsExactly(new Organisation.Problem(1, "ldmh", "parent \"fsc\" is not in the organisation"));
  }

  @Test
  void everyUnitOnACycleIsReportedAndNoOther() {
    // a → b → c → a is a cycle; d hangs below it and e is a separate root.
    List<OrgUnit> units = List.of(unit("a", "c"), unit("e"), unit("b", "a"), unit("d", "b"), unit("c", "b"));
    assertThat(Organisation.problems(units)).extracting(Organisation.Problem::index).containsExactly(0, 2, 4);
    assertThat(Organisation.problems(units)).first()
        .isEqualTo(new Organisation.Problem(0, "a", "its parents form a cycle through \"a\""));
  }

  @Test
  void aTwoUnitCycleIsReportedTwice() {
    assertThat(Organisation.problems(List.of(unit("a", "b"), unit("b", "a"))))
        .extracting(Organisation.Problem::unitId).containsExactly("a", "b");
  }

  @Test
  void problemsComeInListOrder() {
    // Unit 1 has an unknown parent, unit 2 repeats unit 0's id, units 3 and 4 form a cycle.
    List<OrgUnit> units = List.of(unit("a"), unit("b", "zz"), unit("a", "b"), unit("c", "d"), unit("d", "c"));
    assertThat(Organisation.problems(units)).extracting(Organisation.Problem::toString).containsExactly(
        "unit 1 (b): parent \"zz\" is not in the organisation",
        "unit 2 (a): id \"a\" is used by an earlier unit",
        "unit 3 (c): its parents form a cycle through \"c\"",
        "unit 4 (d): its parents form a cycle through \"d\"");
  }

  @Test
  void ofRefusesAnInvalidTreeListingEveryProblem() {
    assertThatThrownBy(() -> Organisation.of(unit("a", "zz"), unit("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid organisation: unit 0 (a): parent \"zz\" is not in the organisation;"
            + " unit 1 (a): id \"a\" is used by an earlier unit");
  }

  @Test
  void aUnitNotInTheOrganisationHasNoPlaceInIt() {
    Organisation org = Organisation.of(KCC, FSC);
    assertThat(org.path(OSU)).isEmpty();
    assertThat(org.parent(OSU)).isEmpty();
    assertThat(org.children(OSU)).isEmpty();
  }

  @Test
  void theUnitsCannotBeChanged() {
    Organisation org = Organisation.of(KCC, FSC);
    assertThatThrownBy(() -> org.units().add(LDMH)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> org.children(KCC).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalityIsTheSameUnitsInTheSameOrder() {
    new EqualsTester()
        .addEqualityGroup(Organisation.of(KCC, FSC), Organisation.of(List.of(KCC, FSC)))
        .addEqualityGroup(Organisation.of(FSC, KCC))
        .addEqualityGroup(Organisation.of(KCC))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(Organisation.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(Organisation.of(KCC, FSC));
    Testers.nullPointerTester().testAllPublicInstanceMethods(Organisation.of());
    assertThatThrownBy(() -> Organisation.problems(java.util.Arrays.asList(KCC, null)))
        .isInstanceOf(NullPointerException.class);
  }
}
