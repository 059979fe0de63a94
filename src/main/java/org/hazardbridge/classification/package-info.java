/**
 * Information classification: restricted (受限) and secret (涉密) case fields kept outside the engine, secret ones
 * encrypted, shown to each viewer only as their role and region allow, every read logged.
 */
package org.hazardbridge.classification;
