/**
 * Internal: the question bank exchange service, a hand-written GIFT reader and writer, and a Moodle
 * XML reader and writer over the JDK's XML parser.
 *
 * <p>GIFT is read by hand: there is no well-kept Java library for it (the maintained GIFT grammars are
 * JavaScript, such as fuhrmanator/GIFT-grammar-PEG.js, and Moodle's own PHP reader), and the format is
 * small: blank-line separated questions, an answer block in braces and seven backslash escapes. The
 * reader follows Moodle's {@code qformat_gift}. Moodle XML is read with the JDK's DOM parser with secure
 * processing on, document type declarations refused (so no entity, internal or external, is ever
 * expanded: billion laughs and XXE fail before any expansion), external DTD and schema access off, and
 * XInclude off.
 */
package org.ustoz.assessments.exchange.internal;
