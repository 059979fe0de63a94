package org.hazardbridge.common.web;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.hazardbridge.common.FieldProblem;
import org.hazardbridge.common.InvalidInputException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Names every field of a JSON request body that has a value of the wrong type or is unknown, not only the first.
 * Jackson stops at the first such field. When it does, the body is read again as a tree without that field, and
 * again, until Jackson accepts the rest: each field named is one Jackson itself refused, by the same rules (the
 * application's {@link ObjectMapper}), and the body is then refused naming them all. Each pass binds the body once
 * more, so at most {@value #MOST} fields are named, and a body over {@value #READ_AGAIN_UP_TO} bytes (far more than a
 * report) or in a charset other than UTF is refused with the first field alone, as Jackson names it; either way the
 * refusal says that its list was cut. It also holds the one reading rule Spring Boot has no property for: no number
 * is taken for true or false.
 */
@Configuration(proxyBeanMethods = false)
class EveryFieldProblem {

    static final String WRONG_TYPE = "类型不符或超出范围"
            + "（须为相应的文本、整数、数字或 true/false）";
    static final String UNKNOWN_FIELD = "未知字段";
    static final int MOST = 20;
    static final int READ_AGAIN_UP_TO = 65_536;

    /**
     * A number is not a yes or no: Jackson would take {@code 1} for {@code true}, and a report's
     * {@code majorHazardSituation} decides its legal class.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictBooleans() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }

    /** Spring Boot's converter for JSON on the application's mapper, naming every bad field. */
    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper mapper) {
        return new Converter(mapper);
    }

    /** The field a mapping error is about, as a dotted path with indexes; empty for the body itself. */
    static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The rule a refused value broke: unknown, or the type the field takes where Jackson names it. */
    static String ruleOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return UNKNOWN_FIELD;
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return WRONG_TYPE;
        }
        if (type == Integer.class || type == Long.class || type == Short.class || type == int.class
                || type == long.class || type == short.class) {
            return "类型不符：须为整数（不带小数部分的数字）";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "类型不符：须为数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "类型不符：须为 true 或 false";
        }
        if (type == String.class) {
            return "类型不符：须为文本";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "类型不符：须为 JSON 数组";
        }
        return type.isEnum() ? WRONG_TYPE : "类型不符：须为 JSON 对象";
    }

    private static final class Converter extends MappingJackson2HttpMessageConverter {

        Converter(ObjectMapper mapper) {
            super(mapper);
        }

        @Override
        public Object read(Type type, Class<?> contextClass, HttpInputMessage input) throws IOException {
            byte[] body = input.getBody().readAllBytes();
            try {
                return super.read(type, contextClass, copy(body, input.getHeaders()));
            } catch (HttpMessageNotReadableException e) {
                StreamReadException syntax = ProblemAdvice.causeOfType(e, StreamReadException.class);
                if (syntax != null && syntax.getLocation() != null && syntax.getLocation().getLineNr() > 0) {
                    // Not JSON, even where the parser was inside a field's value: the body's fault, not the field's.
                    throw UnparsableBody.of(e, syntax, body, isUtf8(input.getHeaders()), input);
                }
                JsonMappingException first = ProblemAdvice.causeOfType(e, JsonMappingException.class);
                if (first == null || fieldOf(first).isEmpty() || body.length > READ_AGAIN_UP_TO
                        || !isUnicode(input.getHeaders())) {
                    throw e;
                }
                throw everyProblem(body, getJavaType(type, contextClass), first);
            }
        }

        /**
         * The first problem, and those Jackson finds in the body read again without the fields found before; cut
         * when it stopped at {@value #MOST} with more to find, or could not read on.
         */
        private InvalidInputException everyProblem(byte[] body, JavaType type, JsonMappingException first) {
            List<FieldProblem> problems = new ArrayList<>();
            problems.add(new FieldProblem(fieldOf(first), ruleOf(first)));
            boolean cut = false;
            try {
                JsonNode tree = getObjectMapper().readTree(body);
                JsonMappingException next = first;
                while (next != null) {
                    if (!remove(tree, next.getPath())) {
                        cut = true;
                        break;
                    }
                    next = nextProblem(tree, type);
                    if (next == null) {
                        break;
                    }
                    if (problems.size() == MOST) {
                        cut = true;
                        break;
                    }
                    problems.add(new FieldProblem(fieldOf(next), ruleOf(next)));
                }
            } catch (IOException | RuntimeException e) {
                // The body cannot be read as a tree after all: the first problem is what there is to say.
                cut = true;
            }
            return new InvalidInputException(problems.stream().distinct()
                    .sorted(Comparator.comparing(FieldProblem::field)).toList(), cut);
        }

        /** The field Jackson refuses next in the tree, or null when it binds (or fails on no field). */
        private JsonMappingException nextProblem(JsonNode tree, JavaType type) throws IOException {
            try {
                getObjectMapper().readerFor(type).readValue(tree);
                return null;
            } catch (JsonMappingException again) {
                return fieldOf(again).isEmpty() ? null : again;
            }
        }

        /** Takes the node at the path out of the tree (an array element becomes null); false if it is not there. */
        private static boolean remove(JsonNode tree, List<JsonMappingException.Reference> path) {
            JsonNode parent = tree;
            for (int i = 0; i < path.size() - 1; i++) {
                parent = step(parent, path.get(i));
                if (parent == null) {
                    return false;
                }
            }
            JsonMappingException.Reference last = path.get(path.size() - 1);
            if (last.getFieldName() != null && parent instanceof ObjectNode object && object.has(last.getFieldName())) {
                object.remove(last.getFieldName());
                return true;
            }
            if (last.getFieldName() == null && parent instanceof ArrayNode array && last.getIndex() >= 0
                    && last.getIndex() < array.size() && !array.get(last.getIndex()).isNull()) {
                array.set(last.getIndex(), NullNode.getInstance());
                return true;
            }
            return false;
        }

        private static JsonNode step(JsonNode node, JsonMappingException.Reference reference) {
            if (reference.getFieldName() != null) {
                return node.isObject() ? node.get(reference.getFieldName()) : null;
            }
            return node.isArray() && reference.getIndex() >= 0 ? node.get(reference.getIndex()) : null;
        }

        /** UTF-8, -16 or -32, which Jackson tells apart in the bytes, as JSON allows. */
        /** The body's declared charset; null when none is declared (JSON is then UTF-8). */
        private static Charset charsetOf(HttpHeaders headers) {
            MediaType type = headers.getContentType();
            return type == null ? null : type.getCharset();
        }

        private static boolean isUtf8(HttpHeaders headers) {
            Charset charset = charsetOf(headers);
            return charset == null || charset.equals(StandardCharsets.UTF_8);
        }

        private static boolean isUnicode(HttpHeaders headers) {
            Charset charset = charsetOf(headers);
            return charset == null || charset.name().startsWith("UTF-");
        }

        private static HttpInputMessage copy(byte[] body, HttpHeaders headers) {
            return new HttpInputMessage() {
                @Override
                public InputStream getBody() {
                    return new ByteArrayInputStream(body);
                }

                @Override
                public HttpHeaders getHeaders() {
                    return headers;
                }
            };
        }
    }
}
