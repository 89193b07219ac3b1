package io.kadens.frontend;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;

/**
 * The main layout's frame: brand and organisation in the drawer, the side navigation, and the
 * signed-in person's menu in the navbar. It knows no feature: the application hands it the
 * navigation entries, the texts and fills the person's menu.
 */
public abstract class AppFrame extends AppLayout {

    /** One navigation entry; {@code icon} is {@code collection:name}, e.g. {@code vaadin:home}, or null. */
    public record NavigationEntry(String label, String path, String icon) {
    }

    /**
     * The frame's own texts, already translated: the labels that screen readers announce, and the
     * heading of the administration group.
     */
    public record FrameTexts(String menuToggle, String navigation, String personMenu, String administration) {
    }

    private final SubMenu personMenu;

    /**
     * @param entries         what everyone permitted uses, in order
     * @param adminEntries    the administration pages the person may open, in order; shown as their
     *                        own collapsible group below the others, and not at all when empty
     */
    protected AppFrame(String subtitle, String personName, List<NavigationEntry> entries,
                       List<NavigationEntry> adminEntries, FrameTexts texts) {
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(texts.menuToggle());
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("user-menu");
        menu.getElement().setAttribute("aria-label", texts.personMenu());
        personMenu = menu.addItem(personName).getSubMenu();
        Div menuWrapper = new Div(menu);
        menuWrapper.addClassName("k-user-menu");
        addToNavbar(true, toggle, menuWrapper);

        H1 brand = new H1("Kadens");
        brand.addClassName("k-brand");
        Span organisation = new Span(subtitle);
        organisation.addClassName("k-tenant-name");
        organisation.setId("organisation-name");
        Div header = new Div(brand, organisation);
        header.getStyle().set("padding", "var(--lumo-space-m)");
        addToDrawer(header, navigation("main-nav", entries, texts.navigation()));
        if (!adminEntries.isEmpty()) {
            SideNav admin = navigation("admin-nav", adminEntries, texts.administration());
            admin.setLabel(texts.administration());
            admin.setCollapsible(true);
            admin.addClassName("k-admin-nav");
            addToDrawer(admin);
        }
    }

    /** The signed-in person's menu, for the application to fill. */
    protected SubMenu personMenu() {
        return personMenu;
    }

    private static SideNav navigation(String id, List<NavigationEntry> entries, String label) {
        SideNav nav = new SideNav();
        nav.setId(id);
        nav.getElement().setAttribute("aria-label", label);
        for (NavigationEntry entry : entries) {
            SideNavItem item = new SideNavItem(entry.label(), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
