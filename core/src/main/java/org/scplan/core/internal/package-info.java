/**
 * Helpers shared by the modules built on core: text, months, the Immutables style and the text
 * table. Not API: exported only to scplan's own modules.
 */
package org.scplan.core.internal;
