/**
 * Internal: the certificate entity, issuing, verification codes and the certificate service.
 */
package org.ustoz.courses.certificate.internal;
