package org.hazardbridge.common;

import java.util.List;

/** Input that is malformed: a field missing, of the wrong type or out of range (HTTP 400). */
public class InvalidInputException extends InputProblemException {

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems);
    }

    /** Fields at fault; with {@code cut}, only those found before the check stopped. */
    public InvalidInputException(List<FieldProblem> problems, boolean cut) {
        super(problems, cut);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }
}
