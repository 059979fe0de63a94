/** Raising a field's level and reading a case's access log. */
package org.hazardbridge.classification.web;
