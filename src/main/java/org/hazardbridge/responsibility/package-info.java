/** The split of responsibility among the affected regions, decided per region by the jurisdiction table. */
package org.hazardbridge.responsibility;
