/**
 * scplan's JMH benchmarks and the harnesses that measure heap ceilings and large tables against
 * Jackson. Not a library: it runs from its shaded jar.
 */
module org.scplan.benchmarks {
  requires org.scplan.json;
  requires org.scplan.csv;
  requires org.scplan.sheets;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires java.money;
  requires org.javamoney.moneta;
  requires jmh.core;
  // Compile time only: the annotations on the value classes of the modules it reads.
  requires static org.immutables.value.annotations;

  // An application, not a library: it exports nothing (so the compiler does not warn that it
  // requires jmh-core and opczip by their file names, which a published library must not) and opens
  // its benchmarks and JMH's generated code to the reflection JMH runs them by.
  opens org.scplan.benchmarks;
  opens org.scplan.benchmarks.jmh_generated;
}
