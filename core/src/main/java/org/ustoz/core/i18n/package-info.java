/**
 * API: {@link org.ustoz.core.i18n.LocalizedText}, a text in several languages with fallback.
 */
package org.ustoz.core.i18n;
