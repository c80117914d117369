/**
 * Internal: the assessments module's registration with core, and the document codecs its features
 * share.
 */
package org.ustoz.assessments.internal;
