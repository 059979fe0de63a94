package org.hazardbridge.audit;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Ed25519 (RFC 8032) signatures of the trace, by Bouncy Castle's implementation. The keys stay in the standard
 * encodings the JDK makes and reads (PKCS#8 private, X.509 public), and the signatures are the same bytes the JDK's
 * own {@code Signature.getInstance("Ed25519")} makes and accepts: any Ed25519 implementation checks a trace. Bouncy
 * Castle signs one hash in about 30 µs where the JDK 17 implementation takes 600 µs, and a case writes dozens of
 * entries.
 */
final class Ed25519 {

    static final String ALGORITHM = "Ed25519";

    private Ed25519() {
    }

    /** A private key from its PKCS#8 encoding. */
    static Ed25519PrivateKeyParameters privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return as(Ed25519PrivateKeyParameters.class, decode(() -> PrivateKeyFactory.createKey(pkcs8)));
    }

    /** A public key from its X.509 (SubjectPublicKeyInfo) encoding. */
    static Ed25519PublicKeyParameters publicKey(byte[] x509) throws GeneralSecurityException {
        return as(Ed25519PublicKeyParameters.class, decode(() -> PublicKeyFactory.createKey(x509)));
    }

    static byte[] sign(Ed25519PrivateKeyParameters key, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    static boolean verify(Ed25519PublicKeyParameters key, byte[] message, byte[] signature) {
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    private interface Decoder {
        AsymmetricKeyParameter decode() throws IOException;
    }

    private static AsymmetricKeyParameter decode(Decoder decoder) throws InvalidKeyException {
        try {
            return decoder.decode();
        } catch (IOException | RuntimeException e) {
            throw new InvalidKeyException("not a key in its standard encoding: " + e.getMessage(), e);
        }
    }

    private static <K> K as(Class<K> type, AsymmetricKeyParameter key) throws InvalidKeyException {
        if (!type.isInstance(key)) {
            throw new InvalidKeyException("not an Ed25519 key but " + key.getClass().getSimpleName());
        }
        return type.cast(key);
    }
}
