/** The grade and legal class of a hazard, decided by the hazard-grading table. */
package org.hazardbridge.grading;
