/**
 * API: error codes, their kinds and the one exception type every service throws, with localized
 * messages.
 */
package org.ustoz.core.error;
