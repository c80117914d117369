/**
 * API: the database vendors Ustoz supports and their migration folders.
 */
package org.ustoz.core.persistence;
