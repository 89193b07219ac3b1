package io.kadens.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.kadens.people.PeopleService;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/**
 * The frame around every signed-in page. The side navigation lists only the routes the user
 * may open: Vaadin's menu configuration checks each route's access annotations.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));

    private final transient AuthenticationContext authentication;
    private final transient PeopleService people;
    private boolean operator;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, PeopleService people) {
        this.authentication = authentication;
        this.people = people;
        KadensUser user = currentUser.require();
        this.operator = user.isOperator();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        addToNavbar(true, toggle, userMenu(user));

        H1 brand = new H1("Kadens");
        brand.addClassName("k-brand");
        Span organisation = new Span(user.isOperator() ? getTranslation("shell.operator") : user.organisationName());
        organisation.addClassName("k-tenant-name");
        organisation.setId("organisation-name");
        Div header = new Div(brand, organisation);
        header.getStyle().set("padding", "var(--lumo-space-m)");
        addToDrawer(header, navigation(user.isOperator()));
    }

    private SideNav navigation(boolean operator) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (operator && HomeView.class.equals(entry.menuClass())) {
                continue; // the operator's start page is the tenant list, already in the menu
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu(KadensUser user) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("user-menu");
        menu.getElement().setAttribute("aria-label", getTranslation("shell.user.menu"));
        MenuItem name = menu.addItem(user.displayName());
        SubMenu submenu = name.getSubMenu();
        MenuItem language = submenu.addItem(getTranslation("language.label"));
        for (Locale locale : LANGUAGES) {
            MenuItem choice = language.getSubMenu().addItem(getTranslation("language." + locale.getLanguage()),
                    click -> switchLanguage(locale));
            choice.setCheckable(true);
            choice.setChecked(getLocale().getLanguage().equals(locale.getLanguage()));
        }
        submenu.addItem(getTranslation("shell.signout"), click -> authentication.logout()).setId("sign-out");
        Div wrapper = new Div(menu);
        wrapper.addClassName("k-user-menu");
        return wrapper;
    }

    private void switchLanguage(Locale locale) {
        if (!operator) {
            people.setMyLanguage(locale.getLanguage());
        }
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
