package org.scplan.examples;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.scplan.core.Markup;
import org.scplan.core.Report;
import org.scplan.csv.TableOptions;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code scplan} command: checks plan files and tables and prints what it finds. Its commands
 * and options are declared once, with picocli, and share one help style.
 *
 * <pre>
 * scplan check [--json] [--severity LEVEL] FILE…     check scplan JSON files (plans or single sections)
 * scplan table [options] FILE…                       check tables as published (CSV or TSV)
 * scplan generate-completion                         a bash or zsh completion script
 * scplan --help, scplan COMMAND --help, scplan --version
 * </pre>
 *
 * <p>Exit status: 0 when no file has an error; 1 when a file was read and has errors; 2 when a
 * file could not be read or the command line is wrong; 3 on an internal failure. No stack trace
 * reaches the user.
 */
@Command(name = "scplan", mixinStandardHelpOptions = true, versionProvider = ScplanCommand.Version.class,
    usageHelpAutoWidth = true,
    description = "Check social-care business plans the way councils publish them.",
    subcommands = {CheckCommand.class, TableCommand.class, ReportCommand.class, AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%nExit status:%n", exitCodeList = {ScplanCommand.EXIT_OK, ScplanCommand.EXIT_ERRORS,
        ScplanCommand.EXIT_UNREADABLE, ScplanCommand.EXIT_INTERNAL},
    footerHeading = "%nExamples:%n", footer = {"  scplan check examples/plans/*.json",
        "  scplan table --year 2018-19 table5.tsv", "  scplan table --help",
        "  source <(scplan generate-completion)   # complete commands and options in bash"})
public final class ScplanCommand implements Callable<Integer> {

  /** Only the generated implementation (or this package) constructs it. */
  ScplanCommand() {}
  /** Exit status: every file was read and none has an error. */
  public static final int OK = Report.OK;

  /** Exit status: a file was read and has at least one error. */
  public static final int ERRORS = Report.ERRORS;

  /** Exit status: a file could not be read, or the command line is wrong. */
  public static final int UNREADABLE = Report.UNREADABLE;

  /** Exit status: scplan itself failed (a defect; please report it). */
  public static final int INTERNAL = 3;

  static final String EXIT_OK = "0:every file was read and none has an error";
  static final String EXIT_ERRORS = "1:a file was read and has at least one error";
  static final String EXIT_UNREADABLE = "2:a file could not be read (for a table: a cell, a heading or a row), or the "
      + "command line is wrong";
  static final String EXIT_INTERNAL = "3:scplan itself failed (please report it)";

  @Spec
  private CommandSpec spec;

  /** The version, from the jar's manifest when there is one. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ScplanCommand.class.getPackage().getImplementationVersion();
      return new String[] {"scplan " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the command, writing to the given streams, and returns its exit status.
   *
   * @param args the command line
   * @param out where results go
   * @param err where messages about the command line go
   * @return the exit status: {@link #OK}, {@link #ERRORS}, {@link #UNREADABLE} or {@link #INTERNAL}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    // The lists of fields in the help come from the reader itself.
    System.setProperty("scplan.indicatorFields", String.join(", ", TableOptions.INDICATOR_FIELDS));
    System.setProperty("scplan.riskFields", String.join(", ", TableOptions.RISK_FIELDS));
    CommandLine cl = new CommandLine(new ScplanCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setParameterExceptionHandler((ParameterException e, String[] given) -> {
      CommandLine command = e.getCommandLine();
      String name = command.getCommandSpec().qualifiedName();
      command.getErr().println(Markup.visible(name + ": " + e.getMessage() + " (see " + name + " --help)"));
      return UNREADABLE;
    });
    cl.setExecutionExceptionHandler((e, command, parsed) -> {
      command.getErr().println(Markup.visible("scplan: internal error, please report it: " + e));
      return INTERNAL;
    });
    try {
      return cl.execute(args);
    } catch (RuntimeException | Error e) {
      err.println(Markup.visible("scplan: internal error, please report it: " + e));
      return INTERNAL;
    }
  }

  /** {@code scplan} with no command: the help, and status 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return UNREADABLE;
  }

  /** Where a command prints its report: the command line's output stream, as a {@link PrintStream}. */
  static PrintStream out(CommandSpec spec) {
    return stream(spec.commandLine().getOut());
  }

  /** Where a command prints messages. */
  static PrintStream err(CommandSpec spec) {
    return stream(spec.commandLine().getErr());
  }

  private static PrintStream stream(PrintWriter writer) {
    return new PrintStream(new java.io.OutputStream() {
      private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

      @Override
      public void write(int b) {
        line.write(b);
      }

      @Override
      public void flush() {
        writer.print(line.toString(StandardCharsets.UTF_8));
        writer.flush();
        line.reset();
      }
    }, true, StandardCharsets.UTF_8);
  }
}
