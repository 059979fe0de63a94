/** {@code GET /api/hazards/{caseNumber}} and the case list. */
package org.hazardbridge.casefile.web;
