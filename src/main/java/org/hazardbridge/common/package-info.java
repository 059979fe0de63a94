/** Pieces every feature shares: the clock, and the translation of errors into REST answers. */
package org.hazardbridge.common;
