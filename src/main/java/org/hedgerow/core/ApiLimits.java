package org.hedgerow.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * How much a request may carry, and a problem document when it carries more: a body over
 * {@code hedgerow.api.max-body-size} is a 413 before anything reads it (by its Content-Length, or by reading at
 * most that much of a chunked body), and Tomcat's own refusals (a URL or headers over
 * {@code server.max-http-request-header-size}) are problems too, through {@link ProblemErrorReportValve}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiLimits.BodyLimit.class)
class ApiLimits {

    /** What application.yml sets {@code server.max-http-request-header-size} to; named in the 414 and 431. */
    static final String LONGEST_REQUEST_HEAD = "32 KB";

    /** Where a whole file comes in the body (an Open Referral UK feed file): these take {@code max-file-size}. */
    static final Set<String> FILE_UPLOADS = Set.of("/api/imports/file");

    /**
     * @param maxBodySize the largest request body the API reads: a form or a post is a few KB
     * @param maxFileSize the largest body of a file upload ({@link #FILE_UPLOADS}), a whole feed
     */
    @ConfigurationProperties("hedgerow.api")
    record BodyLimit(@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("32MB") DataSize maxFileSize) {

        long bytesFor(String path) {
            return (FILE_UPLOADS.contains(path) ? maxFileSize : maxBodySize).toBytes();
        }
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.getPipeline().addValve(new ProblemErrorReportValve());
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    FilterRegistrationBean<BodySizeCheck> bodySizeCheck(BodyLimit limit, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new BodySizeCheck(limit, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        // and the passkey endpoints Spring Security serves beside the API, which read a JSON body too
        registration.addUrlPatterns("/api/*", "/webauthn/*", "/login/webauthn");
        return registration;
    }

    /** Refuses an API (or passkey) request body over the limit with a 413 problem, before anything reads it. */
    static class BodySizeCheck extends OncePerRequestFilter {

        private final BodyLimit limit;
        private final JsonMapper json;

        BodySizeCheck(BodyLimit limit, JsonMapper json) {
            this.limit = limit;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long maxBytes = limit.bytesFor(request.getRequestURI());
            long declared = request.getContentLengthLong();
            if (declared > maxBytes) {
                tooLarge(request, response, maxBytes);
                return;
            }
            boolean chunked = declared < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
            if (chunked) {
                // Read at most one byte more than allowed; a body within the limit is then read again from memory.
                byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
                if (body.length > maxBytes) {
                    tooLarge(request, response, maxBytes);
                    return;
                }
                chain.doFilter(new ReadBody(request, body), response);
                return;
            }
            chain.doFilter(request, response);
        }

        private static byte[] readAtMost(InputStream in, long limit) throws IOException {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while (out.size() < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) != -1) {
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }

        private void tooLarge(HttpServletRequest request, HttpServletResponse response, long maxBytes)
                throws IOException {
            var problem = ProblemDetails.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Body too large",
                    "The request body is larger than the " + maxBytes / 1024 + " KB the API takes.");
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // The rest of an over-long body is not read: the connection closes after this answer.
            response.setHeader("Connection", "close");
            json.writeValue(response.getOutputStream(), problem);
        }
    }

    /** A request whose body was read into memory (it was within the limit), read again from there. */
    static class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new java.io.ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] bytes, int offset, int length) {
                    return in.read(bytes, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.Charset.forName(getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding())));
        }
    }
}
