/**
 * Example application, not a library API: the seminar's question bank shared by the demo and the
 * web application.
 */
package org.ustoz.examples.seminar;
