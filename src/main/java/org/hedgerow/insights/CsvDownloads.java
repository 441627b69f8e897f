package org.hedgerow.insights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One handler per insight view answers JSON, or the view's table ({@link InsightTables}) as a CSV file when
 * {@code text/csv} is asked for: by the Accept header, or by the view's {@code .csv} path (the web app's links).
 */
@Configuration(proxyBeanMethods = false)
class CsvDownloads implements WebMvcConfigurer {

    /** Last, after JSON: a client that accepts anything still gets JSON. */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.configureMessageConvertersList(list -> list.add(new TableConverter()));
    }

    /** The view; as CSV whatever the Accept header says when asked for at its {@code .csv} path. */
    static <T extends InsightView> ResponseEntity<T> asAskedFor(HttpServletRequest request, T view) {
        return request.getRequestURI().endsWith(".csv") ? ResponseEntity.ok().contentType(Csv.TEXT_CSV).body(view)
                : ResponseEntity.ok(view);
    }

    /** Writes a view as an attachment named for the view, place and period; reads nothing. */
    private static final class TableConverter extends AbstractHttpMessageConverter<InsightView> {

        TableConverter() {
            super(StandardCharsets.UTF_8, Csv.TEXT_CSV);
        }

        @Override
        protected boolean supports(Class<?> type) {
            return InsightView.class.isAssignableFrom(type);
        }

        @Override
        protected InsightView readInternal(Class<? extends InsightView> type, HttpInputMessage input) {
            throw new UnsupportedOperationException("Insights are only ever written.");
        }

        @Override
        protected void writeInternal(InsightView view, HttpOutputMessage output) throws IOException {
            output.getHeaders().setContentDisposition(
                    ContentDisposition.attachment().filename(InsightTables.fileName(view)).build());
            output.getBody().write(InsightTables.of(view).text().getBytes(StandardCharsets.UTF_8));
        }
    }
}
