/** The {@code scplan} command: {@code check}, {@code table} and {@code generate-completion}. */
module org.scplan.examples {
  requires org.scplan.json;
  requires org.scplan.csv;
  requires info.picocli;

  exports org.scplan.examples;
  // picocli reads the commands' annotated fields.
  opens org.scplan.examples to info.picocli;
}
