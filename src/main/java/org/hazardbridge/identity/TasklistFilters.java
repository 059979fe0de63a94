package org.hazardbridge.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters when absent (Tasklist shows no task without one): my tasks, my groups' tasks,
 * due within 24 hours and overdue, each readable by every user and showing the case's key variables.
 */
@Component
@Order(110)
class TasklistFilters implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        create("我的任务", 10, "分配给我的任务",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        create("我所在组的任务", 20, "我所在地区与岗位的任务，含已被认领的", groupTasks());
        create("24小时内到期", 30, "我的与我所在组的任务中，24 小时内到期的",
                mine().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusHours(24).toDate()}"));
        create("已超期", 40, "我的与我所在组的任务中，已过期限的",
                mine().dueBeforeExpression("${now()}"));
    }

    private TaskQuery groupTasks() {
        return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks();
    }

    private TaskQuery mine() {
        return tasks.createTaskQuery().or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .endOr();
    }

    private void create(String name, int priority, String description, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name).setOwner("admin").setQuery(query)
                .setProperties(properties(priority, description));
        filters.saveFilter(filter);
        grantReadToEveryone(filter);
        log.info("Created Tasklist filter {}", name);
    }

    private void grantReadToEveryone(Filter filter) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        grant.setResource(Resources.FILTER);
        grant.setResourceId(filter.getId());
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
    }

    private static Map<String, Object> properties(int priority, String description) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("variables", List.of(
                variable("caseNumber", "案件编号"), variable("regionName", "地区"),
                variable("hazardTypeText", "隐患类型"), variable("grade", "等级"),
                variable("title", "隐患标题")));
        return properties;
    }

    private static Map<String, String> variable(String name, String label) {
        return Map.of("name", name, "label", label);
    }
}
