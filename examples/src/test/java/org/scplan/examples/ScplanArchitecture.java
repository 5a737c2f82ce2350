package org.scplan.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.modules.syntax.ModuleRuleDefinition.modules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.modules.syntax.AllowedModuleDependencies;
import com.tngtech.archunit.library.modules.syntax.ModuleDependencyScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the repository's ARCHITECTURE.md as ArchUnit rules, for the classes under a root package. The real
 * code is checked with root {@code org.scplan}; a deliberately broken fixture under
 * {@code fixture.arch} proves that each rule fails when broken.
 */
final class ScplanArchitecture {
  private ScplanArchitecture() {}

  /** Module name (first package segment under the root) to the modules it may depend on. */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("core", Set.of()),
      Map.entry("budget", Set.of("core")),
      Map.entry("performance", Set.of("core")),
      Map.entry("risk", Set.of("core")),
      // Equality impact and business continuity: packages of the risk module, beside the register.
      Map.entry("equality", Set.of("core", "risk")),
      Map.entry("continuity", Set.of("core", "risk")),
      Map.entry("json", Set.of("core", "budget", "performance", "risk", "equality", "continuity")),
      Map.entry("csv", Set.of("core", "budget", "performance", "risk")),
      // Workbooks: one more source for io-csv's table pipeline, with their own readers' dependencies.
      Map.entry("sheets", Set.of("core", "csv")),
      Map.entry("examples", Set.of("core", "budget", "performance", "risk", "equality", "continuity", "json", "csv",
          "sheets")),
      Map.entry("benchmarks", Set.of("core", "budget", "performance", "risk", "equality", "continuity", "json", "csv",
          "sheets", "examples")));

  /**
   * The modules that may use core's internals (text, months, the Immutables style): the domain and
   * the file formats, never the command or the benchmarks, which use the API.
   */
  static final Set<String> CORE_INTERNAL_USERS = Set.of("budget", "performance", "risk", "equality", "continuity",
      "json", "csv");

  static final String[] DOMAIN = {"core", "budget", "performance", "risk", "equality", "continuity"};

  /**
   * Returns every rule, named, for the classes under {@code root}.
   *
   * @param root the root package: {@code org.scplan}
   * @return the rules by name
   */
  static Map<String, ArchRule> rules(String root) {
    return Map.of(
        "module dependencies", moduleDependencies(root),
        "jackson only in file formats", noJacksonInDomain(root),
        "no package cycles", noPackageCycles(root),
        "no floating point in money", noFloatingPointInMoney(root),
        "generated Immutables types stay hidden", immutablesStayHidden(root),
        "no generated type in a public signature", noGeneratedTypeInPublicSignature(root),
        "internals stay in their module", internalsStayInTheirModule(root),
        "every section shows itself", everySectionShowsItself(root),
        "the command writes reports only through the pipeline", commandWritesNoJsonOfItsOwn(root));
  }

  static ArchRule moduleDependencies(String root) {
    AllowedModuleDependencies.Creator allow = AllowedModuleDependencies.allow();
    AllowedModuleDependencies allowed = null;
    for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
      String[] targets = e.getValue().toArray(String[]::new);
      allowed = (allowed == null ? allow.fromModule(e.getKey()) : allowed.fromModule(e.getKey()))
          .toModules(targets);
    }
    return modules().definedByPackages(root + ".(*)..")
        .should().respectTheirAllowedDependencies(allowed,
            ModuleDependencyScope.consideringOnlyDependenciesInAnyPackage(root + ".."))
        .because("core is the kernel, budget, performance and risk see only core and never each other,"
            + " and only the file formats, examples and benchmarks see the domain modules (ARCHITECTURE.md, at the"
            + " repository's root)");
  }

  static ArchRule noJacksonInDomain(String root) {
    String[] packages = new String[DOMAIN.length];
    for (int i = 0; i < DOMAIN.length; i++) {
      packages[i] = root + "." + DOMAIN[i] + "..";
    }
    return noClasses().that().resideInAnyPackage(packages)
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.dhatim..",
            "com.fasterxml.aalto..", "org.apache.commons.compress..")
        .because("the domain carries no serialisation and reads no file format; io-json, io-csv and io-sheets map it"
            + " from outside");
  }

  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles()
        .because("packages depend one way: a module's API on its helpers, never back");
  }

  static ArchRule noFloatingPointInMoney(String root) {
    ArchCondition<JavaCodeUnit> noFloatingPoint = new ArchCondition<>("take or return no double or float") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
        if (unit.getRawReturnType() != null) {
          types.add(unit.getRawReturnType());
        }
        for (JavaClass t : types) {
          if (isFloatingPoint(t)) {
            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " uses " + t.getName()));
          }
        }
      }
    };
    ArchRule fieldsRule = fields().that().areDeclaredInClassesThat()
        .resideInAnyPackage(root + ".core..", root + ".budget..")
        .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
        .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class);
    ArchRule codeRule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits().that()
        .areDeclaredInClassesThat().resideInAnyPackage(root + ".core..", root + ".budget..")
        .should(noFloatingPoint);
    return CompositeArchRule.of(fieldsRule).and(codeRule)
        .because("core and budget (every money path) use no double or float: money is exact");
  }

  private static boolean isFloatingPoint(JavaClass t) {
    String n = t.getName();
    return n.equals("double") || n.equals("float") || n.equals("java.lang.Double") || n.equals("java.lang.Float");
  }

  static ArchRule immutablesStayHidden(String root) {
    return classes().that().resideInAPackage(root + "..").and().haveSimpleNameStartingWith("Immutable")
        .should().notBePublic()
        .because("users see the abstract value type and its builder, never the generated class")
        .allowEmptyShould(true);
  }

  static ArchRule noGeneratedTypeInPublicSignature(String root) {
    ArchCondition<JavaCodeUnit> noGenerated = new ArchCondition<>("not mention a generated Immutable* type") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
        if (unit.getRawReturnType() != null) {
          types.add(unit.getRawReturnType());
        }
        for (JavaClass t : types) {
          JavaClass outer = t;
          while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
          }
          if (outer.getPackageName().startsWith(root) && outer.getSimpleName().startsWith("Immutable")) {
            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + t.getName()));
          }
        }
      }
    };
    return methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideInAPackage(root + "..")
        .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
        .should(noGenerated)
        .because("a generated Immutable* class is an implementation detail of its value type");
  }

  /** The module of a class: the first package segment under the root, or null outside it. */
  private static String moduleOf(JavaClass c, String root) {
    String p = c.getPackageName();
    if (!p.startsWith(root + ".")) {
      return null;
    }
    String rest = p.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  /** The jar (Maven module) a package segment is built in: continuity and equality are the risk module's. */
  private static String jar(String segment) {
    return segment == null ? null : JARS.getOrDefault(segment, segment);
  }

  private static final Map<String, String> JARS = Map.of("equality", "risk", "continuity", "risk");

  static ArchRule internalsStayInTheirModule(String root) {
    ArchCondition<JavaClass> condition = new ArchCondition<>("use no other module's internal package") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        String from = jar(moduleOf(c, root));
        c.getDirectDependenciesFromSelf().forEach(d -> {
          JavaClass target = d.getTargetClass();
          String to = jar(moduleOf(target, root));
          if (to == null || to.equals(from) || !target.getPackageName().contains(".internal")) {
            return;
          }
          if (to.equals("core") && CORE_INTERNAL_USERS.contains(from)) {
            return;
          }
          events.add(SimpleConditionEvent.violated(c, c.getName() + " (module " + from + ") uses "
              + target.getName() + ", an internal class of module " + to));
        });
      }
    };
    return classes().that().resideInAPackage(root + "..").should(condition)
        .because("an internal package is its module's own; core's is shared only with the domain and the file"
            + " formats, as its module-info exports it (ARCHITECTURE.md)");
  }

  static ArchRule everySectionShowsItself(String root) {
    return classes().that().resideInAPackage(root + "..").and().implement(root + ".core.PlanSection")
        .and().areNotInterfaces()
        .should().implement(root + ".core.Viewable")
        .because("a section kind renders in scplan check, scplan table and the JSON report through Viewable,"
            + " so the command never needs to know it")
        .allowEmptyShould(true);
  }

  static ArchRule commandWritesNoJsonOfItsOwn(String root) {
    return noClasses().that().resideInAPackage(root + ".examples..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .because("the command reads through the readers and prints a Report as text or through ReportJson, so"
            + " check, table and the API write one report format")
        .allowEmptyShould(true);
  }
}
