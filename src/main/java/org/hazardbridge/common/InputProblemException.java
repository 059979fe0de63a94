package org.hazardbridge.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input that was refused, with every field at fault. Nothing was stored. */
public abstract class InputProblemException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    protected InputProblemException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
