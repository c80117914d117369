/**
 * API: the entry point {@link org.ustoz.core.Ustoz} (builder, transactions that group service
 * calls), the caller context, and the module registry a host that owns its persistence unit reads
 * ({@link org.ustoz.core.UstozModules}).
 */
package org.ustoz.core;
