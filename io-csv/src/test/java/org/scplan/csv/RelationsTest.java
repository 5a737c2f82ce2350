package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.budget.PublishedTable;
import org.scplan.core.Document;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;

/**
 * The arithmetic {@link Relations} discovers in a table of figures read as printed: columns that
 * are the sum or difference of others (taken from the figures on two thirds of the rows and at
 * least three, or named by the headings on half), rows that total the rows above them (named totals,
 * rows that add up in two columns or more, totals of subtotals as printed, in long tables too), lines
 * that the rows below them fund, totals that miss by a little, rows and columns of percentages that
 * no total adds, and the note that says what was found.
 */
class RelationsTest {

  private static ReadResult<Document> read(String csv) {
    ReadResult<Document> r = TableReader.standard().read("figures.csv", csv);
    assertThat(r.isRead()).as(r.problems().toString()).isTrue();
    return r;
  }

  private static PublishedTable table(ReadResult<Document> r) {
    return (PublishedTable) r.sections(PlanSection.class).get(0);
  }

  /** The relations discovered, as the table states them: {@code Total = A + B}. */
  private static List<String> relations(String csv) {
    PublishedTable t = table(read(csv));
    return t.relations().stream().map(t::describe).toList();
  }

  /** The cells where a relation discovered fails: {@code C5}. */
  private static List<String> errors(String csv) {
    return read(csv).validate().errors().stream()
        .map(f -> f.location().pointer().orElseThrow().replaceFirst(":.*", "")).toList();
  }

  private static String note(String csv) {
    return read(csv).notes().withCode(CsvRules.LAYOUT_DISCOVERED).get(0).message();
  }

  // Columns

  @Test
  void theNoteCountsTheColumnAndRowRelationsDiscovered() {
    String quarters = "Item,Q1,Q2,Q3,Year\nA,120,135,150,405\nB,210,190,230,630\nC,75,80,95,250\nTotal,405,405,475,1285\n";
    assertThat(relations(quarters)).containsExactly("Total = A + B + C", "Year = Q1 + Q2 + Q3");
    assertThat(note(quarters)).endsWith("1 column relation and 1 row relation discovered (each listed below as it is"
        + " checked)");
    String two = "Item,A,B,C,D,E\nr1,110,220,330,1000,1330\nr2,520,140,660,2000,2660\nr3,300,330,630,1250,1880\n"
        + "r4,410,420,830,1500,2330\n";
    assertThat(relations(two)).containsExactlyInAnyOrder("C = A + B", "E = C + D");
    assertThat(note(two)).contains("2 column relations and 0 row relations discovered");
    String none = "Item,A,B\nr1,1,7\nr2,4,2\n";
    assertThat(relations(none)).isEmpty();
    assertThat(note(none)).endsWith("no relation between its columns or rows was found, so no arithmetic is checked");
  }

  @Test
  void aColumnFoundInTheFiguresAloneHoldsOnThreeRowsAtLeast() {
    assertThat(relations("Item,X,Y,Z\nA,110,220,330\nB,505,440,945\nC,730,1020,1750\n")).containsExactly("Z = X + Y");
    assertThat(relations("Item,X,Y,Z\nA,110,220,330\nB,505,440,945\n")).isEmpty();
  }

  @Test
  void aColumnFoundInTheFiguresAloneHoldsOnTwoThirdsOfTheRows() {
    String six = "Item,X,Y,Z\nR1,100,1000,1100\nR2,200,3000,3200\nR3,400,5000,5400\nR4,800,7000,7800\n"
        + "R5,1600,9000,10000\nR6,3200,11000,15000\n";
    assertThat(relations(six)).containsExactly("Z = X + Y");
    assertThat(errors(six)).containsExactly("D6", "D7");
    assertThat(relations(six + "R7,6400,13000,15000\n")).as("four rows of seven").isEmpty();
  }

  @Test
  void aColumnTheHeadingsNameHoldsOnHalfTheRows() {
    String named = "Item,Spend,Receipts,Net\nR1,1000,300,700\nR2,2000,500,1500\nR3,4000,700,3000\nR4,8000,900,8000\n";
    assertThat(relations(named)).containsExactly("Net = Spend − Receipts");
    assertThat(errors(named)).containsExactly("D4", "D5");
    String years = "Item,Spend 2023/24,Receipts 2023/24,Net 2024/25\n" + named.substring(named.indexOf('\n') + 1);
    assertThat(relations(years)).as("headings of two years name no relation").isEmpty();
  }

  @Test
  void aColumnThatRepeatsAnEarlierOneIsLeftOutOfTheRelationsDiscovered() {
    assertThat(relations("Item,A,B,C,D\nr1,110,220,330,330\nr2,505,440,945,945\nr3,730,1020,1750,1750\n"))
        .containsExactly("C = A + B");
  }

  @Test
  void aColumnThatRepeatsAnEarlierOneIsStillATermOfASumOfNeighbouringColumns() {
    // The 4th quarter forecast as the 3rd on every row: the year is still the sum of the four.
    String quarters = "Item,Q1,Q2,Q3,Q4,Year\nA,120,135,150,150,555\nB,210,190,230,230,860\n"
        + "C,75,80,95,95,345\nD,60,70,65,65,260\n";
    assertThat(relations(quarters)).containsExactly("Year = Q1 + Q2 + Q3 + Q4");
    assertThat(errors(quarters.replace("345", "350"))).containsExactly("F4");
  }

  @Test
  void aColumnRelationIsNeitherFoundNorCheckedOnARowOfPercentages() {
    String text = "Item,X,Y,Z\nA,110,220,330\nB,505,440,945\nC,730,1020,1750\nGrowth %,5,10,3\n";
    assertThat(relations(text)).containsExactly("Z = X + Y");
    assertThat(table(read(text)).relations().get(0).across()).as("the rows it is checked on").containsExactly(0, 1, 2);
    assertThat(errors(text)).isEmpty();
  }

  @Test
  void aColumnIsAChangeInPerCentWhenItHoldsOnTwoThirdsOfItsRowsAndThreeChangesAreNotNil() {
    String change = "column \"Change\" is the change in per cent from \"2023/24\" to \"2024/25\"";
    String three = "Item,2023/24,2024/25,Change\nA,200,210,5.0\nB,400,380,-5.0\nC,100,130,30.0\nD,300,300,0.0\n";
    assertThat(note(three)).contains(change);
    assertThat(note(three.replace("C,100,130,30.0", "C,100,100,0.0"))).as("two changes not nil").doesNotContain(change);
    String sixRows = "Item,2023/24,2024/25,Change\nA,200,210,5.0\nB,400,380,-5.0\nC,100,130,30.0\nD,300,330,10.0\n"
        + "E,250,200,-3.0\nF,500,600,1.0\n";
    assertThat(note(sixRows)).as("four rows of six").contains(change);
    assertThat(note(sixRows + "G,800,400,2.0\n")).as("four rows of seven").doesNotContain(change);
  }

  // Rows

  @Test
  void aRowOfPercentagesIsInNoTotal() {
    assertThat(relations("Item,Q1,Q2\nA,100,200\nB,300,400\nGrowth,5%,10%\nTotal,400,600\n"))
        .containsExactly("Total = A + B");
    assertThat(relations("Item,Q1,Q2\nA,100,200\nB,300,400\nC,5%,10\nTotal,405,610\n"))
        .as("half its figures printed with %").containsExactly("Total = A + B + C");
    assertThat(relations("Item,Q1,Q2\nA,100,200\nB,300,400\nShare of budget (%),25,33\nTotal,400,600\n"))
        .containsExactly("Total = A + B");
    assertThat(relations("Item,Q1,Q2\nA,100,200\nB,300,400\nPercentage spent,25,33\nTotal,400,600\n"))
        .containsExactly("Total = A + B");
  }

  @Test
  void theLastRowOfASingleColumnThatIsTheSumOfEveryFigureAboveItClosesIt() {
    // North Ayrshire Council, Cabinet 17 March 2020: the 2019/20 capital budget and its movements, £m.
    String movements = "Movement,2019/20 £m\nBudget approved as at 30 November 2019,51.368\n"
        + "a) Changes to Funding,(0.361)\nb) Alterations to phasing of projects:-,\n2019/20 to 2020/21,(12.071)\n"
        + "2020/21 to 2019/20,0.127\nc) Revisions to the Programme,0.172\nBudget as at 31 January 2020,39.235\n";
    assertThat(relations(movements)).singleElement().asString().startsWith("Budget as at 31 January 2020 = ");
    assertThat(errors(movements)).isEmpty();
    // A deficit closed to a balance of nil by its adjustments.
    String closed = "Change,£000\nDeficit as per MTFP,\"2,456\"\nRemoval of provisions,-640\nInflation,198\n"
        + "Increase from 1.99% to 2.98% precept rise,-395\nIncrease to s31 Grant,-465\nOther changes,\"-1,154\"\n"
        + "Proposed Budget Balance,0\n";
    assertThat(relations(closed)).singleElement().asString().startsWith("Proposed Budget Balance = ");
    assertThat(relations(movements.replace("39.235", "39.335"))).as("a closing figure that is not the sum").isEmpty();
    assertThat(relations("Item,£\nA,250\nB,350\nC,600\n")).as("two figures").isEmpty();
    assertThat(relations("Item,£m\nA,1\nB,1\nC,1\nD,3\n")).as("too coarse to tell").isEmpty();
  }

  @Test
  void aPercentageQuotedInALabelDoesNotMakeItsRowOneOfPercentages() {
    assertThat(relations("Item,2024/25,2025/26\nBase budget,1000,1100\nIncrease from 1.99% to 2.98% precept rise,-395,-400\n"
        + "Other changes,200,210\nTotal,805,910\n")).containsExactly("Total = Base budget + Increase from 1.99% to"
        + " 2.98% precept rise + Other changes");
  }

  @Test
  void aTotalOfSubtotalsIsHeldAgainstThemAsPrintedSoAWrongSubtotalIsReportedOnce() {
    String text = "Item,2023/24,2024/25\nA,100,200\nB,300,400\nSubtotal,400,600\nC,50,60\nD,70,80\n"
        + "Subtotal,120,180\nTotal,520,780\n";
    assertThat(relations(text)).containsExactly("Subtotal = A + B", "Subtotal = C + D", "Total = Subtotal + Subtotal");
    assertThat(errors(text)).containsExactly("C7");
  }

  @Test
  void aRowNamedLessAndPrintedPositiveIsTakenOffAndPrintedNegativeIsAdded() {
    assertThat(relations("Item,2023/24,2024/25\nProgramme,1000,2000\nLess grant,300,400\nRemaining,700,1600\n"))
        .containsExactly("Remaining = Programme − Less grant");
    assertThat(relations("Item,2023/24,2024/25\nProgramme,1000,2000\nLess grant,(300),(400)\nRemaining,700,1600\n"))
        .containsExactly("Remaining = Programme + Less grant");
  }

  @Test
  void aRowNoLabelNamesIsATotalWhenItHoldsInHalfItsColumnsOrMore() {
    String twoOfThree = "Item,2023/24,2024/25,2025/26\nA,100,200,300\nB,300,400,500\nC,400,600,900\n";
    assertThat(relations(twoOfThree)).containsExactly("C = A + B");
    assertThat(errors(twoOfThree)).containsExactly("D4");
    assertThat(relations(twoOfThree.replace("C,400,600", "C,400,700"))).as("one of three").isEmpty();
  }

  @Test
  void aRowNoLabelNamesIsATotalOnlyOfFiguresPreciseEnoughToTell() {
    // 1 + 1 = 2 to the nearest unit is as likely chance as arithmetic; 10 + 10 = 20 is twenty half units.
    assertThat(relations("Item,2023/24,2024/25\nA,1,1\nB,1,1\nC,2,2\n")).isEmpty();
    assertThat(relations("Item,2023/24,2024/25\nA,10,12\nB,10,8\nC,20,20\n")).containsExactly("C = A + B");
    assertThat(relations("Item,2023/24,2024/25\nA,9,12\nB,9,7\nC,18,19\n")).isEmpty();
  }

  @Test
  void aStatementLineIsATotalWhenItHoldsInHalfItsColumns() {
    String half = "Item,2023/24,2024/25\nA,300,400\nB,350,450\nNet expenditure,650,900\n";
    assertThat(relations(half)).containsExactly("Net expenditure = A + B");
    assertThat(errors(half)).containsExactly("C4");
    assertThat(relations("Item,2023/24\nA,300,\nB,350\nNet expenditure,630\n")).as("in none").isEmpty();
  }

  @Test
  void aTotalOrADerivedLineThatMissesByFivePerCentOrLessIsStillHeldAgainstItsRows() {
    String total = "Item,2023/24\nA,50\nB,45\nTotal,100\n";
    assertThat(relations(total)).containsExactly("Total = A + B");
    assertThat(errors(total)).containsExactly("B4");
    assertThat(relations(total.replace("100", "101"))).as("a miss of more than 5%").isEmpty();
    String requirement = "Item,2023/24\nA,300\nB,350\nCouncil tax requirement,630\n";
    assertThat(relations(requirement)).containsExactly("Council tax requirement = A + B");
    assertThat(errors(requirement)).containsExactly("B4");
  }

  @Test
  void aTotalNamingThePartOfTheTableItHeadsIsHeldAgainstItsRowsHoweverFarItMisses() {
    String named = "Item,2023/24,2024/25\nExpenditure adjustments,,\nPay award,100,200\nInflation,300,400\n"
        + "Total expenditure adjustments,900,900\n";
    assertThat(relations(named)).containsExactly("Total expenditure adjustments = Pay award + Inflation");
    assertThat(errors(named)).containsExactly("B5", "C5");
    assertThat(relations("Item,2023/24,2024/25\nPay award,100,200\nInflation,300,400\nTotal,900,900\n")).isEmpty();
  }

  @Test
  void aTotalIsNotCheckedInAColumnWhereOneOfItsRowsIsAbsent() {
    String text = "Item,2023/24,2024/25\nA,100,n/a\nB,300,400\nTotal,400,999\n";
    assertThat(relations(text)).containsExactly("Total = A + B");
    assertThat(errors(text)).isEmpty();
  }

  @Test
  void ofBlocksThatHoldAlikeTheOneStartingAtTheTopOrAfterATotalWins() {
    assertThat(relations("Item,2023/24,2024/25\nA,0,0\nB,100,200\nC,50,60\nSubtotal,150,260\n"))
        .containsExactly("Subtotal = A + B + C");
    assertThat(relations("Item,2023/24,2024/25\nX,10,20\nY,30,40\nTotal X,40,60\nA,0,0\nB,100,200\nC,50,60\n"
        + "Subtotal,150,260\n")).containsExactly("Total X = X + Y", "Subtotal = A + B + C");
  }

  @Test
  void aColumnOfPercentagesIsInNoTotalWhetherItsHeadingOrItsFiguresSaySo() {
    for (String text : List.of("Item,Budget,% of total\nA,100,25\nB,300,75\nTotal,400,90\n",
        "Item,Budget,Share\nA,100,25%\nB,300,75%\nTotal,400,90%\n")) {
      PublishedTable t = table(read(text));
      assertThat(t.relations()).singleElement().satisfies(r -> {
        assertThat(t.describe(r)).isEqualTo("Total = A + B");
        assertThat(r.across()).as("the columns it is checked in").containsExactly(0);
      });
      assertThat(errors(text)).isEmpty();
    }
  }

  @Test
  void aRowNoLabelNamesTotalsNoRowsAcrossARowOfHeadingsButANamedTotalDoes() {
    assertThat(relations("Item,2023/24,2024/25\nA,100,200\nB,300,400\nC,400,600\n")).containsExactly("C = A + B");
    assertThat(relations("Item,2023/24,2024/25\nA,100,200\nB,300,400\nItem,Budget,Actual\nC,400,600\n")).isEmpty();
    assertThat(relations("Item,2023/24,2024/25\nA,100,200\nB,300,400\nItem,Budget,Actual\nTotal,400,600\n"))
        .containsExactly("Total = A + B");
  }

  @Test
  void ofBlocksThatHoldAlikeUnderHeadingsTheOneUnderTheNearestWins() {
    assertThat(relations("Item,2023/24,2024/25\nStaffing,,\nA,0,0\nRunning costs,,\nB,100,200\nC,50,60\n"
        + "Total,150,260\n")).containsExactly("Total = B + C");
  }

  @Test
  void aStatementLineMayBeTheRowAboveItsBlockLessTheRowsUnderIt() {
    assertThat(relations("Item,2023/24,2024/25\nSpending plans,1000,2000\nGrants,300,400\nFees,100,200\n"
        + "Net spending,600,1400\n")).containsExactly("Net spending = Spending plans − Grants − Fees");
    assertThat(relations("Item,2023/24,2024/25\nProgramme,1000,2000\nGrants,0,0\nNet spending,1000,2000\n"))
        .as("taking off only figures of nil").isEmpty();
  }

  @Test
  void aTotalAfterATotalAddsItAsPrinted() {
    assertThat(relations("Item,2023/24,2024/25\nA,100,200\nB,300,400\nSubtotal,400,600\nC,50,60\nD,70,80\n"
        + "Subtotal,120,140\nTotal,520,740\nE,5,5\nGrand total,525,745\n"))
        .containsExactly("Subtotal = A + B", "Subtotal = C + D", "Total = A + B + C + D", "Grand total = Total + E");
  }

  @Test
  void aRowNamedATotalMayTotalASingleRow() {
    assertThat(relations("Item,2023/24,2024/25\nX,10,20\nY,30,40\nTotal X,40,60\nZ,75,85\nTotal Z,75,85\n"))
        .containsExactly("Total X = X + Y", "Total Z = Z");
  }

  // Funding

  @Test
  void aBudgetIsFundedByTheRowsBelowItThatAddUpInHalfItsColumns() {
    String text = "Item,2023/24,2024/25\nBudget,1000,1100\nGrant,600,650\nCouncil tax,400,460\nReserves,30,40\n";
    assertThat(relations(text)).containsExactly("Budget = Grant + Council tax");
    assertThat(errors(text)).containsExactly("C2");
  }

  @Test
  void theRowsFundingABudgetEndAtARowOfHeadingsUnlessItIsTheFirstUnderIt() {
    assertThat(relations("Item,2023/24,2024/25\nBudget,1000,1100\nGrant,600,650\nFunding,Year one,Year two\n"
        + "Council tax,400,450\n")).isEmpty();
    assertThat(relations("Item,2023/24,2024/25\nBudget,1000,1100\nFunding,Year one,Year two\nGrant,600,650\n"
        + "Council tax,400,450\n")).containsExactly("Budget = Grant + Council tax");
  }

  @Test
  void ofFundingBlocksThatHoldInAsManyColumnsTheNearerWins() {
    String text = "Item,2023/24,2024/25\nBudget,1000,1100\nGrant,600,650\nCouncil tax,400,460\nReserves,0,5\n";
    assertThat(relations(text)).containsExactly("Budget = Grant + Council tax");
    assertThat(relations("Item,2023/24\nBudget,1000\nGrant,600\nCouncil tax,400\n"))
        .as("in a single column").containsExactly("Budget = Grant + Council tax");
    assertThat(relations("Item,2023/24,2024/25\nNet budget,1000,1100\nGrant,600,650\nCouncil tax,400,450\n"
        + "Collection fund,0,0\n")).as("of blocks that hold alike, the one of fewest rows")
        .containsExactly("Net budget = Grant + Council tax");
  }

  @Test
  void aBudgetFundedByTheRowsThatATotalUnderThemAddsIsARelationOfItsOwn() {
    assertThat(relations("Item,2023/24,2024/25\nBudget,1000,1100\nGrant,600,650\nCouncil tax,400,450\n"
        + "Total funding,1000,1100\n"))
        .containsExactly("Total funding = Grant + Council tax", "Budget = Grant + Council tax");
  }

  // Long tables

  /**
   * Four groups of 45 lines, each with its subtotal, and a last row that totals the subtotals: 185
   * rows, more than every row is tried for. The third line of each group is the sum of the two above it.
   */
  private static String longTable(String last) {
    StringBuilder text = new StringBuilder("Item,2023/24,2024/25\n");
    long[] grand = new long[2];
    for (int g = 1; g <= 4; g++) {
      long[] sum = new long[2];
      for (int j = 1; j <= 45; j++) {
        long a = j == 3 ? 2000L * g + 30 : 1000L * g + 10 * j;
        long b = j == 3 ? 4000L * g + 21 : 2000L * g + 7 * j;
        sum[0] += a;
        sum[1] += b;
        text.append("Line ").append(g).append('.').append(j).append(',').append(a).append(',').append(b).append('\n');
      }
      text.append("Subtotal ").append(g).append(',').append(sum[0]).append(',').append(sum[1]).append('\n');
      grand[0] += sum[0];
      grand[1] += sum[1];
    }
    return text.append(last).append(',').append(grand[0]).append(',').append(grand[1]).append('\n').toString();
  }

  @Test
  void inALongTableOnlyNamedRowsAndTheLastAreTriedAsTotalsReachingBackToTheLastTotal() {
    List<String> subtotals = List.of("Subtotal 1 = the 45 rows from Line 1.1 to Line 1.45",
        "Subtotal 2 = the 45 rows from Line 2.1 to Line 2.45", "Subtotal 3 = the 45 rows from Line 3.1 to Line 3.45",
        "Subtotal 4 = the 45 rows from Line 4.1 to Line 4.45");
    String named = longTable("Total");
    assertThat(relations(named)).containsExactlyElementsOf(concat(subtotals,
        "Total = the 180 rows from Line 1.1 to Line 4.45"));
    assertThat(errors(named)).isEmpty();
    assertThat(relations(longTable("All services"))).containsExactlyElementsOf(concat(subtotals,
        "All services = the 180 rows from Line 1.1 to Line 4.45"));
  }

  private static List<String> concat(List<String> first, String last) {
    List<String> all = new java.util.ArrayList<>(first);
    all.add(last);
    return all;
  }
}
