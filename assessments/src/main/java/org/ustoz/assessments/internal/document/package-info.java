/**
 * Internal: how question content, rubrics, responses and rubric scores are written to and read from
 * the JSON text columns, shared by the features of the assessments module.
 */
package org.ustoz.assessments.internal.document;
