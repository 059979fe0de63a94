package org.hazardbridge.common.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.hazardbridge.common.AsEngine;
import org.hazardbridge.common.BytesInputStream;
import org.hazardbridge.common.FieldProblem;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.common.ProblemBodies;
import org.hazardbridge.common.TaskFormFields;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a task's completion before the engine runs it, on the engine's REST API and on the webapps' engine API,
 * which Tasklist uses: it may set only that task's form fields.
 *
 * <p>The engine writes every variable a completion carries: a name that is not one of the task's form fields (its
 * input parameters, see {@link TaskFormFields}) lands in the case's own variables. So a participant could change
 * {@code grade}, which later forms show, or the {@code region} its task is for, which the task's listeners read,
 * and the trace, which records the form fields, would not show it. Such a completion is refused with 400, naming
 * each variable and the fields the form has; the task stays open. Completing, submitting the form, resolving and
 * throwing a BPMN error or escalation from a task all carry variables and are all checked. A BPMN error or
 * escalation is also refused where the task's process has no event to catch it: the engine would then end the
 * task's execution, past the form and its listeners, and leave the task behind. A task outside a
 * process is left to the engine to answer; one the engine does not know (completed already, say) is answered 404
 * in the engine's error shape, and one completed by another request while this one ran 409; a body that is not
 * JSON, or that gives a name twice, is refused.
 *
 * <p>The filter runs after every other filter on these paths, so that the caller is known first: on the engine's
 * REST API after the product's security chain, on the webapps' after their own authentication and CSRF check.
 */
class TaskCompletionChecks extends OncePerRequestFilter {

    /**
     * Registers the filter once the webapps have registered theirs, so that it comes after them. Spring Boot adds
     * filter beans ahead of the webapps' filters, which their initializer adds later, whatever the beans' order;
     * a servlet container initializer added to Tomcat's context runs after Spring Boot's own, which registers them.
     */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> taskCompletionChecksAfterTheWebappsFilters(
                ObjectProvider<TaskService> tasks, ObjectProvider<RepositoryService> repository,
                ObjectProvider<IdentityService> identity,
                @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
            return factory -> factory.addContextCustomizers(context -> context.addServletContainerInitializer(
                    (classes, servletContext) -> {
                        servletContext.addFilter(TaskCompletionChecks.class.getSimpleName(),
                                new TaskCompletionChecks(tasks, repository, identity, applicationPath))
                                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true,
                                        "/engine-rest/*", applicationPath + "/api/engine/*");
                        // The webapps' servlets are registered by now, so their engine API can be given these too.
                        EngineRestProblems.addToTheWebappsEngineApi(servletContext);
                    }, null));
        }
    }

    private static final String ACTIONS = "/task/([^/]+)/(complete|submit-form|resolve|bpmnError|bpmnEscalation)/?";
    private static final int LIMIT = (int) JsonBodyLimit.LIMIT.toBytes();
    /**
     * Reads a body as the engine's REST API does (the first JSON value; later text is not looked at), except that
     * a name given twice is refused: which of the two the engine would take is not this filter's to guess.
     */
    private static final ObjectMapper ENGINE_LIKE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final ObjectProvider<TaskService> tasks;
    private final ObjectProvider<RepositoryService> repository;
    private final ObjectProvider<IdentityService> identity;
    private final Pattern taskAction;

    /** The engine's services are looked up at the first request, once the engine is up. */
    TaskCompletionChecks(ObjectProvider<TaskService> tasks, ObjectProvider<RepositoryService> repository,
            ObjectProvider<IdentityService> identity, String applicationPath) {
        this.tasks = tasks;
        this.repository = repository;
        this.identity = identity;
        this.taskAction = Pattern.compile("(?:/engine-rest(?:/engine/[^/]+)?|" + Pattern.quote(applicationPath)
                + "/api/engine/engine/[^/]+)" + ACTIONS);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || actionIn(request).isEmpty();
    }

    /** A task's id and what the request does with it: complete, submit-form, resolve, bpmnError, bpmnEscalation. */
    private record TaskAction(String taskId, String action) {

        /** The event a task throws, for the two actions that throw one. */
        Optional<ThrownEvent> thrownEvent() {
            return switch (action) {
                case "bpmnError" -> Optional.of(new ThrownEvent("errorCode", ErrorEventDefinition.class));
                case "bpmnEscalation" ->
                    Optional.of(new ThrownEvent("escalationCode", EscalationEventDefinition.class));
                default -> Optional.empty();
            };
        }
    }

    /** The request's field that names the event, and the kind of event definition that would catch it. */
    private record ThrownEvent(String field, Class<? extends EventDefinition> kind) {
    }

    /** From the path as the container decoded and normalised it, which is the path the engine's resources see. */
    private Optional<TaskAction> actionIn(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Matcher action = taskAction.matcher(path);
        return action.matches() ? Optional.of(new TaskAction(action.group(1), action.group(2))) : Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body;
        try {
            body = request.getInputStream().readNBytes(LIMIT + 1);
        } catch (JsonBodyLimit.BodyTooLargeException tooLarge) {
            body = new byte[LIMIT + 1];
        }
        if (body.length > LIMIT) {
            ProblemBodies.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "payload-too-large",
                    "Payload Too Large", JsonBodyLimit.DETAIL);
            return;
        }
        TaskAction action = actionIn(request).orElseThrow();
        // As the caller (the engine knows the caller by now): a caller the engine will refuse learns nothing here.
        Task task = tasks.getObject().createTaskQuery().taskId(action.taskId()).singleResult();
        if (task == null && !exists(action.taskId())) {
            writeEngineError(response, HttpServletResponse.SC_NOT_FOUND, Map.of("type", "TaskNotFound", "message",
                    "任务 " + action.taskId() + " 不存在：它可能已经完成，或随其阶段撤下"));
            return;
        }
        List<FieldProblem> problems;
        try {
            problems = problems(action, task, variableNames(body));
        } catch (JacksonException notJson) {
            problems = List.of(new FieldProblem("(body)",
                    "请求体须为 JSON，每个名称只出现一次：" + notJson.getOriginalMessage()));
        }
        if (problems.isEmpty()) {
            completeHoldingServerErrors(action, new Replayed(request, body), response, chain);
            return;
        }
        InvalidInputException refused = new InvalidInputException(problems);
        writeEngineError(response, EngineRestProblems.status(refused), EngineRestProblems.body(refused));
    }

    /**
     * Lets the engine run the request, holding back a server error or a refusal (403): when the task is gone by
     * then, another request completed it while this one ran (a form submitted twice at once), or its stage
     * withdrew it, and this one was rolled back whole. The engine then answers 500, or 403 when it found the
     * task's authorizations already removed; that is answered 409 instead. Any other answer goes out as it is.
     */
    private void completeHoldingServerErrors(TaskAction action, HttpServletRequest request,
            HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        WebappOutage.HoldingServerErrors held = new WebappOutage.HoldingServerErrors(response,
                code -> code >= 500 || code == HttpServletResponse.SC_FORBIDDEN);
        chain.doFilter(request, held);
        if (!held.holding() || response.isCommitted()) {
            held.flushWriter();
            return;
        }
        if (exists(action.taskId())) {
            held.release();
            return;
        }
        // Not reset(): the headers the filters before set (the webapps' security headers) stay. The held body is
        // dropped; its length is not this answer's.
        response.setContentLengthLong(-1);
        writeEngineError(response, HttpServletResponse.SC_CONFLICT, Map.of("type", "TaskGoneMeanwhile", "message",
                "任务 " + action.taskId() + " 在本次请求处理期间已被完成或撤下，"
                        + "本次请求未生效"));
    }

    /** An answer in the engine's error shape ({@code type}, {@code message}), which Tasklist shows. */
    private static void writeEngineError(HttpServletResponse response, int status, Map<String, Object> body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        ENGINE_LIKE.writeValue(response.getOutputStream(), body);
    }

    /**
     * Whether the engine knows the task at all, whoever asks. A task already completed (a form submitted twice)
     * is answered 404 here instead of the engine's 500; that a task does not exist the engine says to anyone too.
     */
    private boolean exists(String taskId) {
        return AsEngine.call(identity.getObject(), () -> tasks.getObject().createTaskQuery().taskId(taskId)
                .count() > 0);
    }

    /** The names under {@code variables}; none for an empty body or one without them. */
    private static List<String> variableNames(byte[] body) throws IOException {
        List<String> names = new ArrayList<>();
        if (body.length > 0) {
            ENGINE_LIKE.readTree(body).path("variables").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /**
     * What is wrong with the request for {@code task}; nothing when the caller may not see the task (the engine
     * refuses it) or it belongs to no process. The task's model is read on the product's behalf.
     */
    private List<FieldProblem> problems(TaskAction action, Task task, List<String> names) {
        Optional<ThrownEvent> thrown = action.thrownEvent();
        if (task == null || task.getProcessDefinitionId() == null || names.isEmpty() && thrown.isEmpty()) {
            return List.of();
        }
        BpmnModelInstance model = AsEngine.call(identity.getObject(),
                () -> repository.getObject().getBpmnModelInstance(task.getProcessDefinitionId()));
        List<String> fields = TaskFormFields.of(model.getModelElementById(task.getTaskDefinitionKey()));
        List<FieldProblem> problems = new ArrayList<>();
        thrown.filter(event -> !catches(model, event.kind())).ifPresent(event -> problems.add(
                new FieldProblem(event.field(), "此任务的流程没有接住 BPMN 错误或升级的事件，"
                        + "不能以此结束任务；请提交任务的表单")));
        String allowed = fields.isEmpty() ? "此任务的表单没有字段，完成时不可带变量"
                : "只可提交此任务表单的字段：" + String.join("、", fields);
        names.stream().filter(name -> !fields.contains(name))
                .map(name -> new FieldProblem("variables." + name, "不是此任务表单的字段；" + allowed))
                .forEach(problems::add);
        return problems;
    }

    /**
     * Whether the process has an event that catches a BPMN error, or an escalation, thrown from a task (a boundary
     * event, or the start of an event subprocess). Without one, the engine ends the task's execution and leaves
     * the task behind; the product's processes have none.
     */
    private static boolean catches(BpmnModelInstance model, Class<? extends EventDefinition> kind) {
        return model.getModelElementsByType(kind).stream().map(ModelElementInstance::getParentElement)
                .anyMatch(event -> event instanceof BoundaryEvent || event instanceof StartEvent);
    }

    /** The request with its body, already read here, to be read again by the engine's resource. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BytesInputStream(body);
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
