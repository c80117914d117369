/**
 * API: certificates: views, revocation and public verification.
 */
package org.ustoz.courses.certificate;
