/** The trace, its verification, the chain of responsibility derived from it, and users' public keys over REST. */
package org.hazardbridge.audit.web;
