/** Evaluation of the DMN tables by key, recording for each case which version decided what from which inputs. */
package org.hazardbridge.rules;
