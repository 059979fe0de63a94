package org.hazardbridge.hazard;

import java.util.Set;

/** The stages of a case, in the order the process runs them; each knows which stages may follow it. */
public enum CaseStage {
    REPORTED("隐患上报"),
    NOTIFICATION("隐患通报"),
    GRADING("等级认定"),
    DISPOSAL("协同处置"),
    ACCEPTANCE("验收闭环"),
    CLOSED("已结案");

    private final String label;

    CaseStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean mayBeFollowedBy(CaseStage next) {
        return switch (this) {
            case REPORTED -> next == NOTIFICATION;
            case NOTIFICATION -> next == GRADING;
            case GRADING -> next == DISPOSAL;
            case DISPOSAL -> next == ACCEPTANCE;
            case ACCEPTANCE -> Set.of(DISPOSAL, CLOSED).contains(next);
            case CLOSED -> false;
        };
    }
}
