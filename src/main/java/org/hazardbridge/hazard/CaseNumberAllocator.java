package org.hazardbridge.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues case numbers {@code YH-<adcode>-<yyyyMMdd>-<sequence>}, unique across threads and application nodes.
 *
 * <p>The counter row of a region and day is created in a transaction of its own (a concurrent creator's duplicate
 * is harmless there), then incremented in the caller's transaction: the row lock serialises concurrent reports of
 * one region and day, and a report that rolls back gives its number back.
 */
@Component
class CaseNumberAllocator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ZoneId zone;

    CaseNumberAllocator(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            HazardProperties properties) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.zone = properties.caseNumberZone();
    }

    String next(String adcode) {
        String prefix = "YH-" + adcode + "-" + LocalDate.now(clock.withZone(zone)).format(DAY);
        ensureCounter(prefix);
        jdbc.update("update case_number_counter set last_value = last_value + 1 where prefix = ?", prefix);
        Long value = jdbc.queryForObject("select last_value from case_number_counter where prefix = ?",
                Long.class, prefix);
        return String.format("%s-%04d", prefix, value);
    }

    private void ensureCounter(String prefix) {
        Integer present = jdbc.queryForObject("select count(*) from case_number_counter where prefix = ?",
                Integer.class, prefix);
        if (present != null && present > 0) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into case_number_counter (prefix, last_value) values (?, 0)", prefix));
        } catch (DataIntegrityViolationException createdConcurrently) {
            // Another report created the same counter a moment ago; its row serves this report too.
        }
    }
}
