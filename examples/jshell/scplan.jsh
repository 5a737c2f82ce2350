// scplan start-up script for JShell. From the repository root, after `mvn -B -ntp -q package -DskipTests`:
//
//   jshell --class-path examples/target/scplan.jar examples/jshell/scplan.jsh
//
// It imports the scplan packages and defines a few helpers:
//   load("examples/plans/kent-ldmh-2013-14.json")    the plan in a file (throws, listing every problem, if it cannot be read)
//   read("file.json")                                 the document in a file, or its problems (never throws)
//   check("examples/plans/kent-ldmh-2013-14.json")   the findings of checking a file's plan and sections
//   show(anything)                                    prints it in full (JShell's own display cuts long values short)
import java.math.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import org.scplan.core.*;
import org.scplan.budget.*;
import org.scplan.performance.*;
import org.scplan.performance.spc.*;
import org.scplan.performance.actions.*;
import org.scplan.risk.*;
import org.scplan.equality.*;
import org.scplan.continuity.*;
import org.scplan.json.*;
import org.scplan.csv.*;

BusinessPlan load(String file) {
  return ScplanJson.standard().readPlan(Path.of(file));
}

ReadResult<Document> read(String file) {
  return ScplanJson.standard().read(Path.of(file));
}

ValidationReport check(String file) {
  ReadResult<Document> result = read(file);
  return result.isRead() ? result.value().get().validate() : result.problems();
}

void show(Object value) {
  System.out.println(value);
}
