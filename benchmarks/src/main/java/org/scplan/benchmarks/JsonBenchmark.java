package org.scplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.json.ScplanJson;

/**
 * Reading and writing a large generated plan (budget lines and indicator series, see
 * {@link LargePlan}) with scplan's reader and writer, against Jackson's own {@code readTree} of
 * the same bytes and the tree's write, in the same run. The file is held in memory so the disk
 * does not count. Scores are seconds per document; MB/s is the file size over the score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class JsonBenchmark {
  /** How large the generated plan is, in megabytes. */
  @Param({"100"})
  public int megabytes;

  byte[] bytes;
  Document document;
  JsonNode tree;
  final ObjectMapper mapper = new ObjectMapper();

  /**
   * Generates (or reuses) the plan file, reads it once with each reader.
   *
   * @throws IOException if the file cannot be written or read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path file = LargePlan.write(Path.of(System.getProperty("java.io.tmpdir"), "scplan-bench-" + megabytes + "mb.json"),
        megabytes);
    bytes = Files.readAllBytes(file);
    System.out.printf("%nplan file: %s, %,d bytes%n", file, bytes.length);
    document = ScplanJson.standard().read("bench", new ByteArrayInputStream(bytes)).orElseThrow();
    tree = mapper.readTree(bytes);
  }

  /**
   * scplan: read and map the whole document into the domain (strict, with problems collected).
   *
   * @return the document
   */
  @Benchmark
  public ReadResult<Document> readScplan() {
    return ScplanJson.standard().read("bench", new ByteArrayInputStream(bytes));
  }

  /**
   * Baseline: Jackson's {@code ObjectMapper.readTree} of the same bytes.
   *
   * @return the tree
   * @throws IOException never for this input
   */
  @Benchmark
  public JsonNode readJacksonTree() throws IOException {
    return mapper.readTree(bytes);
  }

  /**
   * scplan: write the document (pretty-printed, canonical) to a stream that discards it.
   */
  @Benchmark
  public void writeScplan() {
    ScplanJson.standard().write(document, OutputStream.nullOutputStream());
  }

  /**
   * Baseline: Jackson writing the tree (pretty-printed) to a stream that discards it.
   *
   * @throws IOException never
   */
  @Benchmark
  public void writeJacksonTree() throws IOException {
    mapper.writerWithDefaultPrettyPrinter().writeValue(OutputStream.nullOutputStream(), tree);
  }
}
