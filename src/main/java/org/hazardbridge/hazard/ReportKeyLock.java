package org.hazardbridge.hazard;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;
import org.hazardbridge.audit.EntryHash;
import org.hazardbridge.common.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets one send at a time go through under a reporter's {@code Idempotency-Key}. On PostgreSQL the report's
 * transaction takes an advisory lock on a hash of reporter and key, held until it commits: a concurrent send of
 * the same report, on any node, waits for it and then finds its case, instead of making a second one that the
 * key's unique index refuses at commit. On another database (H2, which one process uses) the same is done with a
 * lock in this JVM, one of 64 chosen by the hash, released when the transaction ends. The unique index stays as
 * the last word.
 */
@Component
class ReportKeyLock {

    private static final int STRIPES = 64;

    private final JdbcTemplate jdbc;
    private final Database database;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    ReportKeyLock(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.database = database;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /**
     * Waits, in the caller's transaction, until no other transaction holds this reporter's key. The caller then
     * sees the other's case: its next statement reads what was committed (READ COMMITTED, as the engine needs).
     */
    void lock(String reporter, String key) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a report's key is locked only inside its transaction");
        }
        long hash = hash(reporter, key);
        if (database.isPostgres()) {
            jdbc.query("select pg_advisory_xact_lock(?)", (ResultSetExtractor<Void>) result -> null, hash);
            return;
        }
        ReentrantLock lock = stripes[(int) Math.floorMod(hash, (long) STRIPES)];
        // Registered before locking: whatever happens next, the transaction's end unlocks exactly once.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (lock.isHeldByCurrentThread()) {
                    lock.unlock();
                }
            }
        });
        lock.lock();
    }

    /** The lock's key: the first 8 bytes of SHA-256 over reporter and key. */
    static long hash(String reporter, String key) {
        byte[] digest = EntryHash.sha256(("report-key\0" + reporter + "\0" + key).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }
}
