package org.hedgerow.core;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

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
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
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
            String expected = wrong instanceof InvalidFormatException format && format.getTargetType().isEnum()
                    ? "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants())
                    : wrong instanceof InvalidFormatException format
                    ? "must be a " + format.getTargetType().getSimpleName()
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
        Class<?> type = ex.getRequiredType();
        String expected = type != null && type.isEnum()
                ? "must be one of " + Arrays.toString(type.getEnumConstants())
                : "must be a " + (type == null ? "different value" : type.getSimpleName());
        return ResponseEntity.badRequest().body(ProblemDetails.invalid("Some parameters are not valid: " + field,
                Map.of(field, expected)));
    }

    /** A unique rule broken by a change that raced another (two localities given one code at once). */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail duplicate(DataIntegrityViolationException ex) {
        return ProblemDetails.of(HttpStatus.CONFLICT, "conflict", "Conflict",
                "Something with the same code or name was added at the same moment; reload and try again.");
    }
}
