/** The {@code scplan} command: {@code check}, {@code table} and {@code generate-completion}. */
module org.scplan.examples {
  requires org.scplan.json;
  requires org.scplan.csv;
  requires org.scplan.sheets;
  requires info.picocli;
  // Compile time only: the annotations on the value classes of the modules it reads.
  requires static org.immutables.value.annotations;

  exports org.scplan.examples;
  // picocli reads the commands' annotated fields.
  opens org.scplan.examples to info.picocli;
}
