package org.scplan.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
import java.util.function.Function;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadException;
import org.scplan.core.ReadResult;
import org.scplan.core.ValidationReport;
import org.scplan.core.internal.Text;

/**
 * Reads and writes scplan JSON documents: a whole {@link BusinessPlan} or a single
 * {@link PlanSection}, in format version 1.
 *
 * <pre>{@code
 * ScplanJson json = ScplanJson.standard();
 * BusinessPlan plan = json.readPlan(Path.of("examples/plans/kent-ldmh-2013-14.json"));
 * ReadResult<Document> result = json.read(Path.of("suspect.json"));   // never throws
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

  /** The longest member name read, in characters, whatever the longest string: names are short. */
  static final int MAX_NAME_LENGTH = 50_000;

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
            .maxNameLength(Math.min(limits.maxStringLength(), MAX_NAME_LENGTH))
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
  public ReadResult<Document> read(Path file) {
    return read(file, DOCUMENT, this::document);
  }

  /**
   * Reads a file whose JSON value {@code root} reads: a scplan document, or a risk matrix on its
   * own ({@link RiskMatrixJson}).
   *
   * @param file the file
   * @param what what the file should hold, for the message about an empty file
   * @param root reads the value, given the reader on its first token; not called for an empty file
   */
  <T> ReadResult<T> read(Path file, String what, Function<JsonIn, T> root) {
    requireNonNull(file, "file");
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(source, in, what, root);
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
  public ReadResult<Document> read(String source, InputStream in) {
    return read(source, in, DOCUMENT, this::document);
  }

  /** Reads a stream whose JSON value {@code root} reads; see {@link #read(Path, String, Function)}. */
  <T> ReadResult<T> read(String source, InputStream in, String what, Function<JsonIn, T> root) {
    requireNonNull(source, "source");
    requireNonNull(in, "in");
    InputStream buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in);
    try {
      String package_ = packageKind(buffered);
      if (package_ != null) {
        return ReadResult.of(source, null, ValidationReport.of(Finding.error(JsonRules.SYNTAX,
            Location.document().inFile(source), "The file is " + package_ + ", not JSON: scplan JSON is"
                + " text starting with {; read a workbook's tables with scplan table (WorkbookReader in io-sheets)")));
      }
    } catch (IOException e) {
      return ReadResult.of(source, null, ValidationReport.of(Finding.error(JsonRules.IO,
          Location.document().inFile(source), "could not read: " + describe(e))));
    }
    in = buffered;
    try (JsonParser parser = factory.createParser(in)) {
      return read(source, parser, what, root);
    } catch (IOException e) {
      return ReadResult.of(source, null, ValidationReport.of(Finding.error(JsonRules.IO,
          Location.document().inFile(source), "could not read: " + describe(e))));
    } catch (OutOfMemoryError e) {
      // What was read so far is garbage once this frame is left: say so plainly, never fail.
      long mib = 1024 * 1024;
      long max = Runtime.getRuntime().maxMemory();
      return ReadResult.of(source, null, ValidationReport.of(Finding.error(JsonRules.TOO_LARGE,
          Location.document().inFile(source), "the document is too large for the memory this program may use ("
              + max / mib + " MiB); give Java more (for scplan, JDK_JAVA_OPTIONS=-Xmx" + Math.max(1, 2 * max
              / (1024 * mib) + 1) + "g) or split the plan into files of its sections")));
    }
  }

  /**
   * What a binary package is, from its first bytes: a zip package (an .xlsx or .ods workbook, or
   * another archive) or an OLE2 compound file (an .xls workbook, or an encrypted .xlsx); null for
   * anything else, which the JSON parser then reads (and reports, if it is not JSON).
   */
  private static String packageKind(InputStream in) throws IOException {
    in.mark(8);
    byte[] head = in.readNBytes(8);
    in.reset();
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return "a zip package (a workbook, .xlsx or .ods, or another archive)";
    }
    if (head.length == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      return "an OLE2 compound file (an Excel 97-2003 .xls workbook, or an encrypted .xlsx)";
    }
    return null;
  }

  /**
   * Reads a document from JSON text.
   *
   * @param source the name to give in problems
   * @param json the JSON text
   * @return the document, or the problems
   */
  public ReadResult<Document> read(String source, String json) {
    requireNonNull(json, "json");
    return read(source, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads a file that must hold a whole plan.
   *
   * @param file the file
   * @return the plan
   * @throws ReadException if the file cannot be read as a plan; the message lists every
   *     problem with its JSON pointer, line and column
   */
  public BusinessPlan readPlan(Path file) {
    ReadResult<Document> result = read(file);
    Document document = result.orElseThrow();
    return document.plan().orElseThrow(() -> new ReadException(file.toString(), ValidationReport.of(
        Finding.error(JsonRules.INVALID_VALUE, Location.document().inFile(file.toString()),
            "the file holds a single section, not a whole plan"))));
  }

  /**
   * Reads a file that must hold a single section.
   *
   * @param file the file
   * @return the section
   * @throws ReadException if the file cannot be read as a section
   */
  public PlanSection readSection(Path file) {
    ReadResult<Document> result = read(file);
    Document document = result.orElseThrow();
    return document.section().orElseThrow(() -> new ReadException(file.toString(), ValidationReport.of(
        Finding.error(JsonRules.INVALID_VALUE, Location.document().inFile(file.toString()),
            "the file holds a whole plan, not a single section"))));
  }

  /** Collects a document's top-level members. */
  private static final class Top {
    String format;
    Integer version;
    BusinessPlan plan;
    PlanSection section;
    List<PlanSection> sections;
    int bodies;
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
        t.bodies++;
        t.plan = PlanCodec.read(in);
      })
      .optional("section", (in, t) -> {
        t.bodies++;
        t.section = in.section();
      })
      .optional("sections", (in, t) -> {
        t.bodies++;
        Location at = in.here();
        t.sections = in.list(in::section);
        if (t.sections.isEmpty() && in.problems().isEmpty()) {
          in.problemAt(at, JsonRules.INVALID_VALUE, "expected at least one section in \"sections\", found an"
              + " empty array");
        }
      })
      .build();

  /** What a scplan document is, for the message about an empty file. */
  private static final String DOCUMENT = "a scplan document, an object starting {\"format\": \"scplan\"";

  private <T> ReadResult<T> read(String source, JsonParser parser, String what, Function<JsonIn, T> root) {
    JsonIn in = new JsonIn(parser, source, limits, codecs);
    T value = null;
    try {
      if (in.next() == null) {
        in.problemAt(Location.document().inFile(source).at("", 1, 1), JsonRules.SYNTAX,
            "the file is empty; expected " + what);
      } else {
        value = root.apply(in);
        if (in.next() != null) {
          in.problemAt(in.here(), JsonRules.SYNTAX, "expected the end of the file after the document, found "
              + in.found());
        }
      }
    } catch (JsonIn.Stop | JsonIn.Abandon stopped) {
      value = null;
    }
    List<Finding> problems = in.problems();
    // A document of another format or version is reported as that, not as a list of its members.
    List<Finding> decisive = problems.stream()
        .filter(f -> f.code().equals(JsonRules.NOT_SCPLAN) || f.code().equals(JsonRules.UNSUPPORTED_VERSION))
        .toList();
    return ReadResult.of(source, value, ValidationReport.of(decisive.isEmpty() ? problems : decisive));
  }

  /** Reads a scplan document, the parser on its first token. */
  private Document document(JsonIn in) {
    String source = in.here().source().orElseThrow();
    if (!in.isObject()) {
      throw in.problem(JsonRules.NOT_SCPLAN, "expected a scplan document (an object starting"
          + " {\"format\": \"scplan\", \"version\": 1), found " + in.found());
    }
    Top top = new Top();
    in.object(TOP, top);
    if (top.bodies > 1) {
      in.problemAt(Location.document().inFile(source).at("", 1, 1), JsonRules.INVALID_VALUE,
          "a document holds one of \"plan\", \"section\" and \"sections\", not more");
    } else if (top.bodies == 0) {
      in.problemAt(Location.document().inFile(source).at("", 1, 1), JsonRules.MISSING_MEMBER,
          "a scplan document needs the member \"plan\" (a whole plan), \"section\" (a single section) or"
              + " \"sections\" (several sections read from one source, such as a table printed for two years)");
    } else if (in.problems().isEmpty()) {
      return top.plan != null ? Document.of(top.plan) : top.section != null ? Document.of(top.section)
          : Document.of(top.sections);
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
    return write(Document.of(plan));
  }

  /**
   * Writes a single section as a scplan document.
   *
   * @param section the section
   * @return the JSON text, pretty-printed, ending with a newline
   * @throws IllegalArgumentException if no codec writes the section's type
   */
  public String write(PlanSection section) {
    return write(Document.of(section));
  }

  /**
   * Writes a document.
   *
   * @param document the document
   * @return the JSON text, pretty-printed, ending with a newline
   */
  public String write(Document document) {
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
  public void write(Document document, Path file) {
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
  public void write(Document document, OutputStream out) {
    requireNonNull(document, "document");
    write(out, o -> o.object(top -> {
      top.field("format", FORMAT);
      top.field("version", VERSION);
      if (document.plan().isPresent()) {
        top.name("plan");
        PlanCodec.write(document.plan().get(), top, this::writeSection);
      } else if (document.section().isPresent()) {
        top.name("section");
        writeSection(document.section().get(), top);
      } else {
        // Several sections from one source, without a plan: a table printed for two years.
        top.array("sections", document.sections(), (w, s) -> writeSection(s, w));
      }
    }));
  }

  /** Writes one JSON value in the format's canonical form, as text; {@code body} writes the value. */
  String writeRoot(Consumer<JsonOut> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(bytes, body);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void write(OutputStream out, Consumer<JsonOut> body) {
    requireNonNull(out, "out");
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      g.setPrettyPrinter(new JsonOut.ScplanPrettyPrinter());
      body.accept(new JsonOut(g));
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
