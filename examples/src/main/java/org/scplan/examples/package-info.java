/**
 * The {@code scplan} command: {@code check} for scplan JSON files, {@code table} for tables as
 * published, and {@code generate-completion}; see {@link org.scplan.examples.ScplanCommand}.
 */
package org.scplan.examples;
