package org.hazardbridge.common.web;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.hazardbridge.common.InputProblemException;
import org.hazardbridge.common.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers input the product refuses inside the engine (a start form or task form that breaks a rule) with 400 or
 * 422 and the engine's error shape, instead of the engine's generic 500; Tasklist shows the message on the form.
 * A request that lost to another changing the same task or case at the same moment (one form submitted twice at
 * once) is answered 409 instead of 500. This holds on the engine's REST API ({@code /engine-rest}) and on the
 * webapps' engine API that Tasklist uses, whose JAX-RS application gets the same mappers by name
 * ({@link #WEBAPP_PROVIDERS}, see {@link TaskCompletionChecks}).
 */
@Component
public class EngineRestProblems implements ResourceConfigCustomizer {

    /** The mappers, as Jersey's {@code jersey.config.server.provider.classnames} takes them. */
    static final String WEBAPP_PROVIDERS = String.join(",", InputProblemMapper.class.getName(),
            WrappedInputProblemMapper.class.getName(), ConcurrentChangeMapper.class.getName());
    /** The servlet the webapps register for their engine API, and Jersey's parameter for more providers. */
    private static final String WEBAPPS_ENGINE_API = "Engine Api";
    private static final String PROVIDER_CLASSNAMES = "jersey.config.server.provider.classnames";

    private static final Logger log = LoggerFactory.getLogger(EngineRestProblems.class);

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(new InputProblemMapper());
        config.register(new WrappedInputProblemMapper(), Priorities.USER - 100);
        config.register(new ConcurrentChangeMapper(), Priorities.USER - 100);
    }

    /**
     * Gives the webapps' engine API, a JAX-RS application of its own, the same mappers: Jersey adds the providers
     * its servlet's init parameter names. To be called once the webapps' initializer has registered the servlet
     * and before it starts ({@link TaskCompletionChecks} does, from Tomcat's context).
     */
    static void addToTheWebappsEngineApi(ServletContext servletContext) {
        ServletRegistration engineApi = servletContext.getServletRegistration(WEBAPPS_ENGINE_API);
        if (engineApi == null) {
            // No webapps: switched off, or a start-up that failed before they were registered.
            log.debug("No servlet {}: the webapps are not running here", WEBAPPS_ENGINE_API);
            return;
        }
        if (!engineApi.setInitParameter(PROVIDER_CLASSNAMES, WEBAPP_PROVIDERS)) {
            log.warn("Tasklist's engine API ({}) already names its own providers, so it keeps them: a form a"
                    + " listener refuses gets the engine's 500 there", WEBAPPS_ENGINE_API);
        }
    }

    /**
     * The engine's REST API answers a task completion whose listener refused the input (a rule of a task form,
     * such as an expert's score out of range) with its own 500: the engine wraps a task listener's exception, and
     * the resource turns it into a {@link RestException}. This finds the refusal in it and answers as above; any
     * other {@code RestException} gets the engine's own answer.
     */
    @Priority(Priorities.USER - 100)
    public static class WrappedInputProblemMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler engines = new RestExceptionHandler();
        private final InputProblemMapper inputs = new InputProblemMapper();

        @Override
        public Response toResponse(RestException e) {
            InputProblemException problem = ProblemAdvice.causeOfType(e, InputProblemException.class);
            if (problem != null) {
                return inputs.toResponse(problem);
            }
            return ProblemAdvice.causeOfType(e, OptimisticLockingException.class) != null ? concurrentChange()
                    : engines.toResponse(e);
        }
    }

    /** A request that lost to another changing the same task or case at the same moment (a form sent twice). */
    @Priority(Priorities.USER - 100)
    public static class ConcurrentChangeMapper implements ExceptionMapper<OptimisticLockingException> {

        @Override
        public Response toResponse(OptimisticLockingException e) {
            return concurrentChange();
        }
    }

    /**
     * 409 instead of the engine's 500: the engine rolled the request back whole, because another request changed
     * the same task or case first (two submissions of one form); the other one stands.
     */
    private static Response concurrentChange() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", OptimisticLockingException.class.getSimpleName());
        body.put("message", "另一请求同时修改了此任务或案件，本次请求未生效；"
                + "请刷新后查看任务是否仍待办");
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    public static class InputProblemMapper implements ExceptionMapper<InputProblemException> {

        @Override
        public Response toResponse(InputProblemException e) {
            log.debug("Engine REST input refused: {}", e.getMessage());
            return Response.status(status(e)).type(MediaType.APPLICATION_JSON_TYPE).entity(body(e)).build();
        }
    }

    /** The engine's error shape ({@code type}, {@code message}), which Tasklist shows, with every field at fault. */
    static Map<String, Object> body(InputProblemException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", e.getClass().getSimpleName());
        body.put("message", e.getMessage());
        body.put("errors", e.problems());
        return body;
    }

    static int status(InputProblemException e) {
        return e instanceof InvalidInputException ? 400 : 422;
    }
}
