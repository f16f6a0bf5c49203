package org.bridgework.funding;

import java.util.List;

/** The export was not made: each problem names the grant (its 360Giving id and title) and the field at fault. */
public class ExportRefusedException extends RuntimeException {

    private final List<String> problems;

    public ExportRefusedException(List<String> problems) {
        super("The 360Giving file was not made: " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
