package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetMonitoring;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.LineKind;
import org.scplan.budget.SignConvention;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.ReadResult;

/**
 * Laws of the {@code "budget"} section kind and of budget schema files, for generated schemas
 * and profiles ({@link BudgetArbitraries}): writing then reading gives back an equal value, the
 * writer's output is its own canonical form and validates against the JSON Schema; the fast cell
 * reader agrees with {@link BigDecimal}; and a cell printed finer than its column is always a
 * problem, never a rounding.
 */
class BudgetRoundTripProperties {
  private final ScplanJson json = ScplanJson.standard();

  @Provide
  Arbitrary<BudgetProfile> profiles() {
    return BudgetArbitraries.profiles();
  }

  @Provide
  Arbitrary<BudgetMonitoring> monitoring() {
    return BudgetArbitraries.monitoring();
  }

  @Provide
  Arbitrary<BudgetSchema> schemas() {
    return BudgetArbitraries.generatedSchemas();
  }

  @Provide
  Arbitrary<BusinessPlan> plans() {
    return Combinators.combine(PlanArbitraries.plans(), BudgetArbitraries.profiles().list().ofMinSize(1).ofMaxSize(3),
            BudgetArbitraries.monitoring().optional(0.5))
        .as((plan, profiles, monitoring) -> {
          BusinessPlan.Builder b = BusinessPlan.builder().from(plan).addAllSections(profiles);
          monitoring.filter(m -> profiles.stream().noneMatch(p -> p.id().equals(m.id()))).ifPresent(b::addSection);
          return b.build();
        });
  }

  @Property(tries = 250)
  void writeThenReadGivesAnEqualProfile(@ForAll("profiles") BudgetProfile profile) {
    String text = json.write(profile);

    ReadResult<Document> read = json.read("generated.json", text);

    assertThat(read.problems().findings()).as("problems reading\n%s", text).isEmpty();
    assertThat(read.orElseThrow().section()).contains(profile);
  }

  @Property(tries = 100)
  void writingIsCanonical(@ForAll("profiles") BudgetProfile profile) {
    String text = json.write(profile);

    assertThat(json.write(json.read("generated.json", text).orElseThrow())).isEqualTo(text);
  }

  @Property(tries = 60)
  void writtenProfilesValidateAgainstTheSchema(@ForAll("profiles") BudgetProfile profile) {
    String text = json.write(profile);

    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }

  @Property(tries = 200)
  void monitoringRoundTripsCanonicallyAndValidatesAgainstTheSchema(@ForAll("monitoring") BudgetMonitoring monitoring) {
    String text = json.write(monitoring);

    ReadResult<Document> read = json.read("generated.json", text);

    assertThat(read.problems().findings()).as("problems reading\n%s", text).isEmpty();
    assertThat(read.orElseThrow().section()).contains(monitoring);
    assertThat(json.write(read.orElseThrow())).isEqualTo(text);
    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }

  @Property(tries = 40)
  void plansWithBudgetSectionsRoundTripAndValidate(@ForAll("plans") BusinessPlan plan) {
    String text = json.write(plan);

    assertThat(json.read("generated.json", text).orElseThrow().plan()).contains(plan);
    assertThat(SchemaCheck.errors(text)).as("schema errors in\n%s", text).isEmpty();
  }

  @Property(tries = 150)
  void schemasRoundTripInAFileOfTheirOwn(@ForAll("schemas") BudgetSchema schema) {
    String text = BudgetSchemaJson.write(schema);

    ReadResult<BudgetSchema> read = BudgetSchemaJson.read("generated.json", text);

    assertThat(read.problems().findings()).as("problems reading\n%s", text).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(schema);
    assertThat(BudgetSchemaJson.write(read.orElseThrow())).isEqualTo(text);
    assertThat(BudgetSchemaJsonTest.schemaErrors(text)).as("schema errors in\n%s", text).isEmpty();
  }

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(21).negate(), BigInteger.TEN.pow(21)),
        Arbitraries.bigIntegers().between(BigInteger.valueOf(-100_000), BigInteger.valueOf(100_000)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-3, 7))
        .as((u, scale) -> new BigDecimal(u, scale).toPlainString());
  }

  /**
   * The fast path scales a number exactly as {@link BigDecimal} does whenever it answers, and
   * answers for every number of at most 18 digits that fits its column.
   */
  @Property(tries = 2000)
  void theFastCellReaderAgreesWithBigDecimal(@ForAll("numbers") String text,
      @ForAll @IntRange(min = -4, max = 6) int decimals) {
    BigDecimal x = new BigDecimal(text);
    Long expected = null;
    if (x.scale() <= Math.max(decimals, 0)) {
      try {
        BigInteger scaled = x.movePointRight(decimals).toBigIntegerExact();
        if (scaled.abs().compareTo(BigInteger.valueOf(BudgetProfile.MAX_SCALED)) <= 0) {
          expected = scaled.longValue();
        }
      } catch (ArithmeticException e) {
        expected = null;
      }
    }
    long digits = text.chars().filter(Character::isDigit).count();

    long fast = BudgetCodec.scaled(text.toCharArray(), 0, text.length(), decimals);

    if (fast != BudgetCodec.SLOW) {
      assertThat(fast).as("%s at %s decimals", text, decimals).isEqualTo(expected);
    } else {
      assertThat(expected != null && digits <= 18).as("%s at %s decimals left to BigDecimal", text, decimals).isFalse();
    }
  }

  private static final BudgetSchema ONE_COLUMN = BudgetSchema.of("one-column", "One column",
      SignConvention.INCOME_NEGATIVE, BudgetColumn.spend("spend", "Spend"));

  @Property(tries = 300)
  void aCellPrintedFinerThanItsColumnIsAProblemNotARounding(@ForAll @IntRange(min = -3, max = 4) int decimals,
      @ForAll @LongRange(min = -99_999_999, max = 99_999_999) long figure, @ForAll @IntRange(min = 1, max = 9) int digit) {
    BudgetProfile profile = BudgetProfile.builder("b", "B", ONE_COLUMN).year(FinancialYear.of(2018)).decimals(decimals)
        .addScaled(LineKind.ITEM, "Line", new long[] {0}).build();
    String finer = BigDecimal.valueOf(figure * 10 + (figure < 0 ? -digit : digit), decimals + 1).toPlainString();
    String zero = BigDecimal.valueOf(0, decimals).toPlainString();
    String text = json.write(profile);
    String doc = text.replace("\"cells\": [ " + zero + " ]", "\"cells\": [ " + finer + " ]");
    assertThat(doc).isNotEqualTo(text);

    List<Finding> problems = new ArrayList<>(json.read("finer.json", doc).problems().findings());

    assertThat(problems).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(JsonRules.INVALID_VALUE);
      assertThat(f.location().pointer()).contains("/section/lines/0/cells/0");
      assertThat(f.message()).endsWith("found the number " + finer);
    });
  }
}
