package org.hazardbridge.common.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hazardbridge.common.ConflictException;
import org.hazardbridge.common.DatabaseOutage;
import org.hazardbridge.common.FieldProblem;
import org.hazardbridge.common.ForbiddenException;
import org.hazardbridge.common.InputProblemException;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns the product's exceptions into {@code ProblemDetail} answers with a stable {@code type} per kind. Client
 * messages name the field and the rule and never an internal detail. 5xx is logged at ERROR with the trace,
 * conflicts at WARN, validation at DEBUG.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String TYPES = "https://hazardbridge.org/problems/";

    private final DatabaseOutage outage;

    ProblemAdvice(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return inputProblem(new InvalidInputException(problems));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        log.debug("Unreadable request body: {}", e.getMessage());
        JsonBodyLimit.BodyTooLargeException tooLarge = causeOfType(e, JsonBodyLimit.BodyTooLargeException.class);
        if (tooLarge != null) {
            return bodyTooLarge(tooLarge);
        }
        if (e instanceof UnparsableBody syntax) {
            return bodyProblem("请求体不是有效的 JSON：第 " + syntax.line() + " 行第 " + syntax.column()
                    + " 列（" + syntax.reason() + "）", syntax.line(), syntax.column());
        }
        JsonMappingException mapping = causeOfType(e, JsonMappingException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            // Only Jackson's first refusal: the body was too large, or not in UTF, to be read again for more.
            return inputProblem(new InvalidInputException(List.of(new FieldProblem(EveryFieldProblem.fieldOf(mapping),
                    EveryFieldProblem.ruleOf(mapping))), true));
        }
        if (mapping != null && mapping.getOriginalMessage() != null
                && mapping.getOriginalMessage().startsWith("Trailing token")) {
            return bodyProblem("请求体在 JSON 值之后还有多余的内容", 0, 0);
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            // Valid JSON of the wrong shape, such as an array or a string where the request is one object.
            boolean many = mismatch.getTargetType().isArray()
                    || Collection.class.isAssignableFrom(mismatch.getTargetType());
            return bodyProblem(many ? "请求体须为一个 JSON 数组（[...]）"
                    : "请求体须为一个 JSON 对象（{...}），不能是数组、文本、数字或 null", 0, 0);
        }
        String message = e.getMessage();
        if (mapping == null && message != null && message.startsWith("Required request body is missing")) {
            // No body at all, or the JSON literal null.
            return bodyProblem("请求体为空或为 null：须为一个 JSON 对象（{...}）", 0, 0);
        }
        // JSON Jackson would not read for its size limits (a 5,000-digit number, very deep nesting), or a body
        // that reached here without passing the product's converter.
        return bodyProblem("请求体不是有效的 JSON", 0, 0);
    }

    /**
     * A refusal of the body as a whole: its {@code errors} names the field {@code (body)}, and, where the parser
     * stopped ({@code line} above 0), {@code line} and {@code column} (in characters, from 1) say where.
     */
    private static ProblemDetail bodyProblem(String message, int line, int column) {
        ProblemDetail detail = problem(HttpStatus.BAD_REQUEST, "invalid-input", message);
        detail.setProperty("errors", List.of(Map.of("field", "(body)", "message", message)));
        if (line > 0) {
            detail.setProperty("line", line);
            detail.setProperty("column", column);
        }
        return detail;
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MethodArgumentTypeMismatchException.class})
    ProblemDetail badParameter(Exception e) {
        log.debug("Bad request parameter: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "请求参数缺失或格式不符：" + parameterName(e));
    }

    /** The firewall found a header value HTTP does not allow (such as a non-ASCII key) when it was read. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejectedHeader(RequestRejectedException e) {
        log.debug("Request rejected: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "invalid-input",
                "请求头含有 HTTP 不允许的字符（请求头只能用 ASCII 字符，"
                        + "如 Idempotency-Key 用 UUID）");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
                .collect(Collectors.joining("、"));
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "不支持的请求体类型 "
                + (e.getContentType() == null ? "（未注明）" : e.getContentType()) + "；须为 " + supported);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "上传文件超过大小上限");
    }

    /** A multipart body that cannot be parsed (no boundary, a part cut short); too large is answered above. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        log.debug("Unreadable multipart body: {}", e.getMessage());
        return bodyProblem("上传请求不是有效的 multipart/form-data：须注明 boundary，"
                + "且 file 部分完整", 0, 0);
    }

    @ExceptionHandler(JsonBodyLimit.BodyTooLargeException.class)
    ProblemDetail bodyTooLarge(JsonBodyLimit.BodyTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        log.warn("Refused: {}", e.getMessage());
        return problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingException.class})
    ProblemDetail conflict(RuntimeException e) {
        log.warn("Conflict: {}", e.getMessage());
        String detail = e instanceof ConflictException ? e.getMessage() : "案件正被同时修改，请稍后重试";
        return problem(HttpStatus.CONFLICT, "conflict", detail);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        ProblemDetail known = known(e);
        if (known != null) {
            return ResponseEntity.status(known.getStatus()).body(known);
        }
        if (outage.explains(e)) {
            log.warn("Request refused, the database cannot be reached: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                            DatabaseOutage.MESSAGE));
        }
        log.error("Request failed", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "服务器内部错误，已记录，请联系管理员"));
    }

    /** A refusal the product made, wrapped by the engine or a framework on its way out; null if none. */
    private ProblemDetail known(RuntimeException e) {
        InputProblemException input = causeOfType(e, InputProblemException.class);
        if (input != null) {
            return inputProblem(input);
        }
        JsonBodyLimit.BodyTooLargeException tooLarge = causeOfType(e, JsonBodyLimit.BodyTooLargeException.class);
        if (tooLarge != null) {
            return bodyTooLarge(tooLarge);
        }
        if (hasCauseNamed(e, "InvalidFileNameException")) {
            return inputProblem(new InvalidInputException("file", "文件名含有不允许的字符（如 NUL）"));
        }
        ConflictException conflict = causeOfType(e, ConflictException.class);
        if (conflict != null) {
            return conflict(conflict);
        }
        return null;
    }

    @ExceptionHandler(InputProblemException.class)
    ProblemDetail inputProblem(InputProblemException e) {
        log.debug("Input refused: {}", e.getMessage());
        boolean malformed = e instanceof InvalidInputException;
        ProblemDetail detail = problem(malformed ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY,
                malformed ? "invalid-input" : "unprocessable-input", e.getMessage());
        detail.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        if (e.cut()) {
            detail.setProperty("errorsCut", true);
            detail.setDetail(e.getMessage() + "（仅列出部分字段：改正后再次提交，"
                    + "可见其余问题）");
        }
        return detail;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        return problem;
    }

    /** The first of {@code e} and its causes that is a {@code type}; null if none. */
    static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static boolean hasCauseNamed(Throwable e, String simpleName) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    private static String parameterName(Exception e) {
        if (e instanceof MissingServletRequestParameterException missing) {
            return missing.getParameterName();
        }
        if (e instanceof MissingServletRequestPartException missing) {
            return missing.getRequestPartName();
        }
        return ((MethodArgumentTypeMismatchException) e).getName();
    }
}
