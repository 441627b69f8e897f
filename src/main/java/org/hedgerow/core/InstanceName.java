package org.hedgerow.core;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With several instances behind a load balancer ({@code hedgerow.instance.name} set), every answer names the
 * instance that gave it in {@code X-Hedgerow-Instance}: for an operator following one request through the
 * proxy's log, and for the tests that show requests landing on alternate instances. Unset (one instance), the
 * header is not sent.
 */
@Component
@ConditionalOnProperty("hedgerow.instance.name")
@Order(Ordered.HIGHEST_PRECEDENCE)
class InstanceName extends OncePerRequestFilter {

    static final String HEADER = "X-Hedgerow-Instance";

    private final String name;

    InstanceName(@Value("${hedgerow.instance.name}") String name) {
        this.name = name;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, name);
        chain.doFilter(request, response);
    }
}
