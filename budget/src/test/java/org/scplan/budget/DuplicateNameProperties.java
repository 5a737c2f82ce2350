package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The duplicate-name check and the compact line names state the same as their plainest reading: a
 * line is a repeat when an earlier line of its group has its name, and a line's name is the one it
 * was given.
 */
class DuplicateNameProperties {

  @Property(tries = 200)
  void aLineIsARepeatExactlyWhenAnEarlierLineOfItsGroupHasItsName(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3000) int lines) {
    Random r = new Random(seed);
    int alphabet = 1 + r.nextInt(Math.max(1, lines));
    String[] accents = {"", "é", "’", "\u4e2d"};
    BudgetProfileBuilder b = ReconciliationTest.small();
    List<String> names = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    int group = -1;
    int groupNumber = 0;
    for (int i = 0; i < lines; i++) {
      if (r.nextInt(50) == 0) {
        if (group >= 0) {
          b.end();
        }
        String g = "Group " + groupNumber++;
        b.group(g);
        names.add(g);
        groups.add(-1);
        group = names.size() - 1;
        continue;
      }
      String name = "Line " + r.nextInt(alphabet) + accents[r.nextInt(accents.length)];
      b.line(name, "", "", "", "", "");
      names.add(name);
      groups.add(group);
    }
    if (group >= 0) {
      b.end();
    }
    BudgetProfile p = b.build();
    BitSet repeated = ProfileChecks.duplicateNames(p);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      assertThat(p.line(i).name()).isEqualTo(names.get(i));
      boolean first = seen.add(groups.get(i) + "/" + names.get(i));
      assertThat(repeated.get(i)).as("line %s, %s", i, names.get(i)).isEqualTo(!first);
    }
  }
}
