/** {@code GET /api/hazards/{caseNumber}/grading}: how a case's grade was reached. */
package org.hazardbridge.grading.web;
