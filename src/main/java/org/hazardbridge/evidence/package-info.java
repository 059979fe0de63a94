/** Evidence attached to a case: photos and documents stored with their SHA-256. */
package org.hazardbridge.evidence;
