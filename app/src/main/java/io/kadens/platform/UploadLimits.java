package io.kadens.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads over REST are limited before their bytes are read: a request that announces more than the
 * multipart limit ({@code spring.servlet.multipart.max-request-size}) is answered 413 at once. Tomcat
 * sends "100 Continue" only when the application starts reading, so a client that asks first
 * ({@code Expect: 100-continue}, as curl does) never sends the body at all. A body without a length is
 * counted by the multipart parser, which writes it to a temporary file (never the heap) and stops at the limit.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    TomcatConnectorCustomizer continueOnlyWhenTheApplicationReads() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }

    @Bean
    FilterRegistrationBean<AnnouncedSizeFilter> announcedUploadSize(
            @Value("${spring.servlet.multipart.max-request-size:26MB}") DataSize maxRequestSize,
            KadensTranslations translations) {
        FilterRegistrationBean<AnnouncedSizeFilter> registration =
                new FilterRegistrationBean<>(new AnnouncedSizeFilter(maxRequestSize.toBytes(), translations));
        registration.addUrlPatterns("/api/*", "/scim/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class AnnouncedSizeFilter extends OncePerRequestFilter {

        private static final JsonMapper JSON = JsonMapper.builder().build();
        private final long maxBytes;
        private final KadensTranslations translations;

        AnnouncedSizeFilter(long maxBytes, KadensTranslations translations) {
            this.maxBytes = maxBytes;
            this.translations = translations;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > maxBytes) {
                ProblemDetail problem = tooLarge(maxBytes, translations, request.getLocale());
                response.setStatus(problem.getStatus());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                // The body is not read: the connection cannot be used for another request.
                response.setHeader("Connection", "close");
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "about:blank");
                body.put("title", problem.getTitle());
                body.put("status", problem.getStatus());
                body.put("detail", problem.getDetail());
                body.put("instance", request.getRequestURI());
                body.putAll(problem.getProperties() == null ? Map.of() : problem.getProperties());
                JSON.writeValue(response.getOutputStream(), body);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    static ProblemDetail tooLarge(long maxBytes, KadensTranslations translations, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                translations.getTranslation("content.upload.too-large", locale, megabytes(maxBytes)));
        problem.setProperty("maxBytes", maxBytes);
        return problem;
    }

    private static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return String.valueOf(mb > 0 ? mb : 1);
    }

    /** 413 for uploads refused by the multipart parser or by a feature's own limit. */
    @RestControllerAdvice
    static class UploadErrors {

        private final KadensTranslations translations;
        private final long maxFileBytes;

        UploadErrors(KadensTranslations translations,
                     @Value("${spring.servlet.multipart.max-file-size:25MB}") DataSize maxFileSize) {
            this.translations = translations;
            this.maxFileBytes = maxFileSize.toBytes();
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ProblemDetail overTheMultipartLimit(MaxUploadSizeExceededException e) {
            return tooLarge(e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : maxFileBytes, translations,
                    LocaleContextHolder.getLocale());
        }

        /**
         * The multipart parser could not write the upload to its temporary file because the disk is full: 507
         * with a clear message (nothing was stored). Any other parse failure keeps Spring's default answer.
         */
        @ExceptionHandler(MultipartException.class)
        ProblemDetail unstorableUpload(MultipartException e) throws MultipartException {
            if (!StorageFull.causedBy(e)) {
                throw e;
            }
            return ApiErrors.storageFull(translations);
        }

        @ExceptionHandler(UploadTooLargeException.class)
        ProblemDetail overTheFeatureLimit(UploadTooLargeException e) {
            return tooLarge(e.limitBytes(), translations, LocaleContextHolder.getLocale());
        }
    }
}
