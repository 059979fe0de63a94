package org.hazardbridge.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.hazardbridge.hazard.CaseScenario;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.HazardIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction locks a case's trace head once and writes it once, just before it commits: the entries it appends
 * follow the head it holds, a rollback leaves head and entries as they were, and a transaction of its own inside
 * it keeps its own heads.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:trace-head-it;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class TraceHeadIT {

    @Autowired
    CaseTrace trace;

    @Autowired
    TraceLedger ledger;

    @Autowired
    TraceQueries queries;

    @Autowired
    HazardIntake intake;

    @Autowired
    HazardCases cases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    IdentityService identity;

    TransactionTemplate transaction;
    TransactionTemplate ownTransaction;

    @BeforeEach
    void transactions() {
        transaction = new TransactionTemplate(transactions);
        ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Test
    void entriesOfOneTransactionFollowTheHeldHeadWhichIsWrittenAtCommit() {
        String caseNumber = reportedCase();
        long before = storedHead(caseNumber).lastSequence();

        transaction.executeWithoutResult(status -> {
            for (int i = 1; i <= 3; i++) {
                trace.record(caseNumber, "NOTE", Map.of("n", i), "officer320509");
            }
            assertThat(storedHead(caseNumber).lastSequence()).as("the row until the commit").isEqualTo(before);
            assertThat(ledger.head(caseNumber).orElseThrow().lastSequence()).as("the head this transaction sees")
                    .isEqualTo(before + 3);
            assertThat(queries.export(caseNumber).entries()).as("its own entries, read in the transaction")
                    .hasSize((int) before + 3);
        });

        TraceLedger.Head after = storedHead(caseNumber);
        assertThat(after.lastSequence()).isEqualTo(before + 3);
        assertThat(after.lastHash()).isEqualTo(lastEntryHash(after.caseId()));
        assertThat(jdbc.queryForObject("select count(*) from trace_entry where case_id = ? and seq > ?",
                Integer.class, after.caseId(), before)).isEqualTo(3);
        assertThat(queries.verify(caseNumber).valid()).isTrue();
    }

    @Test
    void aRollbackLeavesHeadAndEntriesAsTheyWere() {
        String caseNumber = reportedCase();
        TraceLedger.Head before = storedHead(caseNumber);

        transaction.executeWithoutResult(status -> {
            trace.record(caseNumber, "NOTE", Map.of("n", 1), "officer320509");
            trace.record(caseNumber, "NOTE", Map.of("n", 2), "officer320509");
            status.setRollbackOnly();
        });

        assertThat(storedHead(caseNumber)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select max(seq) from trace_entry where case_id = ?", Long.class,
                before.caseId())).isEqualTo(before.lastSequence());
        trace.record(caseNumber, "NOTE", Map.of("n", 3), "officer320509");
        assertThat(storedHead(caseNumber).lastSequence()).isEqualTo(before.lastSequence() + 1);
        assertThat(queries.verify(caseNumber).valid()).isTrue();
    }

    @Test
    void aTransactionOfItsOwnInsideAnotherKeepsItsOwnHeads() {
        String outer = reportedCase();
        String inner = reportedCase();
        long outerBefore = storedHead(outer).lastSequence();
        long innerBefore = storedHead(inner).lastSequence();

        transaction.executeWithoutResult(status -> {
            trace.record(outer, "NOTE", Map.of("n", 1), "officer320509");
            ownTransaction.executeWithoutResult(own -> trace.record(inner, "NOTE", Map.of("n", 1), "officer320509"));
            assertThat(storedHead(inner).lastSequence()).as("committed by the inner transaction")
                    .isEqualTo(innerBefore + 1);
            trace.record(outer, "NOTE", Map.of("n", 2), "officer320509");
        });

        assertThat(storedHead(outer).lastSequence()).isEqualTo(outerBefore + 2);
        assertThat(queries.verify(outer).valid()).isTrue();
        assertThat(queries.verify(inner).valid()).isTrue();
    }

    @Test
    void oneTransactionHoldsTheHeadsOfTwoCases() {
        String first = reportedCase();
        String second = reportedCase();
        long firstBefore = storedHead(first).lastSequence();
        long secondBefore = storedHead(second).lastSequence();

        transaction.executeWithoutResult(status -> {
            trace.record(first, "NOTE", Map.of("n", 1), "officer320509");
            trace.record(second, "NOTE", Map.of("n", 1), "officer320509");
            trace.record(first, "NOTE", Map.of("n", 2), "officer320509");
        });

        assertThat(storedHead(first).lastSequence()).isEqualTo(firstBefore + 2);
        assertThat(storedHead(second).lastSequence()).isEqualTo(secondBefore + 1);
        assertThat(queries.verify(first).valid()).isTrue();
        assertThat(queries.verify(second).valid()).isTrue();
    }

    @Test
    void anEntryAppendedByALaterSynchronizationBeforeCommitWritesTheHeadItself() {
        String caseNumber = reportedCase();
        long before = storedHead(caseNumber).lastSequence();

        transaction.executeWithoutResult(status -> {
            trace.record(caseNumber, "NOTE", Map.of("n", 1), "officer320509");
            // Registered after the held heads, so its beforeCommit runs after theirs.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    trace.record(caseNumber, "NOTE", Map.of("n", 2), "officer320509");
                }
            });
        });

        TraceLedger.Head after = storedHead(caseNumber);
        assertThat(after.lastSequence()).isEqualTo(before + 2);
        assertThat(after.lastHash()).isEqualTo(lastEntryHash(after.caseId()));
        assertThat(queries.verify(caseNumber).valid()).isTrue();
    }

    @Test
    void withoutATransactionEachEntryWritesTheHead() {
        String caseNumber = reportedCase();
        long before = storedHead(caseNumber).lastSequence();
        TransactionTemplate none = new TransactionTemplate(transactions);
        none.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);

        none.executeWithoutResult(status -> {
            ledger.append(caseNumber, "officer320509", "320509", "NOTE", PayloadValues.object(Map.of("n", 1)));
            assertThat(storedHead(caseNumber).lastSequence()).as("written with the entry").isEqualTo(before + 1);
            ledger.append(caseNumber, "officer320509", "320509", "NOTE", PayloadValues.object(Map.of("n", 2)));
        });

        assertThat(storedHead(caseNumber).lastSequence()).isEqualTo(before + 2);
        assertThat(queries.verify(caseNumber).valid()).isTrue();
    }

    private String reportedCase() {
        identity.setAuthentication("officer320509", List.of("officers320509"));
        try {
            HazardCase reported = intake.report(CaseScenario.taipuWaterPollution());
            return cases.require(reported.caseNumber()).caseNumber();
        } finally {
            identity.clearAuthentication();
        }
    }

    private TraceLedger.Head storedHead(String caseNumber) {
        return jdbc.queryForObject("select case_id, case_number, last_seq, last_hash from trace_head"
                + " where case_number = ?", (row, n) -> new TraceLedger.Head(row.getObject("case_id", UUID.class),
                        row.getString("case_number"), row.getLong("last_seq"), row.getString("last_hash")),
                caseNumber);
    }

    private String lastEntryHash(UUID caseId) {
        return jdbc.queryForObject("select entry_hash from trace_entry where case_id = ? order by seq desc limit 1",
                String.class, caseId);
    }
}
