package org.hazardbridge.common;

import java.util.List;

/** Input that is malformed: a field missing, of the wrong type or out of range (HTTP 400). */
public class InvalidInputException extends InputProblemException {

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems);
    }

    /** Fields at fault, found before the check stopped when {@code complete} is false. */
    public InvalidInputException(List<FieldProblem> problems, boolean complete) {
        super(problems, complete);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }
}
