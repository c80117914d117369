/**
 * Internal to Ustoz: what every module's persistence shares: the base entity, the tenant-checked
 * finder, paging, column sizes and attribute converters.
 */
package org.ustoz.core.internal.persistence;
