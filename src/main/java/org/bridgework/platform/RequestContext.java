package org.bridgework.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;

/**
 * Puts the user, a request id and the client address into the logging context for each request,
 * after Spring Security has run, so that every log line and audit entry can say who and from where.
 */
public class RequestContext extends OncePerRequestFilter {

    static final String USER = "user";
    static final String REQUEST = "request";
    static final String CLIENT = "client";

    public static String clientAddress() {
        return MDC.get(CLIENT);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        MDC.put(USER, auth != null && auth.isAuthenticated() ? auth.getName() : "-");
        MDC.put(REQUEST, UUID.randomUUID().toString().substring(0, 8));
        MDC.put(CLIENT, request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER);
            MDC.remove(REQUEST);
            MDC.remove(CLIENT);
        }
    }
}
