package org.hazardbridge.security;

import org.hazardbridge.common.Caller;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The standing Camunda authorizations, granted at start-up when absent. Region groups may use Tasklist and start a
 * case; what they may see of a case is granted per case (see {@link RegionAuthorizations}). Supervisors read
 * everything; rule owners and admins deploy; no one else may create deployments.
 *
 * <p>The region groups' standing grants are held once, by the group {@value #REGIONS}, which every officers' or
 * managers' group counts as in the engine's checks ({@link AuthorizedGroupsPlugin}). So they do not grow with the
 * districts, and a district group an admin creates later may use Tasklist at once, without a restart. The grants
 * earlier versions gave each region group are removed here (only those, exactly), so nodes of an earlier version
 * must not run beside this one: they would no longer find them. A REVOKE on one district's group does not stand
 * against the grant of {@value #REGIONS} (the engine checks a group's grant on a resource before a group's revoke);
 * to shut a district out, remove its users from its group or revoke per user.
 */
@Component
@Order(120)
class AuthorizationSetup implements ApplicationRunner {

    static final String RULE_OWNERS = "rule-owners";
    /** Holds the grants every region group has; no user needs to be its member. */
    static final String REGIONS = "regions";
    static final String EXPERTS = "experts";
    static final String ANY = Authorization.ANY;

    private static final Logger log = LoggerFactory.getLogger(AuthorizationSetup.class);
    private static final List<String> PROCESSES = List.of("hazard-case", "grading-arbitration");

    /** A standing grant of {@value #REGIONS}: what every region group may do. */
    private record RegionGrant(Resource resource, String resourceId, Set<Permission> permissions) {
    }

    private static final List<RegionGrant> REGION_GRANTS = List.of(
            new RegionGrant(Resources.APPLICATION, "tasklist", Set.of(Permissions.ACCESS)),
            new RegionGrant(Resources.PROCESS_DEFINITION, "hazard-case",
                    Set.of(Permissions.READ, Permissions.CREATE_INSTANCE)),
            new RegionGrant(Resources.PROCESS_DEFINITION, "grading-arbitration", Set.of(Permissions.READ)),
            new RegionGrant(Resources.PROCESS_INSTANCE, ANY, Set.of(Permissions.CREATE)));

    private final AuthorizationService authorizations;
    private final IdentityService identity;

    AuthorizationSetup(AuthorizationService authorizations, IdentityService identity) {
        this.authorizations = authorizations;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.createGroupQuery().groupId(REGIONS).count() == 0) {
            Group regions = identity.newGroup(REGIONS);
            regions.setName("全部区县（凡属任一区县的干部组、领导组者，"
                    + "权限检查时即属本组）");
            regions.setType("WORKFLOW");
            identity.saveGroup(regions);
        }
        for (RegionGrant standing : REGION_GRANTS) {
            grant(REGIONS, standing.resource(), standing.resourceId(),
                    standing.permissions().toArray(Permission[]::new));
        }
        removeGrantsOfEachRegionGroup();
        // Only the groups with grants of their own: the region groups, however many, need none.
        List<Group> groups = identity.createGroupQuery()
                .groupIdIn(Caller.SUPERVISORS, EXPERTS, RULE_OWNERS, Caller.ADMINS).list();
        groups.stream().map(Group::getId).forEach(this::grantTo);
        log.info("Standing authorizations checked for group {} and {} others", REGIONS, groups.size());
    }

    /**
     * Removes the standing grants earlier versions gave each region group, now held by {@value #REGIONS}: only
     * grants of exactly the permissions those versions gave, so that anything an admin granted or revoked stays.
     */
    private void removeGrantsOfEachRegionGroup() {
        for (RegionGrant standing : REGION_GRANTS) {
            for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(standing.resource())
                    .resourceId(standing.resourceId()).authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
                if (grant.getGroupId() != null && AuthorizedGroupsPlugin.isRegionGroup(grant.getGroupId())
                        && granted(grant).equals(standing.permissions())) {
                    authorizations.deleteAuthorization(grant.getId());
                    log.info("Standing grant of group {} on {} {} removed: group {} holds it for all region groups",
                            grant.getGroupId(), standing.resource().resourceName(), standing.resourceId(), REGIONS);
                }
            }
        }
    }

    private static Set<Permission> granted(Authorization grant) {
        return Arrays.stream(Permissions.values()).filter(p -> p != Permissions.NONE && p != Permissions.ALL)
                .filter(grant::isPermissionGranted).collect(Collectors.toSet());
    }

    private void grantTo(String group) {
        if (group.equals(Caller.SUPERVISORS)) {
            supervisors(group);
        } else if (group.equals(EXPERTS)) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            PROCESSES.forEach(key -> grant(group, Resources.PROCESS_DEFINITION, key, Permissions.READ));
        } else if (group.equals(RULE_OWNERS)) {
            ruleOwners(group);
        } else if (group.equals(Caller.ADMINS)) {
            for (Resource resource : Resources.values()) {
                grant(group, resource, ANY, Permissions.ALL);
            }
        }
    }

    private void supervisors(String group) {
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(group, Resources.TASK, ANY, Permissions.READ);
        grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }

    private void ruleOwners(String group) {
        grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(group, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
        grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Grants.grant(authorizations, group, resource, resourceId, permissions);
    }
}
