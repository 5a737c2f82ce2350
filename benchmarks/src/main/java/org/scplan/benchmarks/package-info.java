/**
 * JMH benchmarks of money, reconciliation, RAG rating, SPC and the JSON format, and the harnesses that
 * find heap ceilings and time large tables against Jackson (see BENCHMARKS.md).
 */
package org.scplan.benchmarks;
