package org.hazardbridge.region;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiverRepository extends JpaRepository<River, Long> {

    /** Every river with its flow, in the order they were imported. */
    @EntityGraph(attributePaths = "flow")
    List<River> findAllByOrderByIdAsc();
}
