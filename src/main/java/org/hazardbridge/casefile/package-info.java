/** The case file: everything known about a case, assembled from every feature for reading. */
package org.hazardbridge.casefile;
