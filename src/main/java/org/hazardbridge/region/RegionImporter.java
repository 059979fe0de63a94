package org.hazardbridge.region;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Imports the configured boundary and river files at start-up. It runs as the first application runner, so the
 * regions are in place before the application reports itself ready for traffic. Every file is read and validated
 * before anything is written; an invalid file stops the start with a {@link RegionImportException}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegionImporter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegionImporter.class);

    private final RegionProperties properties;
    private final RegionSourceReader reader;
    private final RegionStore store;
    private final RegionDirectory directory;

    RegionImporter(RegionProperties properties, ResourceLoader resourceLoader, RegionStore store,
            RegionDirectory directory) {
        this.properties = properties;
        this.reader = new RegionSourceReader(resourceLoader);
        this.store = store;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        importConfiguredFiles();
    }

    ImportBatch importConfiguredFiles() {
        ImportBatch batch = reader.read(properties);
        writeRetryingOnce(batch);
        directory.rebuild();
        log.info("Imported {} regions and {} rivers from {} files", batch.regions().size(), batch.rivers().size(),
                batch.fileCount());
        return batch;
    }

    private void writeRetryingOnce(ImportBatch batch) {
        try {
            store.write(batch, Instant.now());
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            // Nodes that start together import the same files; the loser of such a race finds the rows in place.
            log.warn("Region import collided with a concurrent write, retrying once: {}", e.getMessage());
            store.write(batch, Instant.now());
        }
    }
}
