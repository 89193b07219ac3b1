package io.kadens.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.kadens.frontend.AppFrame;
import io.kadens.frontend.PageHelp;
import io.kadens.people.PeopleService;
import io.kadens.rollout.Feature;
import io.kadens.rollout.FeatureAccess;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The frame around every signed-in page. The side navigation lists only the routes the user
 * may open: Vaadin's menu configuration checks each route's access annotations (kept per authority set,
 * {@link MenuEntriesByAuthorities}).
 */
@Layout
@PermitAll
class MainLayout extends AppFrame implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient PeopleService people;
    private final boolean operator;
    private final PageHelp help;

    @Autowired
    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, PeopleService people,
               I18NProvider translations, FeatureAccess features, MenuEntriesByAuthorities menu) {
        this(currentUser.require(), authentication, people, translations, UI.getCurrent().getLocale(), features,
                menu.forCurrentUser());
    }

    private MainLayout(KadensUser user, AuthenticationContext authentication, PeopleService people,
                       I18NProvider translations, Locale locale, FeatureAccess features, List<MenuEntry> menu) {
        this(user, authentication, people, translations, locale, user.isOperator() || user.personId() == null
                ? Set.copyOf(java.util.EnumSet.allOf(Feature.class)) : features.enabledFeatures(user.personId()), menu);
    }

    private MainLayout(KadensUser user, AuthenticationContext authentication, PeopleService people,
                       I18NProvider translations, Locale locale, Set<Feature> enabled, List<MenuEntry> menu) {
        super(user.isOperator() ? translations.getTranslation("shell.operator", locale) : user.organisationName(),
                user.displayName(),
                navigation(menu, user, translations, locale, false, enabled),
                navigation(menu, user, translations, locale, true, enabled),
                new FrameTexts(translations.getTranslation("shell.menu.toggle", locale),
                        translations.getTranslation("shell.nav.label", locale),
                        translations.getTranslation("shell.user.menu", locale),
                        translations.getTranslation("shell.nav.admin", locale)));
        this.authentication = authentication;
        this.people = people;
        this.operator = user.isOperator();
        fillPersonMenu(personMenu());
        help = new PageHelp(getTranslation("help.button"), getTranslation("help.close"));
        addToNavbar(help);
    }

    /** Each main page's short help text, behind the "Help" button in the top bar. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        PageHelpTexts.pageOf(event.getLocation().getPath()).ifPresentOrElse(
                page -> help.show(getTranslation("help." + page + ".title"), getTranslation("help." + page + ".text")),
                help::hide);
    }

    /** Views with a menu order from this on are administration pages: they form their own group. */
    static final double FIRST_ADMIN_ORDER = 20;

    private static List<NavigationEntry> navigation(List<MenuEntry> menu, KadensUser user, I18NProvider translations,
                                                    Locale locale, boolean administration, Set<Feature> enabled) {
        return menu.stream()
                .filter(entry -> (entry.order() != null && entry.order() >= FIRST_ADMIN_ORDER) == administration)
                // The operator's start page is the tenant list, already in the menu.
                .filter(entry -> !(user.isOperator() && HomeView.class.equals(entry.menuClass())))
                // While a pilot runs, features piloted by groups the user is not in stay out of the menu.
                .filter(entry -> Feature.ofRoute(entry.path()).map(enabled::contains).orElse(true))
                .map((MenuEntry entry) -> new NavigationEntry(translations.getTranslation(entry.title(), locale),
                        entry.path(), entry.icon()))
                .toList();
    }

    private void fillPersonMenu(SubMenu menu) {
        MenuItem language = menu.addItem(getTranslation("language.label"));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"))) {
            MenuItem choice = language.getSubMenu().addItem(getTranslation("language." + locale.getLanguage()),
                    click -> switchLanguage(locale));
            choice.setCheckable(true);
            choice.setChecked(getLocale().getLanguage().equals(locale.getLanguage()));
        }
        menu.addItem(getTranslation("shell.signout"), click -> authentication.logout()).setId("sign-out");
    }

    private void switchLanguage(Locale locale) {
        if (!operator) {
            people.setMyLanguage(locale.getLanguage());
        }
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
