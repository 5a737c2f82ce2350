package org.scplan.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.scplan.budget.BudgetSchema;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.PlanSection;
import org.scplan.core.ValidationReport;
import org.scplan.core.internal.Text;

/**
 * Reads and writes scplan JSON documents: a whole {@link BusinessPlan} or a single
 * {@link PlanSection}, in format version 1.
 *
 * <pre>{@code
 * ScplanJson json = ScplanJson.standard();
 * BusinessPlan plan = json.readPlan(Path.of("examples/plans/kent-ldmh-2013-14.json"));
 * ReadResult<JsonDocument> result = json.read(Path.of("suspect.json"));   // never throws
 * String text = json.write(plan);
 * }</pre>
 *
 * <p>Reading is strict and never guesses: duplicate members, unknown members, wrong types,
 * {@code null}, {@code NaN} and {@code Infinity}, numbers in exponent form, and input beyond the
 * {@link ReadLimits} are all problems; each names the file, the JSON pointer, the line and column,
 * the offending value and what was expected, and reading continues past it so that one pass
 * reports every problem. Numbers are read as exact decimals.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScplanJson {
  /** The format marker every document carries: {@code "format": "scplan"}. */
  public static final String FORMAT = "scplan";

  /** The format version this library reads and writes. */
  public static final int VERSION = 1;

  private static final ScplanJson STANDARD = new ScplanJson(ReadLimits.standard(), BuiltInCodecs.all());

  private final ReadLimits limits;
  private final Map<String, SectionCodec<?>> codecs;
  private final JsonFactory factory;

  private ScplanJson(ReadLimits limits, Collection<SectionCodec<?>> codecs) {
    this.limits = limits;
    Map<String, SectionCodec<?>> byKind = new LinkedHashMap<>();
    for (SectionCodec<?> c : codecs) {
      byKind.put(c.kind(), c);
    }
    this.codecs = byKind;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /**
   * Obtains the reader and writer with the standard limits and every built-in section kind.
   *
   * @return the standard instance
   */
  public static ScplanJson standard() {
    return STANDARD;
  }

  /**
   * Returns a copy of this instance with other limits.
   *
   * @param limits the limits
   * @return the changed instance
   */
  public ScplanJson withLimits(ReadLimits limits) {
    return new ScplanJson(requireNonNull(limits, "limits"), codecs.values());
  }

  /**
   * Returns a copy of this instance that also reads and writes a section kind of your own, or
   * replaces the codec of a built-in kind.
   *
   * @param codec the codec
   * @return the changed instance
   */
  public ScplanJson withCodec(SectionCodec<?> codec) {
    requireNonNull(codec, "codec");
    List<SectionCodec<?>> all = new ArrayList<>(codecs.values());
    all.removeIf(c -> c.kind().equals(codec.kind()));
    all.add(codec);
    return new ScplanJson(limits, all);
  }

  /**
   * Returns the section kinds this instance reads and writes.
   *
   * @return the kinds, such as {@code budget}
   */
  public List<String> sectionKinds() {
    return List.copyOf(codecs.keySet());
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Reads a file. Never throws for bad input: a file that cannot be opened, is not JSON, or is
   * not a valid scplan document gives a result holding the problems.
   *
   * @param file the file
   * @return the document, or the problems
   */
  public ReadResult<JsonDocument> read(Path file) {
    return read(file, ScplanJson::document);
  }

  /** Reads a file holding one kind of document; never throws for bad input. */
  private <T> ReadResult<T> read(Path file, Body<T> body) {
    requireNonNull(file, "file");
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(source, in, body);
    } catch (IOException e) {
      return ReadResult.of(source, null, ValidationReport.of(Finding.error(JsonRules.IO,
          Location.document().inFile(source), "could not open the file: " + describe(e))));
    }
  }

  /**
   * Reads a document from a stream of UTF-8 JSON.
   *
   * @param source the name to give in problems, such as the file's path
   * @param in the stream; not closed
   * @return the document, or the problems
   */
  public ReadResult<JsonDocument> read(String source, InputStream in) {
    return read(source, in, ScplanJson::document);
  }

  /** Reads a stream holding one kind of document; never throws for bad input. */
  private <T> ReadResult<T> read(String source, InputStream in, Body<T> body) {
    requireNonNull(source, "source");
    requireNonNull(in, "in");
    try (JsonParser parser = factory.createParser(in)) {
      return read(source, parser, body);
    } catch (IOException e) {
      return ReadResult.of(source, null, ValidationReport.of(Finding.error(JsonRules.IO,
          Location.document().inFile(source), "could not read: " + describe(e))));
    }
  }

  /**
   * Reads a document from JSON text.
   *
   * @param source the name to give in problems
   * @param json the JSON text
   * @return the document, or the problems
   */
  public ReadResult<JsonDocument> read(String source, String json) {
    requireNonNull(json, "json");
    return read(source, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads a file holding a budget schema document; see {@link BudgetSchemaJson}.
   *
   * @param file the file
   * @return the schema, or the problems
   */
  ReadResult<BudgetSchema> readBudgetSchema(Path file) {
    return read(file, ScplanJson::budgetSchema);
  }

  /**
   * Reads a budget schema document from a stream of UTF-8 JSON; see {@link BudgetSchemaJson}.
   *
   * @param source the name to give in problems
   * @param in the stream; not closed
   * @return the schema, or the problems
   */
  ReadResult<BudgetSchema> readBudgetSchema(String source, InputStream in) {
    return read(source, in, ScplanJson::budgetSchema);
  }

  /**
   * Reads a file that must hold a whole plan.
   *
   * @param file the file
   * @return the plan
   * @throws JsonReadException if the file cannot be read as a plan; the message lists every
   *     problem with its JSON pointer, line and column
   */
  public BusinessPlan readPlan(Path file) {
    ReadResult<JsonDocument> result = read(file);
    JsonDocument document = result.orElseThrow();
    return document.plan().orElseThrow(() -> new JsonReadException(file.toString(), ValidationReport.of(
        Finding.error(JsonRules.INVALID_VALUE, Location.document().inFile(file.toString()),
            "the file holds a single section, not a whole plan"))));
  }

  /**
   * Reads a file that must hold a single section.
   *
   * @param file the file
   * @return the section
   * @throws JsonReadException if the file cannot be read as a section
   */
  public PlanSection readSection(Path file) {
    ReadResult<JsonDocument> result = read(file);
    JsonDocument document = result.orElseThrow();
    return document.section().orElseThrow(() -> new JsonReadException(file.toString(), ValidationReport.of(
        Finding.error(JsonRules.INVALID_VALUE, Location.document().inFile(file.toString()),
            "the file holds a whole plan, not a single section"))));
  }

  /** Collects a document's top-level members. */
  private static final class Top {
    String format;
    Integer version;
    BusinessPlan plan;
    PlanSection section;
    BudgetSchema budgetSchema;
    /** The body members present: plan, section or budgetSchema. */
    final List<String> bodies = new ArrayList<>();
  }

  /** Makes what one kind of document holds from its top level, or records why it cannot. */
  @FunctionalInterface
  private interface Body<T> {
    T of(JsonIn in, Top top, Location root);
  }

  private static final JsonFields<Top> TOP = JsonFields.<Top>of("a scplan document")
      .required("format", (in, t) -> {
        t.format = in.string();
        if (!FORMAT.equals(t.format)) {
          throw in.problem(JsonRules.NOT_SCPLAN, "expected \"format\": \"scplan\", found " + in.found());
        }
      })
      .required("version", (in, t) -> {
        int v = in.integer();
        if (v != VERSION) {
          throw in.problem(JsonRules.UNSUPPORTED_VERSION, "this reader reads format version " + VERSION
              + ", found version " + v);
        }
        t.version = v;
      })
      .optional("plan", (in, t) -> {
        t.bodies.add("plan");
        t.plan = PlanCodec.read(in);
      })
      .optional("section", (in, t) -> {
        t.bodies.add("section");
        t.section = in.section();
      })
      .optional("budgetSchema", (in, t) -> {
        t.bodies.add("budgetSchema");
        t.budgetSchema = BudgetSchemaCodec.read(in);
      })
      .build();

  private <T> ReadResult<T> read(String source, JsonParser parser, Body<T> body) {
    JsonIn in = new JsonIn(parser, source, limits, codecs);
    Top top = new Top();
    Location root = Location.document().inFile(source).at("", 1, 1);
    T document = null;
    try {
      JsonToken first = in.next();
      if (first == null) {
        in.problemAt(Location.document().inFile(source).at("", 1, 1), JsonRules.SYNTAX,
            "the file is empty; expected a scplan document, an object starting {\"format\": \"scplan\"");
      } else if (first != JsonToken.START_OBJECT) {
        in.problemAt(in.here(), JsonRules.NOT_SCPLAN, "expected a scplan document (an object starting"
            + " {\"format\": \"scplan\", \"version\": 1), found " + in.found());
      } else {
        in.object(TOP, top);
        if (in.next() != null) {
          in.problemAt(in.here(), JsonRules.SYNTAX, "expected the end of the file after the document, found "
              + in.found());
        } else if (top.bodies.size() > 1) {
          in.problemAt(root, JsonRules.INVALID_VALUE, top.bodies.contains("budgetSchema")
              ? "a document holds one of \"plan\", \"section\" and \"budgetSchema\", not several"
              : "a document holds either \"plan\" or \"section\", not both");
        } else {
          document = body.of(in, top, root);
        }
      }
    } catch (JsonIn.Stop | JsonIn.Abandon stopped) {
      document = null;
    }
    List<Finding> problems = in.problems();
    // A document of another format or version is reported as that, not as a list of its members.
    List<Finding> decisive = problems.stream()
        .filter(f -> f.code().equals(JsonRules.NOT_SCPLAN) || f.code().equals(JsonRules.UNSUPPORTED_VERSION))
        .toList();
    return ReadResult.of(source, document, ValidationReport.of(decisive.isEmpty() ? problems : decisive));
  }

  private static JsonDocument document(JsonIn in, Top top, Location root) {
    if (top.bodies.isEmpty()) {
      in.problemAt(root, JsonRules.MISSING_MEMBER,
          "a scplan document needs the member \"plan\" (a whole plan) or \"section\" (a single section)");
    } else if (top.bodies.contains("budgetSchema")) {
      in.problemAt(root, JsonRules.INVALID_VALUE, "the document holds a budget schema, not a plan or a section;"
          + " read it with BudgetSchemaJson.read");
    } else if (in.problems().isEmpty()) {
      return top.plan != null ? JsonDocument.of(top.plan) : JsonDocument.of(top.section);
    }
    return null;
  }

  private static BudgetSchema budgetSchema(JsonIn in, Top top, Location root) {
    if (top.bodies.isEmpty()) {
      in.problemAt(root, JsonRules.MISSING_MEMBER, "a budget schema document needs the member \"budgetSchema\"");
    } else if (!top.bodies.contains("budgetSchema")) {
      in.problemAt(root, JsonRules.INVALID_VALUE, "the document holds " + (top.bodies.contains("plan")
          ? "a whole plan" : "a single section") + ", not a budget schema; read it with ScplanJson.read");
    } else if (in.problems().isEmpty()) {
      return top.budgetSchema;
    }
    return null;
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getClass().getSimpleName().replace("Exception", "") + " " + Text.quote(String.valueOf(e.getMessage()));
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes a plan as a scplan document.
   *
   * @param plan the plan
   * @return the JSON text, pretty-printed, ending with a newline
   * @throws IllegalArgumentException if the plan holds a section of a kind with no codec
   */
  public String write(BusinessPlan plan) {
    return write(JsonDocument.of(plan));
  }

  /**
   * Writes a single section as a scplan document.
   *
   * @param section the section
   * @return the JSON text, pretty-printed, ending with a newline
   * @throws IllegalArgumentException if no codec writes the section's type
   */
  public String write(PlanSection section) {
    return write(JsonDocument.of(section));
  }

  /**
   * Writes a document.
   *
   * @param document the document
   * @return the JSON text, pretty-printed, ending with a newline
   */
  public String write(JsonDocument document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(document, bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a document to a file, replacing it.
   *
   * @param document the document
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(JsonDocument document, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document as UTF-8 JSON to a stream.
   *
   * @param document the document
   * @param out the stream; not closed
   */
  public void write(JsonDocument document, OutputStream out) {
    requireNonNull(document, "document");
    writeDocument(out, top -> {
      if (document.plan().isPresent()) {
        top.name("plan");
        PlanCodec.write(document.plan().get(), top, this::writeSection);
      } else {
        top.name("section");
        writeSection(document.section().get(), top);
      }
    });
  }

  /**
   * Writes a budget schema document; see {@link BudgetSchemaJson}.
   *
   * @param schema the schema
   * @param out the stream; not closed
   */
  void writeBudgetSchema(BudgetSchema schema, OutputStream out) {
    requireNonNull(schema, "schema");
    writeDocument(out, top -> top.object("budgetSchema", o -> BudgetSchemaCodec.write(schema, o)));
  }

  /** Writes a document: the format marker and version, then the body's members. */
  private void writeDocument(OutputStream out, Consumer<JsonOut> body) {
    requireNonNull(out, "out");
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      g.setPrettyPrinter(new JsonOut.ScplanPrettyPrinter());
      JsonOut o = new JsonOut(g);
      o.object(top -> {
        top.field("format", FORMAT);
        top.field("version", VERSION);
        body.accept(top);
      });
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeSection(PlanSection section, JsonOut out) {
    for (SectionCodec<?> codec : codecs.values()) {
      if (codec.type().isInstance(section)) {
        PlanCodec.writeSection(codec, section, out);
        return;
      }
    }
    throw new IllegalArgumentException("No codec writes sections of type " + section.getClass().getName()
        + " (kind \"" + section.kind() + "\"); register one with ScplanJson.withCodec");
  }

  /**
   * Returns a description of this instance: its limits and section kinds.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ScplanJson{version " + VERSION + ", kinds " + codecs.keySet() + ", " + limits + "}";
  }
}
