/** Helpers of the risk module: the checks behind the public types. Not API. */
package org.scplan.risk.internal;
