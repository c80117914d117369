/**
 * Internal to Ustoz: the runtime behind {@code Ustoz} that module services use (transactions with
 * the entity manager, validation, event dispatch, failure translation). Modules use it; a host
 * never does.
 */
package org.ustoz.core.internal;
