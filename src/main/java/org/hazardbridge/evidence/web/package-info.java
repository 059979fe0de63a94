/** Upload, list and download of a case's attachments. */
package org.hazardbridge.evidence.web;
