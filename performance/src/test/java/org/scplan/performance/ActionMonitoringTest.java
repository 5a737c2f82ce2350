package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.scplan.core.Action;
import org.scplan.core.Rag;
import org.scplan.core.RagStatus;
import org.scplan.core.ValidationReport;
import org.scplan.core.ValueParseException;
import org.scplan.performance.actions.ActionCounts;
import org.scplan.performance.actions.ActionPlanMonitoring;
import org.scplan.performance.actions.ActionProgress;
import org.scplan.performance.actions.ActionStatus;
import org.scplan.performance.actions.DivisionProgress;
import org.scplan.performance.actions.RollUpRule;

/** Action statuses, their RAG by Kent's key, and the two roll-up rules. */
class ActionMonitoringTest {

  @Test
  void statusesTakeKentsKey() {
    assertThat(ActionStatus.COMPLETED.rag()).isEqualTo(Rag.GREEN);
    assertThat(ActionStatus.ON_COURSE.rag()).isEqualTo(Rag.AMBER);
    assertThat(ActionStatus.NOT_STARTED.rag()).isEqualTo(Rag.AMBER);
    assertThat(ActionStatus.DELAYED.rag()).isEqualTo(Rag.RED);
    assertThat(ActionStatus.STOPPED.rag()).isEqualTo(Rag.RED);
    assertThat(ActionStatus.parse("Partially complete")).isEqualTo(ActionStatus.ON_COURSE);
    assertThat(ActionStatus.parse("will not be delivered")).isEqualTo(ActionStatus.STOPPED);
    assertThat(ActionStatus.parse("not_started")).isEqualTo(ActionStatus.NOT_STARTED);
    assertThatThrownBy(() -> ActionStatus.parse("pending")).isInstanceOf(ValueParseException.class);
  }

  @Test
  void theRulesPartWhenActionsSlip() {
    ActionCounts oneCancelled = ActionCounts.of(11, 36, 1);
    assertThat(RollUpRule.KENT.rag(oneCancelled)).isEqualTo(RagStatus.of(Rag.AMBER));
    assertThat(RollUpRule.WORST_OF.rag(oneCancelled)).isEqualTo(RagStatus.of(Rag.RED));
    ActionCounts nothingGoing = ActionCounts.of(0, 0, 3);
    assertThat(RollUpRule.KENT.rag(nothingGoing)).isEqualTo(RagStatus.of(Rag.RED));
    ActionCounts doneButSlipped = ActionCounts.of(4, 0, 1);
    assertThat(RollUpRule.KENT.rag(doneButSlipped)).isEqualTo(RagStatus.of(Rag.AMBER));
    assertThat(RollUpRule.WORST_OF.rag(ActionCounts.of(5, 0, 0))).isEqualTo(RagStatus.of(Rag.GREEN));
    assertThat(RollUpRule.KENT.rag(ActionCounts.NONE)).isEqualTo(RagStatus.notRated("no actions to monitor"));
    assertThat(RollUpRule.parse("Worst_Of")).isEqualTo(RollUpRule.WORST_OF);
    assertThat(RollUpRule.parse(RollUpRule.KENT.id())).isEqualTo(RollUpRule.KENT);
  }

  @Test
  void aRowCanBeBuiltFromItsActions() {
    List<ActionProgress> actions = List.of(
        ActionProgress.of(Action.of("1.1", "Delivery of the Supporting Independence pilot"), ActionStatus.COMPLETED),
        ActionProgress.of("1.2", ActionStatus.ON_COURSE),
        ActionProgress.builder().number("1.3").status(ActionStatus.NOT_STARTED).publishedRag(Rag.GREEN).build());
    DivisionProgress row = DivisionProgress.ofActions("LDMH", 1, actions);
    assertThat(row.counts()).isEqualTo(ActionCounts.of(1, 2, 0));
    assertThat(row.total()).isEqualTo(3);
    assertThat(row.rag(RollUpRule.KENT)).isEqualTo(RagStatus.of(Rag.AMBER));
    assertThat(actions.get(0).description()).contains("Delivery of the Supporting Independence pilot");
    assertThat(actions.get(0)).hasToString("Action 1.1: completed (GREEN)");

    ActionPlanMonitoring monitoring = ActionPlanMonitoring.builder().id("m").title("Monitoring")
        .addDivision(row).build();
    ValidationReport report = monitoring.validate();
    assertThat(report.withCode(PerformanceRules.ACTION_RAG_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("Action 1.3 is not started, which is AMBER, but is published GREEN");
      assertThat(f.location()).hasToString("Monitoring › LDMH › Action 1.3 [RAG]");
    });

    DivisionProgress miscounted = DivisionProgress.builder().from(row).counts(ActionCounts.of(2, 1, 0)).build();
    assertThat(ActionPlanMonitoring.builder().id("m").title("Monitoring").addDivision(miscounted).build().validate()
        .withCode(PerformanceRules.MONITORING_COUNTS_DO_NOT_ADD_UP)).hasSize(1);
  }

  @Test
  void theTableShowsAPublishedRatingThatDiffers() {
    ActionPlanMonitoring monitoring = ActionPlanMonitoring.builder().id("m").title("Monitoring")
        .rollUp(RollUpRule.WORST_OF).addDivision(DivisionProgress.of("SC", 14, 48, 11, 36, 1, Rag.AMBER)).build();
    assertThat(monitoring.toString()).contains("RED (published AMBER)", "(roll-up worst-of)", "Directorate Totals");
    assertThat(monitoring.validate().withCode(PerformanceRules.MONITORING_RAG_MISMATCH)).hasSize(1);
    assertThat(monitoring.withRollUp(RollUpRule.KENT).validate().isEmpty()).isTrue();
  }

  @Test
  void misuseIsRefused() {
    assertThatThrownBy(() -> ActionCounts.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valid values 0 or more");
    assertThatThrownBy(() -> ActionProgress.builder().status(ActionStatus.COMPLETED).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DivisionProgress.of(" ", 1, 1, 1, 0, 0, Rag.GREEN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<ActionCounts> counts() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 60);
    return Combinators.combine(n, n, n).as(ActionCounts::of);
  }

  @Provide
  Arbitrary<List<ActionStatus>> statuses() {
    return Arbitraries.of(ActionStatus.values()).list().ofMaxSize(40);
  }

  @Property
  void kentsRuleIsNeverStricterThanWorstOf(@ForAll("counts") ActionCounts counts) {
    RagStatus kent = RollUpRule.KENT.rag(counts);
    RagStatus worst = RollUpRule.WORST_OF.rag(counts);
    assertThat(kent.isRated()).isEqualTo(counts.total() > 0).isEqualTo(worst.isRated());
    if (counts.total() > 0) {
      assertThat(kent.rag().orElseThrow().isWorseThan(worst.rag().orElseThrow())).isFalse();
      boolean allDone = counts.completed() == counts.total();
      assertThat(kent.rag().get() == Rag.GREEN).isEqualTo(allDone).isEqualTo(worst.rag().get() == Rag.GREEN);
    }
  }

  @Property
  void worstOfIsTheWorstActionsRating(@ForAll("statuses") List<ActionStatus> statuses) {
    RagStatus rolled = RollUpRule.WORST_OF.rag(ActionCounts.tally(statuses));
    assertThat(rolled.rag()).isEqualTo(Rag.worstOf(statuses.stream().map(ActionStatus::rag).toList()));
  }

  @Property
  void countsAreAdditive(@ForAll("statuses") List<ActionStatus> a, @ForAll("statuses") List<ActionStatus> b) {
    List<ActionStatus> both = new ArrayList<>(a);
    both.addAll(b);
    assertThat(ActionCounts.tally(both)).isEqualTo(ActionCounts.tally(a).plus(ActionCounts.tally(b)));
    assertThat(ActionCounts.tally(both).total()).isEqualTo(both.size());
  }

  @Property
  void aDashboardWhoseFiguresAreTheRulesChecksClean(@ForAll("countLists") List<ActionCounts> rows,
      @ForAll RollUpRule rule) {
    ActionPlanMonitoring.Builder b = ActionPlanMonitoring.builder().id("m").title("Monitoring").rollUp(rule);
    for (int i = 0; i < rows.size(); i++) {
      ActionCounts c = rows.get(i);
      DivisionProgress.Builder row = DivisionProgress.builder().name("D" + i).priorities(i).publishedTotal(c.total())
          .counts(c);
      rule.rag(c).rag().ifPresent(row::publishedRag);
      b.addDivision(row.build());
    }
    ActionPlanMonitoring computed = b.build();
    DivisionProgress totals = computed.totals();
    DivisionProgress.Builder published = DivisionProgress.builder().from(totals);
    computed.overall().rag().ifPresent(published::publishedRag);
    ActionPlanMonitoring monitoring = ActionPlanMonitoring.builder().from(computed).publishedTotals(published.build())
        .build();
    assertThat(monitoring.validate().findings()).isEmpty();
    assertThat(totals.counts().total()).isEqualTo(rows.stream().mapToInt(ActionCounts::total).sum());
    assertThat(monitoring.toString().lines()).hasSize(rows.size() + 3);
  }

  @Provide
  Arbitrary<List<ActionCounts>> countLists() {
    return counts().list().ofMaxSize(6);
  }
}
