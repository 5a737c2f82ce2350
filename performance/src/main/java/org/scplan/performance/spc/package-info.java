/**
 * Statistical process control in NHS England's Making Data Count style: an
 * {@link org.scplan.performance.spc.XmrChart} of an {@link org.scplan.performance.spc.XmrSeries}
 * with its process limits, segments (rebased or fixed), the special-cause rules
 * ({@link org.scplan.performance.spc.SpcRule}) and the variation and assurance verdicts on the
 * latest value.
 */
package org.scplan.performance.spc;
