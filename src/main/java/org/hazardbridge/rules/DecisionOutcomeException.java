package org.hazardbridge.rules;

/**
 * A table that answered something the product cannot use: no rule, several rules, or a missing output. This is a
 * fault of the deployed table, not of the case, so it is a technical failure that the engine reports as an incident.
 */
public class DecisionOutcomeException extends RuntimeException {

    public DecisionOutcomeException(String message) {
        super(message);
    }
}
