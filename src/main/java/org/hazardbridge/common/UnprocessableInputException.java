package org.hazardbridge.common;

import java.util.List;

/** Input that is well formed but cannot be acted on, such as an unknown type or a point outside every region (422). */
public class UnprocessableInputException extends InputProblemException {

    public UnprocessableInputException(String field, String message) {
        super(List.of(new FieldProblem(field, message)));
    }
}
