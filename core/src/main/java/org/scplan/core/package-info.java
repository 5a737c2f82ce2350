/**
 * The kernel: money and printed figures with their rounding intervals, periods, the organisation,
 * RAG, findings with stable rule codes, the business plan and its section extension points
 * ({@link org.scplan.core.PlanSection}, {@link org.scplan.core.Viewable}), and the pipeline every
 * reader and report shares ({@link org.scplan.core.Document}, {@link org.scplan.core.ReadResult},
 * {@link org.scplan.core.Report}).
 */
package org.scplan.core;
