/**
 * Helpers of the performance module: reading indicator figures. Not API: the module does not
 * export this package.
 */
package org.scplan.performance.internal;
