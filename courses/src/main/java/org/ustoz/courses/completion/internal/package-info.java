/**
 * Internal: stored completion policies, the attendance ledger and the completion service.
 */
package org.ustoz.courses.completion.internal;
