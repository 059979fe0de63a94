package org.hazardbridge.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.hazardbridge.common.Caller;
import org.hazardbridge.common.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Rule owners deploy decision tables, not processes: a process model runs expressions with access to every bean,
 * so only {@code camunda-admin} (and the application itself at start-up) may deploy BPMN. The engine has no
 * permission by resource type, so a parse listener refuses the process when a non-admin deploys it.
 *
 * <p>The engine also parses a process when it loads an existing deployment into its cache: after a restart, on a
 * node that did not deploy it, or after the cache evicted it. That happens inside whatever command a user runs, a
 * report or a task query, and must not be refused; only a parse inside a deployment command is one.
 */
@Component
class ProcessDeploymentGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
                configuration.getCustomPreBPMNParseListeners() == null
                        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                refuseUnlessAdmin(configuration.getIdentityService(), processDefinition.getKey());
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    private static void refuseUnlessAdmin(IdentityService identity, String processKey) {
        CommandInvocationContext command = Context.getCommandInvocationContext();
        if (command == null || !(command.getCommand() instanceof DeployCmd)) {
            return;
        }
        var caller = identity.getCurrentAuthentication();
        if (caller != null && (caller.getGroupIds() == null || !caller.getGroupIds().contains(Caller.ADMINS))) {
            throw new ForbiddenException("只有系统管理员可以部署流程模型（" + processKey
                    + "）；规则维护人只能部署决策表");
        }
    }
}
