/**
 * Administrative regions, their boundaries and rivers: import at start-up, and the lookup that tells which regions
 * a point and its impact radius concern.
 */
package org.hazardbridge.region;
