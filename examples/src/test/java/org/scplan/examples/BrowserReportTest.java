package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scplan.core.BusinessPlan;
import org.scplan.json.ScplanJson;
import org.scplan.performance.IndicatorSet;
import org.scplan.risk.RiskRegister;

/**
 * Every bundled plan's report, loaded in a real browser: headless Chromium (Debian's
 * {@code chromium}; {@code .ci/run} installs it, and {@code SCPLAN_CHROMIUM} names another) renders
 * the page with no console message, the rendered DOM holds as many RAG cells, charts and failing
 * budget cells as the model, and a screenshot of it is not blank.
 */
class BrowserReportTest {
  @TempDir
  Path dir;

  static List<Path> plans() throws IOException {
    try (var files = Files.list(ReportCommandTest.PLANS)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** The browser: {@code SCPLAN_CHROMIUM}, or chromium (or chromium-browser) on the path. */
  static Path chromium() {
    String named = System.getenv("SCPLAN_CHROMIUM");
    if (named != null && !named.isBlank()) {
      return Path.of(named);
    }
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dirName, name);
        if (Files.isExecutable(p)) {
          return p;
        }
      }
    }
    throw new AssertionError("The browser test needs Chromium: install Debian's chromium package (.ci/run does),"
        + " or set SCPLAN_CHROMIUM to a Chromium or Chrome executable");
  }

  /** What the browser printed: the page's DOM or nothing, and its log. */
  record Browser(String stdout, String log) {}

  static Browser browse(Path page, String... options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--hide-scrollbars", "--disable-dev-shm-usage", "--enable-logging=stderr", "--v=0", "--no-first-run",
        "--disable-extensions"));
    command.addAll(List.of(options));
    command.add(page.toUri().toString());
    Path log = Files.createTempFile("scplan-chromium", ".log");
    Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 2 minutes");
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Browser(new String(out, StandardCharsets.UTF_8), text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void theReportRendersInABrowserAsTheModelSays(Path plan) throws Exception {
    Path page = dir.resolve(plan.getFileName().toString().replace(".json", ".html"));
    ScplanCommandTest.Run r = ScplanCommandTest.run("report", "-o", page.toString(), plan.toString());
    assertThat(r.status()).as(r.err()).isIn(ScplanCommand.OK, ScplanCommand.ERRORS);

    Browser dom = browse(page, "--dump-dom");

    assertThat(dom.log()).as("console messages").doesNotContain("CONSOLE").doesNotContain("Uncaught");
    String html = dom.stdout();
    assertThat(html).contains("<h1>scplan report</h1>");
    BusinessPlan model = ScplanJson.standard().readPlan(plan);
    int rag = IndicatorSet.allIn(model).stream().filter(s -> s.latestPeriod().isPresent())
        .mapToInt(s -> s.evaluate(s.latestPeriod().get()).assessments().size()).sum();
    long charts = RiskRegister.allIn(model).size() + IndicatorSet.allIn(model).stream()
        .flatMap(s -> s.indicators().stream()).filter(i -> i.xmrSeries().observations().stream()
            .filter(o -> o.value().isPresent()).count() >= HtmlReport.CHART_POINTS).count();
    long failing = model.sections(org.scplan.budget.BudgetProfile.class).stream()
        .mapToLong(b -> b.validate().errors().stream().filter(f -> f.location().field().isPresent())
            .map(f -> f.location().path() + "|" + f.location().field().get()).distinct().count()).sum();
    assertThat(ReportCommandTest.count(html, "<td class=\"rag rag-")).as("RAG cells").isEqualTo(rag);
    assertThat(ReportCommandTest.count(html, "<svg ")).as("charts").isEqualTo((int) charts);
    assertThat(ReportCommandTest.count(html, "<td class=\"num fail\"")).as("failing cells").isEqualTo((int) failing);

    Path shot = dir.resolve("shot.png");
    browse(page, "--screenshot=" + shot, "--window-size=1200,1600");
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).as("distinct colours in the screenshot").hasSizeGreaterThan(20);
  }
}
