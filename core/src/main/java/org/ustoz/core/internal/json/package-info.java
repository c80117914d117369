/**
 * Internal to Ustoz: the one JSON writer and reader every module uses for documents stored in text
 * columns.
 */
package org.ustoz.core.internal.json;
