package org.hazardbridge.evidence;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file accepted as evidence, recognised by their first bytes rather than by what the client claims. */
enum EvidenceKind {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String contentType;
    private final byte[] signature;

    EvidenceKind(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    String contentType() {
        return contentType;
    }

    static Optional<EvidenceKind> recognise(byte[] content) {
        return Arrays.stream(values()).filter(kind -> kind.startsTo(content)).findFirst();
    }

    private boolean startsTo(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
