package org.hazardbridge.audit;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users' Ed25519 key pairs ({@code trace_key}): made on a user's first traced operation, the private key sealed
 * by the {@link KeyEncryptionKey}, the public key served to anyone who checks a trace.
 *
 * <p>A key is created in a transaction of its own and committed at once, so two nodes creating the first key of
 * one user at the same moment cannot both succeed: the loser reads the winner's key.
 *
 * <p>The product never changes a user's key once made, so each node keeps the opened signing keys of the users it
 * has signed for in memory (at most {@value #CACHED_SIGNERS}) instead of reading and opening the key for every
 * entry. An entry is stored only if its key is still its user's key in the table; if the row changed under the
 * node (a restore, a key replaced by hand), {@link TraceLedger} forgets the opened key and signs with the stored
 * one.
 */
@Component
class TraceKeys {

    static final int CACHED_SIGNERS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(TraceKeys.class);
    private static final String COLUMNS = "key_id, user_id, algorithm, public_key, private_key, kek_id, created_at";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate ownTransaction;
    private final KeyEncryptionKey kek;
    private final Clock clock;
    private final ConcurrentMap<String, Signer> signers = new ConcurrentHashMap<>();

    TraceKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions, KeyEncryptionKey kek, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.kek = kek;
        this.clock = clock;
    }

    /** The user's signing key, made now if the user has none. */
    Signer signer(String userId) {
        Signer known = signers.get(userId);
        if (known != null) {
            return known;
        }
        StoredKey key = find(userId).orElseGet(() -> create(userId));
        Signer signer = new Signer(key.info().keyId(), privateKey(key, userId));
        if (signers.size() >= CACHED_SIGNERS) {
            signers.clear();
        }
        signers.put(userId, signer);
        return signer;
    }

    /** The user's signing key if this node has opened it before: no database access. */
    Optional<Signer> knownSigner(String userId) {
        return Optional.ofNullable(signers.get(userId));
    }

    /** Drops the user's opened key, so that the next {@link #signer} reads the stored one again. */
    void forget(String userId) {
        signers.remove(userId);
    }

    Optional<TraceDocument.PublicKeyInfo> publicKeyOf(String userId) {
        return find(userId).map(StoredKey::info);
    }

    List<TraceDocument.PublicKeyInfo> publicKeys(Collection<String> keyIds) {
        if (keyIds.isEmpty()) {
            return List.of();
        }
        return named.query("select " + COLUMNS + " from trace_key where key_id in (:ids) order by user_id",
                Map.of("ids", keyIds), (row, n) -> map(row).info());
    }

    private Optional<StoredKey> find(String userId) {
        return jdbc.query("select " + COLUMNS + " from trace_key where user_id = ?", (row, n) -> map(row), userId)
                .stream().findFirst();
    }

    private StoredKey create(String userId) {
        KeyPair pair = generate();
        byte[] publicKey = pair.getPublic().getEncoded();
        String keyId = HexFormat.of().formatHex(EntryHash.sha256(publicKey)).substring(0, 32);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("insert into trace_key (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?)", keyId, userId, Ed25519.ALGORITHM, base64(publicKey),
                    base64(kek.seal(pair.getPrivate().getEncoded(), userId)), kek.id(),
                    OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
            log.info("Trace signing key {} made for user {}", keyId, userId);
        } catch (DataIntegrityViolationException createdConcurrently) {
            log.debug("Signing key of {} was made concurrently; using that one", userId);
        }
        return find(userId).orElseThrow(() -> new IllegalStateException("no signing key for " + userId));
    }

    private Ed25519PrivateKeyParameters privateKey(StoredKey key, String userId) {
        if (!kek.id().equals(key.kekId())) {
            throw new IllegalStateException("the private signing key of " + userId + " was sealed with key-encryption"
                    + " key " + key.kekId() + ", but " + kek.id() + " is configured ("
                    + KeyEncryptionKey.PROPERTY + ")");
        }
        try {
            byte[] pkcs8 = kek.open(Base64.getDecoder().decode(key.sealedPrivateKey()), userId);
            return Ed25519.privateKey(pkcs8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the private signing key of " + userId + " is not an Ed25519 key", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(Ed25519.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no Ed25519", e);
        }
    }

    private static StoredKey map(ResultSet row) throws SQLException {
        Instant created = row.getObject("created_at", OffsetDateTime.class).toInstant();
        return new StoredKey(new TraceDocument.PublicKeyInfo(row.getString("user_id"), row.getString("key_id"),
                row.getString("algorithm"), "X.509", row.getString("public_key"), EntryHash.time(created)),
                row.getString("private_key"), row.getString("kek_id"));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private record StoredKey(TraceDocument.PublicKeyInfo info, String sealedPrivateKey, String kekId) {
    }

    /** Signs hashes for one user. */
    record Signer(String keyId, Ed25519PrivateKeyParameters key) {

        /** The base64 Ed25519 signature over the 32 bytes of a hex SHA-256. */
        String sign(String hashHex) {
            return base64(Ed25519.sign(key, HexFormat.of().parseHex(hashHex)));
        }
    }
}
