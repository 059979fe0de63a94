package org.hazardbridge.expert;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertProfileRepository extends JpaRepository<ExpertProfile, String> {

    List<ExpertProfile> findAllByOrderByUserId();
}
