package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class OrganisationProperties {

  @Provide
  Arbitrary<List<OrgUnit>> tree() {
    return Generators.orgTree();
  }

  @Provide
  Arbitrary<List<OrgUnit>> treeWithAParent() {
    return Generators.orgTreeWithAParent();
  }

  @Property(tries = 300)
  void aGeneratedTreeHasNoProblems(@ForAll("tree") List<OrgUnit> units) {
    assertThat(Organisation.problems(units)).isEmpty();
    Organisation org = Organisation.of(units);
    assertThat(org.units()).containsExactlyElementsOf(units);
    for (OrgUnit u : units) {
      List<OrgUnit> path = org.path(u);
      assertThat(path.get(path.size() - 1)).isEqualTo(u);
      assertThat(org.roots()).contains(path.get(0));
      assertThat(org.parent(u).isPresent()).isEqualTo(u.parentId().isPresent());
      org.parent(u).ifPresent(p -> assertThat(org.children(p)).contains(u));
      for (OrgUnit child : org.children(u)) {
        assertThat(child.parentId()).contains(u.id());
      }
    }
  }

  @Property(tries = 300)
  void aRepeatedIdIsReportedAtTheRepeat(@ForAll("tree") List<OrgUnit> units,
      @ForAll @IntRange(min = 0, max = 1000) int pick, @ForAll @IntRange(min = 0, max = 1000) int at) {
    OrgUnit original = units.get(pick % units.size());
    OrgUnit copy = OrgUnit.of(original.id(), "Another " + original.name(), OrgLevel.TEAM);
    int position = at % (units.size() + 1);
    List<OrgUnit> withCopy = new ArrayList<>(units);
    withCopy.add(position, copy);
    int later = Math.max(position, withCopy.indexOf(original));
    assertThat(Organisation.problems(withCopy)).containsExactly(new Organisation.Problem(
        later, original.id(), "id \"" + original.id() + "\" is used by an earlier unit"));
  }

  @Property(tries = 300)
  void anUnknownParentIsReportedAtItsUnit(@ForAll("tree") List<OrgUnit> units,
      @ForAll @IntRange(min = 0, max = 1000) int pick) {
    int index = pick % units.size();
    List<OrgUnit> broken = new ArrayList<>(units);
    broken.set(index, units.get(index).withParent("missing"));
    assertThat(Organisation.problems(broken)).containsExactly(new Organisation.Problem(
        index, units.get(index).id(), "parent \"missing\" is not in the organisation"));
  }

  @Property(tries = 300)
  void aCycleIsReportedAtEveryUnitOnItAndNoOther(@ForAll("treeWithAParent") List<OrgUnit> units,
      @ForAll @IntRange(min = 0, max = 1000) int pick, @ForAll @IntRange(min = 1, max = 1000) int up) {
    Map<String, OrgUnit> byId = new HashMap<>();
    units.forEach(u -> byId.put(u.id(), u));
    List<OrgUnit> nonRoots = units.stream().filter(u -> u.parentId().isPresent()).toList();
    // Close a cycle: the ancestor some steps above a unit takes that unit as its parent.
    OrgUnit bottom = nonRoots.get(pick % nonRoots.size());
    List<String> onCycle = new ArrayList<>(List.of(bottom.id()));
    OrgUnit top = bottom;
    for (int i = 0; i < up && top.parentId().isPresent(); i++) {
      top = byId.get(top.parentId().get());
      onCycle.add(top.id());
    }
    List<OrgUnit> broken = new ArrayList<>(units);
    broken.set(units.indexOf(top), top.withParent(bottom.id()));
    List<Organisation.Problem> problems = Organisation.problems(broken);
    assertThat(problems).extracting(Organisation.Problem::unitId).containsExactlyInAnyOrderElementsOf(onCycle);
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("cycle"));
    assertThat(problems).allSatisfy(p -> assertThat(broken.get(p.index()).id()).isEqualTo(p.unitId()));
  }
}
