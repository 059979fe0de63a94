package org.hazardbridge.expert;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The expert pool: every profile, and the experts eligible to score a given dispute. */
@Service
@Transactional(readOnly = true)
public class ExpertPool {

    private final ExpertProfileRepository profiles;

    ExpertPool(ExpertProfileRepository profiles) {
        this.profiles = profiles;
    }

    public List<ExpertProfile> all() {
        return profiles.findAllByOrderByUserId();
    }

    public Optional<ExpertProfile> find(String userId) {
        return profiles.findById(userId);
    }

    /**
     * The active experts whose specialties cover the hazard type and who are affiliated with none of the disputing
     * regions, ordered by user id so that a seeded draw over them can be replayed.
     */
    public List<ExpertProfile> eligible(String hazardType, List<String> disputingRegions) {
        return all().stream()
                .filter(ExpertProfile::active)
                .filter(expert -> expert.covers(hazardType))
                .filter(expert -> !expert.affiliatedWithAnyOf(disputingRegions))
                .toList();
    }

    /** Whether an expert may sit on a panel of this dispute when a supervisor names them by hand. */
    public boolean mayBeAppointed(String userId, List<String> disputingRegions) {
        return appointable(disputingRegions).stream().anyMatch(expert -> expert.userId().equals(userId));
    }

    /** The active experts a supervisor may name for a dispute between these regions, whatever their specialty. */
    public List<ExpertProfile> appointable(List<String> disputingRegions) {
        return all().stream().filter(ExpertProfile::active)
                .filter(expert -> !expert.affiliatedWithAnyOf(disputingRegions)).toList();
    }

    @Transactional
    public void register(ExpertProfile profile) {
        if (!profiles.existsById(profile.userId())) {
            profiles.save(profile);
        }
    }
}
