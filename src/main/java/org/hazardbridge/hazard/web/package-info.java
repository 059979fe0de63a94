/** The REST API for reporting, reading and listing hazard cases. */
package org.hazardbridge.hazard.web;
