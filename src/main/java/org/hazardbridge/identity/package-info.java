/** Demo users and groups, and the Tasklist filters every user works from, created at start-up. */
package org.hazardbridge.identity;
