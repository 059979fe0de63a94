/** The one place where exceptions become {@code ProblemDetail} answers. */
package org.hazardbridge.common.web;
