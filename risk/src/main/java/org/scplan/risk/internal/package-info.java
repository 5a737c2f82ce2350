/**
 * Text helpers of the risk module: quoting, word lists, tables and grids. They depend on nothing
 * in {@code org.scplan.risk}, so that packages depend one way. Not API.
 */
package org.scplan.risk.internal;
