package org.hazardbridge.audit;

/**
 * Whether a trace is intact, or the first sequence number at which it is not and why.
 *
 * @param entries how many entries were checked
 * @param firstBadSequence null when valid
 * @param reason null when valid
 * @param detail what exactly was found, for a person reading it
 */
public record Verdict(boolean valid, String caseNumber, long entries, Long firstBadSequence, Problem reason,
        String detail) {

    /** What can be wrong with an entry. */
    public enum Problem {
        PAYLOAD_CHANGED("payload changed"),
        ENTRY_MISSING("entry missing"),
        ENTRIES_REORDERED("entries reordered"),
        SIGNATURE_INVALID("signature invalid"),
        UNKNOWN_KEY("unknown key");

        private final String text;

        Problem(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    static Verdict valid(String caseNumber, long entries) {
        return new Verdict(true, caseNumber, entries, null, null, "all " + entries + " entries intact");
    }

    static Verdict invalid(String caseNumber, long entries, long sequence, Problem problem, String detail) {
        return new Verdict(false, caseNumber, entries, sequence, problem, detail);
    }

    /** One line for a person: {@code VALID ...} or {@code INVALID at 7: payload changed (...)}. */
    public String summary() {
        return valid ? "VALID " + caseNumber + ": " + detail
                : "INVALID " + caseNumber + " at entry " + firstBadSequence + ": " + reason.text()
                        + " (" + detail + ")";
    }
}
