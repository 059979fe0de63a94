package org.hazardbridge.security;

import org.hazardbridge.common.Caller;

import java.util.List;
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
 */
@Component
@Order(120)
class AuthorizationSetup implements ApplicationRunner {

    static final String RULE_OWNERS = "rule-owners";
    static final String EXPERTS = "experts";
    static final String ANY = Authorization.ANY;

    private static final Logger log = LoggerFactory.getLogger(AuthorizationSetup.class);
    private static final List<String> PROCESSES = List.of("hazard-case", "grading-arbitration");

    private final AuthorizationService authorizations;
    private final IdentityService identity;

    AuthorizationSetup(AuthorizationService authorizations, IdentityService identity) {
        this.authorizations = authorizations;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        identity.createGroupQuery().list().stream().map(Group::getId).forEach(this::grantTo);
        log.info("Standing authorizations checked for {} groups", identity.createGroupQuery().count());
    }

    private void grantTo(String group) {
        if (group.startsWith(Caller.OFFICERS) || group.startsWith(Caller.MANAGERS)) {
            regionGroup(group);
        } else if (group.equals(Caller.SUPERVISORS)) {
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

    private void regionGroup(String group) {
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, "hazard-case", Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_DEFINITION, "grading-arbitration", Permissions.READ);
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
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
