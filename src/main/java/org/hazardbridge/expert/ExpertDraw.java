package org.hazardbridge.expert;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The random order in which eligible experts are invited to a case's panel. The seed is the first eight bytes of
 * the SHA-256 of the case number, the candidates are sorted by user id, and the shuffle is
 * {@link Collections#shuffle(List, Random)} with {@link Random}, whose algorithm Java specifies: anyone can replay
 * the draw from the case number and the list of eligible experts.
 */
public final class ExpertDraw {

    private ExpertDraw() {
    }

    public static long seed(String caseNumber) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(caseNumber.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }

    /** The user ids of the candidates in draw order. */
    public static List<String> order(String caseNumber, List<ExpertProfile> candidates) {
        List<String> ids = new ArrayList<>(candidates.stream().map(ExpertProfile::userId).sorted().toList());
        Collections.shuffle(ids, new Random(seed(caseNumber)));
        return ids;
    }
}
