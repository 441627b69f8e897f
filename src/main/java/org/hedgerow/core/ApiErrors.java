package org.hedgerow.core;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error an API call can meet into problem details a person can act on: which fields are
 * wrong and why, what was not found, what conflicted. Unexpected errors say nothing of the internals.
 * Our own errors ({@link ProblemException}: not found, forbidden, conflict, invalid) carry their problem
 * details and are written by the handler this extends.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new LinkedHashMap<String, String>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            // A query value that is not of its parameter's type ("?size=abc") says what it must be, not Spring's
            // "Failed to convert property value of type ..." text.
            errors.putIfAbsent(error.getField(), error.isBindingFailure()
                    ? mustBe(ex.getBindingResult().getFieldType(error.getField())) : error.getDefaultMessage());
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
        return ResponseEntity.badRequest()
                .body(ProblemDetails.invalid("Some fields are not valid: " + String.join(", ", errors.keySet()), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new LinkedHashMap<String, String>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.putIfAbsent(result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
        return ResponseEntity.badRequest()
                .body(ProblemDetails.invalid("Some parameters are not valid: " + String.join(", ", errors.keySet()),
                        errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A value of the wrong kind for a field ("days": ["Tuesdy"]) is named, so the caller can fix it.
        if (ex.getCause() instanceof DatabindException wrong && !wrong.getPath().isEmpty()) {
            var field = wrong.getPath().stream()
                    .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String expected = wrong instanceof UnrecognizedPropertyException
                    ? "is not a field of this request"
                    : wrong instanceof InvalidFormatException format ? mustBe(format.getTargetType())
                    : "is not of the expected shape";
            return ResponseEntity.badRequest().body(ProblemDetails.invalid("Some fields are not valid: " + field,
                    Map.of(field, expected)));
        }
        return ResponseEntity.badRequest().body(ProblemDetails.of(HttpStatus.BAD_REQUEST, "unreadable-body",
                "Unreadable request body", "The request body is not valid JSON of the expected shape."));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        return ResponseEntity.badRequest().body(ProblemDetails.invalid("Some parameters are not valid: " + field,
                Map.of(field, mustBe(ex.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ProblemDetails.invalid("A parameter is missing: "
                + ex.getParameterName(), Map.of(ex.getParameterName(), "is required")));
    }

    /** What a value of this type must be, in words: the values of an enum, a whole number, a date, ... */
    private static String mustBe(@Nullable Class<?> type) {
        if (type == null) {
            return "is not a valid value";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date such as 2026-06-01";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "must be an instant such as 2026-06-01T09:00:00Z";
        }
        return "must be a " + type.getSimpleName();
    }

    /** A unique rule broken by a change that raced another (two localities given one code at once). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail duplicate(DataIntegrityViolationException ex) {
        return ProblemDetails.of(HttpStatus.CONFLICT, "conflict", "Conflict",
                "Something with the same code or name was added at the same moment; reload and try again.");
    }
}
