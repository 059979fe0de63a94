package org.hazardbridge.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.hazardbridge.common.AsEngine;
import org.hazardbridge.common.Caller;
import org.hazardbridge.expert.ExpertPool;
import org.hazardbridge.expert.ExpertProfile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The region a user acts for, from their groups: {@code officersN} or {@code managersN} give the district N, the
 * supervisors the supervising body (their group's name, 示范区执委会), an expert the region they are affiliated
 * with. The engine acting on its own (timers, asynchronous steps) is {@value #SYSTEM}. Groups are read on the
 * product's behalf: the acting user need not be allowed to read group records for their region to be known.
 * Within one transaction a user's region is read once (a step writes several entries by the same user). For the
 * user the engine is acting for, a district comes from the groups of the engine's current authentication, the ones
 * the step's authorization checks use, without reading them again (in a webapp session they may be up to the
 * webapps' cache time, five minutes, older than the membership: the entry names the region the step was checked
 * for).
 */
@Component
class UserRegions {

    static final String SYSTEM = "system";
    static final String NONE = "none";

    private static final String SUPERVISORS = "supervisors";
    private static final String EXPERTS = "experts";

    private final IdentityService identity;
    private final ExpertPool experts;

    UserRegions(IdentityService identity, ExpertPool experts) {
        this.identity = identity;
        this.experts = experts;
    }

    String regionOf(String userId) {
        if (SYSTEM.equals(userId)) {
            return SYSTEM;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return lookUp(userId);
        }
        return knownInThisTransaction().computeIfAbsent(userId, this::lookUp);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> knownInThisTransaction() {
        Map<String, String> known =
                (Map<String, String>) TransactionSynchronizationManager.getResource(UserRegions.class);
        if (known == null) {
            Map<String, String> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(UserRegions.class, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(UserRegions.class);
                }
            });
            known = fresh;
        }
        return known;
    }

    private String lookUp(String userId) {
        var acting = identity.getCurrentAuthentication();
        if (acting != null && userId.equals(acting.getUserId()) && acting.getGroupIds() != null) {
            // The groups the engine checks this user's step against: no query for a district's officer or manager.
            Optional<String> district = district(acting.getGroupIds().stream().sorted());
            if (district.isPresent()) {
                return district.get();
            }
        }
        List<Group> groups = AsEngine.call(identity,
                () -> identity.createGroupQuery().groupMember(userId).orderByGroupId().asc().list());
        return district(groups.stream().map(Group::getId))
                .or(() -> groups.stream().filter(g -> g.getId().equals(SUPERVISORS)).findFirst().map(UserRegions::name))
                .or(() -> groups.stream().anyMatch(g -> g.getId().equals(EXPERTS)) ? affiliation(userId)
                        : Optional.empty())
                .orElse(NONE);
    }

    /** The district of the first officers' or managers' group among the ids, in their order. */
    private static Optional<String> district(Stream<String> groupIds) {
        return groupIds.map(Caller::districtOf).flatMap(Optional::stream).findFirst();
    }

    private Optional<String> affiliation(String userId) {
        return experts.find(userId).map(ExpertProfile::affiliatedAdcode).or(() -> Optional.of(EXPERTS));
    }

    private static String name(Group group) {
        return group.getName() == null || group.getName().isBlank() ? group.getId() : group.getName();
    }
}
