/**
 * API: constraint annotations command records use (language tags, country codes, time zones,
 * localized texts) and their validators.
 */
package org.ustoz.core.validation;
