/**
 * API: page requests and pages of list results.
 */
package org.ustoz.core.paging;
