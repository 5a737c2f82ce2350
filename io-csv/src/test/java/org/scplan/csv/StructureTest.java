package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How {@link Structure} groups a budget table's rows: headings and the groups they open, subtotals
 * that close them (by name, or the innermost group), groups made after the fact of the lines above a
 * subtotal, the grand total (named by an option, by its words, or a last row named "… total") and
 * the memo lines after it. Each table is given as its lines, a name ending in {@code :} having no
 * figures; the steps are written {@code KIND name@row}.
 */
class StructureTest {

  /** The lines of a table: a name ending in ":" is a row with no figures (a heading), the colon left off. */
  private static List<Structure.Line> lines(String... names) {
    List<Structure.Line> lines = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      boolean heading = names[i].endsWith(":");
      lines.add(new Structure.Line(i, heading ? names[i].substring(0, names[i].length() - 1) : names[i], !heading));
    }
    return lines;
  }

  private static List<String> stepsWithTotal(String totalRow, String... names) {
    return Structure.of(lines(names), totalRow).stream()
        .map(e -> e.kind() + " " + e.name() + (e.row() >= 0 ? "@" + e.row() : "")).toList();
  }

  private static List<String> steps(String... names) {
    return stepsWithTotal(null, names);
  }

  @Test
  void headingsOpenGroupsThatTheirSubtotalsCloseAndLinesAfterTheGrandTotalAreMemoLines() {
    assertThat(steps("Older People:", "Residential care", "Home care", "Total Older People", "Learning Disability:",
        "Day services", "Total Learning Disability", "Total", "Reserves"))
        .containsExactly("GROUP Older People@0", "ITEM Residential care@1", "ITEM Home care@2",
            "SUBTOTAL Total Older People@3", "GROUP Learning Disability@4", "ITEM Day services@5",
            "SUBTOTAL Total Learning Disability@6", "TOTAL Total@7", "MEMO Reserves@8");
  }

  @Test
  void aGroupWithNoSubtotalAheadEndsAtTheNextHeadingAndAtTheGrandTotal() {
    assertThat(steps("Children:", "Schools", "Adults:", "Care", "Total"))
        .containsExactly("GROUP Children@0", "ITEM Schools@1", "END Children", "GROUP Adults@2", "ITEM Care@3",
            "END Adults", "TOTAL Total@4");
  }

  @Test
  void aGroupAwaitingItsSubtotalHoldsTheHeadingsUnderItAndItsSubtotalClosesThemAll() {
    assertThat(steps("Adults:", "Older people:", "Care homes", "Disabled:", "Day care", "Total Adults", "Total"))
        .containsExactly("GROUP Adults@0", "GROUP Older people@1", "ITEM Care homes@2", "END Older people",
            "GROUP Disabled@3", "ITEM Day care@4", "END Disabled", "SUBTOTAL Total Adults@5", "TOTAL Total@6");
  }

  @Test
  void aSubtotalAheadCountsOnlyIfItHasFiguresAndNamesTheGroup() {
    // "Total Homes" ahead keeps "Homes" open over the heading "Extra"; it then closes both.
    assertThat(steps("Homes:", "Care", "Extra:", "Support", "Total Homes", "Total"))
        .containsExactly("GROUP Homes@0", "ITEM Care@1", "GROUP Extra@2", "ITEM Support@3",
            "END Extra", "SUBTOTAL Total Homes@4", "TOTAL Total@5");
    // A subtotal of another name is no reason to wait: "Homes" ends at "Extra", and "Total Schools",
    // naming no open group, closes the innermost.
    assertThat(steps("Homes:", "Care", "Extra:", "Support", "Total Schools", "Total"))
        .containsExactly("GROUP Homes@0", "ITEM Care@1", "END Homes", "GROUP Extra@2", "ITEM Support@3",
            "SUBTOTAL Total Schools@4", "TOTAL Total@5");
    // A heading's words, figures left blank, are not its subtotal.
    assertThat(steps("Homes:", "Care", "Extra:", "Support", "Total Homes:", "Total"))
        .containsExactly("GROUP Homes@0", "ITEM Care@1", "END Homes", "GROUP Extra@2", "ITEM Support@3",
            "ITEM Total Homes@4", "END Extra", "TOTAL Total@5");
  }

  @Test
  void aSubtotalNamingNoGroupClosesTheInnermostUnlessThatAwaitsItsOwn() {
    assertThat(steps("Transport:", "Buses", "Trains", "Subtotal", "Total"))
        .containsExactly("GROUP Transport@0", "ITEM Buses@1", "ITEM Trains@2", "SUBTOTAL Subtotal@3", "TOTAL Total@4");
    assertThat(steps("Transport:", "Buses", "Sub total", "Total Transport", "Total"))
        .containsExactly("GROUP Transport@0", "ITEM Buses@1", "ITEM Sub total@2", "SUBTOTAL Total Transport@3",
            "TOTAL Total@4");
  }

  @Test
  void aSubtotalNamesItsGroupByContainingItsNameOrBeingContainedInIt() {
    assertThat(steps("Services:", "Parks:", "Grounds", "Total Services provided", "Total"))
        .containsExactly("GROUP Services@0", "GROUP Parks@1", "ITEM Grounds@2", "END Parks",
            "SUBTOTAL Total Services provided@3", "TOTAL Total@4");
    assertThat(steps("Older People's Services:", "Parks:", "Grounds", "Total Older People", "Total"))
        .containsExactly("GROUP Older People's Services@0", "GROUP Parks@1", "ITEM Grounds@2", "END Parks",
            "SUBTOTAL Total Older People@3", "TOTAL Total@4");
  }

  @Test
  void aHeadingWithoutWordsIsNamedByNoSubtotal() {
    // "2019/20" has no words once its year is left out: "Total Care" closes "Care" and the group in it.
    assertThat(steps("Care:", "2019/20:", "Homes", "Total Care", "Total"))
        .containsExactly("GROUP Care@0", "GROUP 2019/20@1", "ITEM Homes@2", "END 2019/20", "SUBTOTAL Total Care@3",
            "TOTAL Total@4");
  }

  @Test
  void subtotalsWithNoGroupOpenMakeAGroupOfTheLinesAboveThem() {
    assertThat(steps("Buses", "Trains", "Total Transport", "Libraries", "Museums total", "Total"))
        .containsExactly("GROUP Transport@2", "ITEM Buses@0", "ITEM Trains@1", "SUBTOTAL Total Transport@2",
            "GROUP Museums@4", "ITEM Libraries@3", "SUBTOTAL Museums total@4", "TOTAL Total@5");
    // A subtotal that names nothing gives its group its own name; a second subtotal straight after
    // has no lines to make a group of, and is a line.
    assertThat(steps("Buses", "Trains", "Subtotal", "Total transport", "Total"))
        .containsExactly("GROUP Subtotal@2", "ITEM Buses@0", "ITEM Trains@1", "SUBTOTAL Subtotal@2",
            "ITEM Total transport@3", "TOTAL Total@4");
  }

  @Test
  void aHeadingOpensAGroupOnlyWhenALineAHeadingOrItsOwnSubtotalFollowsIt() {
    assertThat(steps("Homes", "Libraries:", "Total Libraries", "Total"))
        .as("its own subtotal").containsExactly("ITEM Homes@0", "GROUP Libraries@1", "SUBTOTAL Total Libraries@2",
            "TOTAL Total@3");
    assertThat(steps("Homes:", "Care", "Notes:", "Total Homes", "Total"))
        .as("another group's subtotal").containsExactly("GROUP Homes@0", "ITEM Care@1", "ITEM Notes@2",
            "SUBTOTAL Total Homes@3", "TOTAL Total@4");
    assertThat(steps("Care", "Other:", "Of which grants", "Total"))
        .as("a memo line").containsExactly("ITEM Care@0", "ITEM Other@1", "MEMO Of which grants@2", "TOTAL Total@3");
    assertThat(steps("Care", "Other:", "Subtotal", "Total"))
        .as("a subtotal naming nothing").containsExactly("GROUP Subtotal@2", "ITEM Care@0", "ITEM Other@1",
            "SUBTOTAL Subtotal@2", "TOTAL Total@3");
  }

  @Test
  void aHeadingJustBeforeTheGrandTotalOrAtTheEndIsALine() {
    assertThat(stepsWithTotal("Net budget", "Care", "Other:", "Net budget", "Reserves"))
        .containsExactly("ITEM Care@0", "ITEM Other@1", "TOTAL Net budget@2", "MEMO Reserves@3");
    assertThat(steps("Care", "Notes:")).containsExactly("ITEM Care@0", "ITEM Notes@1");
  }

  @Test
  void withNoGrandTotalHeadingsStillOpenGroups() {
    assertThat(steps("Care:", "Homes", "Day care", "Transport:", "Buses"))
        .containsExactly("GROUP Care@0", "ITEM Homes@1", "ITEM Day care@2", "END Care", "GROUP Transport@3",
            "ITEM Buses@4", "END Transport");
  }

  @Test
  void theGrandTotalNamedByAnOptionIsItsLastOccurrenceAndAnyOtherTotalIsNot() {
    assertThat(stepsWithTotal("Net budget", "Care", "Net budget", "Grants", "Net budget", "Total"))
        .containsExactly("ITEM Care@0", "ITEM Net budget@1", "ITEM Grants@2", "TOTAL Net budget@3", "MEMO Total@4");
    assertThat(stepsWithTotal("Net budget", "Net budget", "Care"))
        .as("even as the first row").containsExactly("TOTAL Net budget@0", "MEMO Care@1");
    assertThat(stepsWithTotal("Net budget", "Care", "Homes", "Total"))
        .as("not printed: \"Total\" is a subtotal of the lines above it")
        .containsExactly("GROUP Total@2", "ITEM Care@0", "ITEM Homes@1", "SUBTOTAL Total@2");
  }

  @Test
  void aGrandTotalNamedByTheOptionClosesNoGroupThoughItNamesOne() {
    assertThat(stepsWithTotal("Care total", "Care:", "Homes", "Care total"))
        .containsExactly("GROUP Care@0", "ITEM Homes@1", "END Care", "TOTAL Care total@2");
  }

  @Test
  void withoutAnOptionTheGrandTotalIsTheLastRowOfAGrandTotalsName() {
    assertThat(steps("Care", "Net cost of services", "Total", "Of which grants"))
        .as("memo lines are passed over").containsExactly("ITEM Care@0", "ITEM Net cost of services@1",
            "TOTAL Total@2", "MEMO Of which grants@3");
    assertThat(steps("Care", "Totals 2019/20", "Reserves"))
        .as("its year left out").containsExactly("ITEM Care@0", "TOTAL Totals 2019/20@1", "MEMO Reserves@2");
    assertThat(steps("Total", "Of which grants")).containsExactly("TOTAL Total@0", "MEMO Of which grants@1");
    assertThat(steps("Services:", "Libraries", "Net cost of services"))
        .as("a grand total's name that contains a group's closes no group")
        .containsExactly("GROUP Services@0", "ITEM Libraries@1", "END Services", "TOTAL Net cost of services@2");
  }

  @Test
  void elseALastRowNamedATotalIsTheGrandTotalUnlessItClosesAGroup() {
    assertThat(steps("Homes", "Day care", "Care total"))
        .containsExactly("ITEM Homes@0", "ITEM Day care@1", "TOTAL Care total@2");
    assertThat(steps("Care total")).containsExactly("TOTAL Care total@0");
    assertThat(steps("Care:", "Homes", "Care total"))
        .containsExactly("GROUP Care@0", "ITEM Homes@1", "SUBTOTAL Care total@2");
    assertThat(steps("Homes", "Day care", "Care"))
        .as("a last row of no total's name").containsExactly("ITEM Homes@0", "ITEM Day care@1", "ITEM Care@2");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "total older people | true  | false | false | older people",
      "older people total | true  | false | false | older people",
      "sub total care     | true  | false | false | care",
      "subtotals          | true  | false | false | ''",
      "total              | true  | true  | false | ''",
      "net cost of services | false | true | false | net cost of services",
      "grand total        | true  | true  | false | grand",
      "of which grants    | false | false | true  | of which grants",
      "memorandum         | false | false | true  | memorandum",
      "totally different  | false | false | false | totally different",
      "care               | false | false | false | care"})
  void namesOfSubtotalsGrandTotalsAndMemoLines(String words, boolean subtotal, boolean grand, boolean memo,
      String subject) {
    assertThat(Structure.isSubtotal(words)).isEqualTo(subtotal);
    assertThat(Structure.isGrand(words)).isEqualTo(grand);
    assertThat(Structure.isMemo(words)).isEqualTo(memo);
    assertThat(Structure.subject(words)).isEqualTo(subject);
  }
}
