/**
 * Internal: the certificate PDF writer with embedded fonts for every shipped script.
 */
package org.ustoz.courses.certificate.internal.pdf;
