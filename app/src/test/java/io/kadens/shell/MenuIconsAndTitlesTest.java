package io.kadens.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import io.kadens.platform.KadensTranslations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every entry of the side navigation has an icon that exists and a title in both languages. Neither is checked by
 * the compiler: "vaadin:plant" named no icon, so "Utveckling" stood without one beside every other entry.
 */
class MenuIconsAndTitlesTest {

    private static final Set<String> VAADIN_ICONS = Arrays.stream(VaadinIcon.values())
            .map(icon -> "vaadin:" + icon.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .collect(Collectors.toSet());

    @Test
    void everyMenuEntryNamesAVaadinIconAndATranslatedTitle() throws Exception {
        List<Menu> menus = menus();
        assertThat(menus).hasSizeGreaterThan(20);
        KadensTranslations translations = new KadensTranslations();
        List<String> problems = new ArrayList<>();
        for (Menu menu : menus) {
            if (!VAADIN_ICONS.contains(menu.icon())) {
                problems.add("icon " + menu.icon() + " of " + menu.title());
            }
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"))) {
                if (translations.getTranslation(menu.title(), locale).startsWith("!")) {
                    problems.add("title " + menu.title() + " in " + locale);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theIconListKnowsVaadinsOwnNames() {
        assertThat(VAADIN_ICONS).contains("vaadin:trending-up", "vaadin:academy-cap").doesNotContain("vaadin:plant");
    }

    private static List<Menu> menus() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<Menu> menus = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.kadens")) {
            menus.add(Class.forName(candidate.getBeanClassName()).getAnnotation(Menu.class));
        }
        return menus;
    }
}
