package org.hazardbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The trace's signatures are plain RFC 8032 Ed25519: the JDK's own implementation makes and checks the same. */
class Ed25519Test {

    private final byte[] hash = EntryHash.sha256("一条留痕记录".getBytes(StandardCharsets.UTF_8));

    @Test
    void signaturesAreTheJdksBytesAndCheckBothWays() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] ours = Ed25519.sign(Ed25519.privateKey(pair.getPrivate().getEncoded()), hash);

        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(pair.getPrivate());
        jdk.update(hash);
        byte[] theirs = jdk.sign();
        // Ed25519 is deterministic: one key and one message give one signature.
        assertThat(ours).isEqualTo(theirs).hasSize(64);

        jdk.initVerify(pair.getPublic());
        jdk.update(hash);
        assertThat(jdk.verify(ours)).isTrue();
        assertThat(Ed25519.verify(Ed25519.publicKey(pair.getPublic().getEncoded()), hash, theirs)).isTrue();
    }

    @Test
    void aChangedHashOrAnotherKeyOrACutSignatureFails() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] signature = Ed25519.sign(Ed25519.privateKey(pair.getPrivate().getEncoded()), hash);
        byte[] changed = hash.clone();
        changed[0] ^= 1;

        assertThat(Ed25519.verify(Ed25519.publicKey(pair.getPublic().getEncoded()), changed, signature)).isFalse();
        assertThat(Ed25519.verify(Ed25519.publicKey(other.getPublic().getEncoded()), hash, signature)).isFalse();
        assertThat(Ed25519.verify(Ed25519.publicKey(pair.getPublic().getEncoded()), hash,
                Arrays.copyOf(signature, 63))).isFalse();
    }

    @Test
    void keysOfAnotherAlgorithmOrBrokenEncodingsAreRefused() throws Exception {
        KeyPair x25519 = KeyPairGenerator.getInstance("X25519").generateKeyPair();
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();

        assertThatThrownBy(() -> Ed25519.publicKey(x25519.getPublic().getEncoded()))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("not an Ed25519 key");
        assertThatThrownBy(() -> Ed25519.privateKey(rsa.getPrivate().getEncoded()))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("not an Ed25519 key");
        assertThatThrownBy(() -> Ed25519.publicKey(new byte[] {1, 2, 3}))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("standard encoding");
    }
}
