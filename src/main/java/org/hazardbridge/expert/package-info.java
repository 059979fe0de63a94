/** The shared expert pool: who may score a disputed grade, in which specialties, from which region. */
package org.hazardbridge.expert;
