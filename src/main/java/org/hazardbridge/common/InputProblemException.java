package org.hazardbridge.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input that was refused, with every field at fault. Nothing was stored. */
public abstract class InputProblemException extends RuntimeException {

    private final transient List<FieldProblem> problems;
    private final boolean complete;

    protected InputProblemException(List<FieldProblem> problems) {
        this(problems, true);
    }

    /** With {@code complete} false when the input was not checked to its end, so more fields may be at fault. */
    protected InputProblemException(List<FieldProblem> problems, boolean complete) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.complete = complete;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Whether {@link #problems()} names every field at fault, or only those found before the check stopped. */
    public boolean complete() {
        return complete;
    }
}
