package org.hazardbridge.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.hazardbridge.common.Caller;
import org.springframework.stereotype.Component;

/**
 * Spares every engine command a scan of the whole authorization table.
 *
 * <p>Before its first authorization check in a command, Camunda 7 reads {@code select distinct GROUP_ID_ from
 * ACT_RU_AUTHORIZATION} and keeps only the caller's groups that occur in it. The product grants each region every
 * case and task it is involved in, so the table holds some ten rows per case and the scan grows with the cases: at
 * 28,806 open cases (310,000 rows) it took 35 ms on PostgreSQL, in every report, task query and completion.
 * Skipping the filter changes no result: a group without any authorization row matches nothing in the checks'
 * {@code GROUP_ID_ IN (...)}, so passing a user's few groups as they are gives the same answers. The product's users
 * are in two or three groups; above {@value #FILTER_ABOVE} groups the engine's own filter runs as before, so that
 * a caller in very many groups does not make the checks' lists long. (The same change is upstream's issue
 * camunda-bpm-platform#5485 and an option of the maintained forks.)
 *
 * <p>It also counts a member of any district's officers' or managers' group as a member of {@value #REGIONS},
 * the group that holds the standing grants all region groups share (see {@link AuthorizationSetup}). That holds
 * in every check the engine's authorization manager makes: commands, queries, {@code isUserAuthorized} and so the
 * webapps' choice of the apps a user may open. It does not hold where the group ids are read as they are: the
 * engine's current authentication, {@code currentUserGroups()} in Tasklist's filters, Admin's member lists, and
 * Cockpit plugins' own queries, which build their checks outside this manager (no region group opens Cockpit).
 */
@Component
class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

    static final int FILTER_ABOVE = 32;
    static final String REGIONS = AuthorizationSetup.REGIONS;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new UnfilteredGroupsAuthorizationManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** An officers' or managers' group of a district: the prefix and the district's six-digit code. */
    static boolean isRegionGroup(String groupId) {
        return Caller.districtOf(groupId).isPresent();
    }

    static final class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> groupIds) {
            if (groupIds == null || groupIds.isEmpty()) {
                return super.filterAuthenticatedGroupIds(groupIds);
            }
            List<String> groups = new ArrayList<>(new LinkedHashSet<>(groupIds));
            if (groups.stream().anyMatch(AuthorizedGroupsPlugin::isRegionGroup) && !groups.contains(REGIONS)) {
                groups.add(REGIONS);
            }
            return groups.size() > FILTER_ABOVE ? super.filterAuthenticatedGroupIds(groups) : groups;
        }
    }
}
