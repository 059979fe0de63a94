/** {@code GET /api/experts}: the pool, for managers and supervisors. */
package org.hazardbridge.expert.web;
