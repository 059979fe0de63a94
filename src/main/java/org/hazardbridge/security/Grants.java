package org.hazardbridge.security;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Grants groups permissions on one resource, each unless it already has an authorization for it. */
final class Grants {

    private Grants() {
    }

    static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
            Permission... permissions) {
        if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
                .resourceId(resourceId).count() > 0) {
            return;
        }
        save(authorizations, group, resource, resourceId, permissions);
    }

    /**
     * Grants each of the groups the permissions on one resource that has few authorizations (such as one process
     * instance), with one query for the authorizations already there instead of one per group.
     */
    static void grantEach(AuthorizationService authorizations, Collection<String> groups, Resource resource,
            String resourceId, Permission... permissions) {
        Set<String> present = authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId)
                .list().stream().map(Authorization::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
        for (String group : groups) {
            if (present.add(group)) {
                save(authorizations, group, resource, resourceId, permissions);
            }
        }
    }

    private static void save(AuthorizationService authorizations, String group, Resource resource,
            String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
