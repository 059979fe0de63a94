/** Hazard cases: the report, the case record and its stages, from registration to closure. */
package org.hazardbridge.hazard;
