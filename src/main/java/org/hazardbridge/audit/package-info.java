/** Each case's trace: a signed, hash-chained record of every operation, verifiable online and offline. */
package org.hazardbridge.audit;
