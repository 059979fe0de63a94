/**
 * Pieces every feature shares: the clock, the translation of errors into REST answers, the engine's hidden
 * variables, the check that production has its keys, and the lock that lets one node at a time start on a shared
 * database.
 */
package org.hazardbridge.common;
