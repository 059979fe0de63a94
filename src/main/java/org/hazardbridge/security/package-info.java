/** Who is calling: HTTP Basic against the Camunda identity service for the product's API. */
package org.hazardbridge.security;
