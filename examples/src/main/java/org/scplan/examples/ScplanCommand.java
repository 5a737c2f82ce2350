package org.scplan.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scplan.core.Report;

/**
 * The {@code scplan} command: checks plan files and prints what it finds.
 *
 * <pre>
 * scplan check FILE…            check scplan JSON files (plans or single sections)
 * scplan check --json FILE…     the same, as JSON
 * scplan table [options] FILE…  check tables as published (CSV or TSV)
 * scplan --help
 * </pre>
 *
 * <p>Exit status: 0 when no file has an error; 1 when a file was read and has errors; 2 when a
 * file could not be read or the command line is wrong; 3 on an internal failure. No stack trace
 * reaches the user.
 */
public final class ScplanCommand {
  /** Exit status: every file was read and none has an error. */
  public static final int OK = Report.OK;

  /** Exit status: a file was read and has at least one error. */
  public static final int ERRORS = Report.ERRORS;

  /** Exit status: a file could not be read, or the command line is wrong. */
  public static final int UNREADABLE = Report.UNREADABLE;

  /** Exit status: scplan itself failed (a defect; please report it). */
  public static final int INTERNAL = 3;

  private ScplanCommand() {}

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
    try {
      List<String> list = new ArrayList<>(Arrays.asList(args));
      if (list.isEmpty() || list.contains("--help") || list.contains("-h") || list.get(0).equals("help")) {
        out.print(Usage.text());
        return list.isEmpty() ? UNREADABLE : OK;
      }
      if (list.contains("--version")) {
        out.println("scplan " + Usage.version());
        return OK;
      }
      String command = list.remove(0);
      return switch (command) {
        case "check" -> CheckCommand.run(list, out, err);
        case "table" -> TableCommand.run(list, out, err);
        default -> {
          err.println("scplan: unknown command \"" + command + "\"; expected check or table (see scplan --help)");
          yield UNREADABLE;
        }
      };
    } catch (RuntimeException | Error e) {
      err.println("scplan: internal error, please report it: " + e);
      return INTERNAL;
    }
  }
}
