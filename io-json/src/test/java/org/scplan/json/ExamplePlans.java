package org.scplan.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled example plans in {@code examples/plans}, reached from this module's directory
 * (surefire's working directory).
 */
final class ExamplePlans {
  /** The directory of example plans. */
  static final Path DIRECTORY = Path.of("..", "examples", "plans");

  /** Seed 002: the Learning Disability/Mental Health Divisional Business Plan 2013-14. */
  static final Path KENT_LDMH_2013_14 = DIRECTORY.resolve("kent-ldmh-2013-14.json");

  /** Seed 000: KASS Headquarters Annual Business Plan Summary 2010 – 2011. */
  static final Path KENT_KASS_HQ_2010_11 = DIRECTORY.resolve("kent-kass-hq-2010-11.json");

  /** Seed 001: the Adult Social Care and Health Directorate Business Plan 2018-19. */
  static final Path KENT_ASCH_2018_19 = DIRECTORY.resolve("kent-asch-2018-19.json");

  /** Seed 003: the FSC performance and mid-year business plan monitoring report, 5 December 2013. */
  static final Path KENT_FSC_MONITORING_2013_14 = DIRECTORY.resolve("kent-fsc-monitoring-2013-14.json");

  /** Seed 004: the Adult Social Care Transformation Programme Blueprint and Preparation Plan, v1.4. */
  static final Path KENT_ASC_TRANSFORMATION_2012 = DIRECTORY.resolve("kent-asc-transformation-2012.json");

  private ExamplePlans() {}

  /** Returns every {@code .json} file in the directory, by name. */
  static List<Path> all() {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a file's text. */
  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
