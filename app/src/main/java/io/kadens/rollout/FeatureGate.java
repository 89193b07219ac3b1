package io.kadens.rollout;

import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies {@link FeatureAccess} to the REST paths of the piloted features: while a pilot runs, a person
 * outside the groups that pilot a feature gets 403 (problem+json in their language) from its endpoints.
 * One place, so the features themselves need not know about the rollout.
 */
@Component
class FeatureGate implements WebMvcConfigurer, HandlerInterceptor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FeatureAccess access;
    private final CurrentUser currentUser;
    private final com.vaadin.flow.i18n.I18NProvider translations;

    FeatureGate(FeatureAccess access, CurrentUser currentUser, com.vaadin.flow.i18n.I18NProvider translations) {
        this.access = access;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws java.io.IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Feature> feature = Feature.ofApiPath(path);
        Optional<KadensUser> user = currentUser.get();
        if (feature.isEmpty() || user.isEmpty() || user.get().isOperator() || user.get().personId() == null
                || access.enabledFor(user.get().personId(), feature.get())) {
            return true;
        }
        java.util.Locale locale = LocaleContextHolder.getLocale();
        // Written here, before any controller: the same fields as the application's other problem answers.
        java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.FORBIDDEN.getReasonPhrase());
        problem.put("status", HttpStatus.FORBIDDEN.value());
        problem.put("detail", translations.getTranslation("rollout.gate.api", locale,
                translations.getTranslation(feature.get().labelKey(), locale)));
        problem.put("instance", path);
        problem.put("feature", feature.get().name());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
        return false;
    }
}
