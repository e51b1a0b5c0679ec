package org.w3id.parley.json;

import org.w3id.parley.ParleyException;

import java.util.List;

/** The input broke one or more rules; {@link #problems()} says where and which. */
public class InvalidInputException extends ParleyException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** Wraps the problems found (at least one). */
    public InvalidInputException(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) return "invalid input";
        return problems.size() == 1 ? problems.get(0).toString()
                : problems.get(0) + " (and " + (problems.size() - 1) + " more)";
    }
}
