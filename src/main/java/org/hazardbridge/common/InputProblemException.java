package org.hazardbridge.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input that was refused, with every field at fault. Nothing was stored. */
public abstract class InputProblemException extends RuntimeException {

    private final transient List<FieldProblem> problems;
    private final boolean cut;

    protected InputProblemException(List<FieldProblem> problems) {
        this(problems, false);
    }

    /** With {@code cut} true when the check stopped before it had named every field it would have named. */
    protected InputProblemException(List<FieldProblem> problems, boolean cut) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.cut = cut;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * Whether the check stopped early, so that {@link #problems()} leaves out fields it would have named. Not cut
     * does not mean nothing else is wrong: a report is checked in steps (types first, then rules), and each step
     * runs only once the one before it passes.
     */
    public boolean cut() {
        return cut;
    }
}
