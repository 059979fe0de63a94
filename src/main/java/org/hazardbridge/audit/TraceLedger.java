package org.hazardbridge.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tables of the trace. A case's entries are appended under the lock of its head row ({@code trace_head},
 * {@code select ... for update}), taken in the transaction of the operation being traced and held until it
 * commits: concurrent operations on one case, on any node, append one after the other, and an operation that rolls
 * back takes its entries with it. The primary key (case, sequence) refuses a fork even if the lock were bypassed.
 * The product only ever inserts entries; it never updates or deletes one.
 *
 * <p>The signer's key is fetched (or made, in a short transaction of its own) before the lock is taken, so that
 * a transaction's first entry of a case does not wait for another connection while holding the lock (a later
 * entry by a user new to the node still may); a key the node already holds in memory needs no connection, and
 * the lock's own query then tells whether a trace is open.
 *
 * <p>A transaction locks a head once: later entries of the same case in that transaction follow the head it
 * holds, and the head row is written once, just before the transaction commits (a step of a case writes several
 * entries); an entry appended after that, by another synchronization's {@code beforeCommit}, writes the row at
 * once. Outside a transaction every entry writes the row itself. A transaction of its own inside another (for
 * instance the access log's) does not see the outer one's heads: it locks for itself, and so waits for the outer
 * transaction if that already holds the same case's head (as it did before heads were held), so such a transaction
 * must not append to a case its caller has appended to.
 */
@Component
class TraceLedger {

    private static final String ENTRY_COLUMNS = "seq, recorded_at, user_id, user_region, action, payload,"
            + " previous_hash, entry_hash, key_id, signature";

    private final JdbcTemplate jdbc;
    private final TraceKeys keys;
    private final PayloadRedaction redaction;
    private final Clock clock;

    TraceLedger(JdbcTemplate jdbc, TraceKeys keys, PayloadRedaction redaction, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.redaction = redaction;
        this.clock = clock;
    }

    void open(UUID caseId, String caseNumber) {
        jdbc.update("insert into trace_head (case_id, case_number, last_seq, last_hash) values (?, ?, 0, ?)",
                caseId, caseNumber, EntryHash.GENESIS);
        // The transaction that inserted the row holds it until it commits.
        heldHeads(true).ifPresent(held -> held.hold(new Head(caseId, caseNumber, 0, EntryHash.GENESIS)));
    }

    /** Appends an entry to the case's trace; empty when no trace is open under that case number. */
    Optional<TraceDocument.Entry> append(String caseNumber, String userId, String region, String action,
            JsonNode payload) {
        Optional<HeldHeads> held = heldHeads(true);
        Optional<Head> alreadyHeld = held.flatMap(h -> h.head(caseNumber));
        TraceKeys.Signer signer = keys.knownSigner(userId).orElse(null);
        if (signer == null) {
            if (alreadyHeld.isEmpty() && head(caseNumber).isEmpty()) {
                return Optional.empty();
            }
            signer = keys.signer(userId);
        }
        Optional<Head> locked = alreadyHeld.isPresent() ? alreadyHeld : lockHead(caseNumber);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Head head = locked.get();
        PayloadRedaction.Redacted redacted = redaction.redact(payload);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        TraceDocument.Entry unsigned = new TraceDocument.Entry(head.lastSequence() + 1, EntryHash.time(now), userId,
                region, action, redacted.payload(), head.lastHash(), null, null, null);
        String hash = EntryHash.of(head.caseId().toString(), caseNumber, unsigned);
        TraceDocument.Entry entry = signed(unsigned, hash, signer);
        if (!insertIfKeyStored(head.caseId(), now, entry)) {
            // The node's opened key is not the user's key in the database any more (a restore, a replaced key):
            // sign with the stored one, so that no entry names a key the trace cannot show.
            keys.forget(userId);
            entry = signed(unsigned, hash, keys.signer(userId));
            if (!insertIfKeyStored(head.caseId(), now, entry)) {
                throw new IllegalStateException("the signing key of " + userId + " is not in trace_key");
            }
        }
        insertSalts(head.caseId(), entry.sequence(), redacted.salts());
        Head moved = new Head(head.caseId(), caseNumber, entry.sequence(), hash);
        if (held.isPresent()) {
            held.get().moved(moved);
        } else {
            writeHead(moved);
        }
        return Optional.of(entry);
    }

    private void writeHead(Head head) {
        jdbc.update("update trace_head set last_seq = ?, last_hash = ? where case_id = ?", head.lastSequence(),
                head.lastHash(), head.caseId());
    }

    private Optional<Head> lockHead(String caseNumber) {
        return jdbc.query("select case_id, case_number, last_seq, last_hash from trace_head"
                + " where case_number = ? for update", (row, n) -> head(row), caseNumber).stream().findFirst();
    }

    private static TraceDocument.Entry signed(TraceDocument.Entry unsigned, String hash, TraceKeys.Signer signer) {
        return new TraceDocument.Entry(unsigned.sequence(), unsigned.time(), unsigned.user(), unsigned.region(),
                unsigned.action(), unsigned.payload(), unsigned.previousHash(), hash, signer.keyId(),
                signer.sign(hash));
    }

    /** Inserts the entry only if its key is its user's key in {@code trace_key}; false if it is not. */
    private boolean insertIfKeyStored(UUID caseId, Instant at, TraceDocument.Entry entry) {
        return jdbc.update("insert into trace_entry (case_id, " + ENTRY_COLUMNS + ") select ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, key_id, ? from trace_key where key_id = ? and user_id = ?", caseId, entry.sequence(),
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC), entry.user(), entry.region(), entry.action(),
                CanonicalJson.write(entry.payload()), entry.previousHash(), entry.hash(), entry.signature(),
                entry.keyId(), entry.user()) == 1;
    }

    private void insertSalts(UUID caseId, long sequence, List<PayloadRedaction.Salt> salts) {
        salts.forEach(salt -> jdbc.update("insert into trace_salt (case_id, seq, field_path, salt) values (?, ?, ?,"
                + " ?)", caseId, sequence, salt.path(), salt.salt()));
    }

    /** The head of a case's chain, as this transaction sees it. */
    Optional<Head> head(String caseNumber) {
        Optional<Head> held = heldHeads(false).flatMap(h -> h.head(caseNumber));
        if (held.isPresent()) {
            return held;
        }
        return jdbc.query("select case_id, case_number, last_seq, last_hash from trace_head where case_number = ?",
                (row, n) -> head(row), caseNumber).stream().findFirst();
    }

    List<TraceDocument.Entry> entries(UUID caseId) {
        return jdbc.query("select " + ENTRY_COLUMNS + " from trace_entry where case_id = ? order by seq",
                (row, n) -> entry(row), caseId);
    }

    /** The salt of a committed field, for whoever is to check a revealed value. */
    Optional<String> salt(UUID caseId, long sequence, String path) {
        return jdbc.queryForList("select salt from trace_salt where case_id = ? and seq = ? and field_path = ?",
                String.class, caseId, sequence, path).stream().findFirst();
    }

    private static Head head(ResultSet row) throws SQLException {
        return new Head(row.getObject("case_id", UUID.class), row.getString("case_number"), row.getLong("last_seq"),
                row.getString("last_hash"));
    }

    private static TraceDocument.Entry entry(ResultSet row) throws SQLException {
        Instant at = row.getObject("recorded_at", OffsetDateTime.class).toInstant();
        return new TraceDocument.Entry(row.getLong("seq"), EntryHash.time(at), row.getString("user_id"),
                row.getString("user_region"), row.getString("action"), CanonicalJson.read(row.getString("payload")),
                row.getString("previous_hash"), row.getString("entry_hash"), row.getString("key_id"),
                row.getString("signature"));
    }

    /** The head of a case's chain. */
    record Head(UUID caseId, String caseNumber, long lastSequence, String lastHash) {
    }

    /**
     * The heads the current transaction holds, registered with it first if {@code create}; empty outside a
     * transaction with synchronization.
     */
    private Optional<HeldHeads> heldHeads(boolean create) {
        // Synchronization without a transaction (SUPPORTS, NOT_SUPPORTED) commits each statement: nothing to hold.
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return Optional.empty();
        }
        // Only the current transaction's synchronizations are listed, not those of a suspended outer transaction.
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof HeldHeads held && held.ledger == this) {
                return Optional.of(held);
            }
        }
        if (!create) {
            return Optional.empty();
        }
        HeldHeads held = new HeldHeads(this);
        TransactionSynchronizationManager.registerSynchronization(held);
        return Optional.of(held);
    }

    /**
     * The heads a transaction holds locked, by case number; those it moved are written just before it commits,
     * after everything in it has appended.
     */
    private static final class HeldHeads implements TransactionSynchronization {

        private final TraceLedger ledger;
        private final Map<String, Head> heads = new LinkedHashMap<>();
        private final Map<String, Head> moved = new LinkedHashMap<>();
        private boolean written;

        HeldHeads(TraceLedger ledger) {
            this.ledger = ledger;
        }

        Optional<Head> head(String caseNumber) {
            return Optional.ofNullable(heads.get(caseNumber));
        }

        void hold(Head head) {
            heads.put(head.caseNumber(), head);
        }

        void moved(Head head) {
            heads.put(head.caseNumber(), head);
            if (written) {
                ledger.writeHead(head);
            } else {
                moved.put(head.caseNumber(), head);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            moved.values().forEach(ledger::writeHead);
            moved.clear();
        }
    }
}
