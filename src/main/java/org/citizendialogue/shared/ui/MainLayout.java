package org.citizendialogue.shared.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.SignedInUser;
import org.citizendialogue.shared.live.LiveUpdates;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every page: the portal's name, the navigation (a drawer on phones), the language
 * switch and the sign-in state. It knows no feature module: counters come in as beans.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout implements LocaleChangeObserver, AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final List<NavigationCounter> counters;
    private final ObjectProvider<LocalePreference> localePreference;
    private final Div actions = new Div();
    private final SideNav nav = new SideNav();
    private final Anchor brand = new Anchor("", "");
    private final LiveUpdates live;
    private final Map<String, Span> badges = new HashMap<>();
    /** The language the frame was last built in: attaching it announces that language again. */
    private Locale builtIn;
    /** Whether a navigation has shown this frame: the first one shows what was just built. */
    private boolean navigated;

    MainLayout(
            AuthenticationContext authentication,
            List<NavigationCounter> counters,
            ObjectProvider<LocalePreference> localePreference,
            LiveUpdates live) {
        this.authentication = authentication;
        this.live = live;
        this.counters = counters;
        this.localePreference = localePreference;
        setPrimarySection(Section.NAVBAR);
        var toggle = new DrawerToggle();
        toggle.setId("nav-drawer-toggle");
        brand.addClassName("brand");
        actions.addClassName("navbar-actions");
        addToNavbar(toggle, brand, actions);
        nav.addClassName("main-nav");
        addToDrawer(nav);
        addToNavbar(new LiveAnnouncer());
        build();
        CurrentUser.get()
                .ifPresent(user -> counters.forEach(counter -> live.whileAttached(
                        this,
                        counter.channel(user),
                        changed -> {
                            if (badges.containsKey(changed.itemId())) {
                                showCount(badges.get(changed.itemId()), changed.count());
                            }
                        },
                        () -> {
                            if (badges.containsKey(counter.itemId())) {
                                showCount(badges.get(counter.itemId()), counter.count(user));
                            }
                        })));
    }

    private void build() {
        builtIn = getLocale();
        brand.setText(getTranslation("app.name"));
        brand.getElement().setAttribute("aria-label", getTranslation("nav.home-aria"));
        toggleLabel();
        buildNav();
        buildActions();
    }

    private void toggleLabel() {
        getChildren()
                .filter(DrawerToggle.class::isInstance)
                .forEach(t -> t.getElement().setAttribute("aria-label", getTranslation("nav.menu")));
    }

    private void buildNav() {
        nav.removeAll();
        nav.setLabel(getTranslation("nav.label"));
        var user = CurrentUser.get();
        nav.addItem(item("nav-home", "nav.home", "", VaadinIcon.HOME));
        nav.addItem(item("nav-search", "search.title", "search", VaadinIcon.SEARCH));
        user.ifPresent(u -> {
            nav.addItem(item("nav-me", "nav.me", "me", VaadinIcon.USER));
            nav.addItem(counted(item("nav-notifications", "nav.notifications", "me", VaadinIcon.BELL), u));
            if (u.has(Roles.MODERATOR)) {
                nav.addItem(counted(item("nav-moderation", "nav.moderation", "moderation", VaadinIcon.SHIELD), u));
            }
            if (u.has(Roles.STAFF)) {
                nav.addItem(item("nav-answers", "nav.answers", "answers", VaadinIcon.COMMENTS));
            }
            if (u.has(Roles.ADMIN)) {
                nav.addItem(item("nav-admin", "nav.admin", "admin/stats", VaadinIcon.COG));
            }
        });
    }

    private SideNavItem item(String id, String key, String path, VaadinIcon icon) {
        var item = new SideNavItem(getTranslation(key), path, icon.create());
        item.setId(id);
        return item;
    }

    private SideNavItem counted(SideNavItem item, SignedInUser user) {
        counters.stream()
                .filter(c -> c.itemId().equals(item.getId().orElse("")))
                .findFirst()
                .ifPresent(c -> {
                    long count = c.count(user);
                    if (count >= 0) {
                        var badge = new Span();
                        badge.addClassName("count-badge");
                        showCount(badge, count);
                        badges.put(c.itemId(), badge);
                        item.setSuffixComponent(badge);
                    }
                });
        return item;
    }

    private void showCount(Span badge, long count) {
        badge.setText(String.valueOf(count));
        badge.getElement().setAttribute("aria-label", getTranslation("nav.count-aria", count));
    }

    private void buildActions() {
        actions.removeAll();
        actions.add(localeSwitch());
        var user = CurrentUser.get();
        if (user.isPresent()) {
            var name = new Span(user.get().displayName());
            name.addClassName("signed-in-name");
            var logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
            logout.setId("nav-logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(name, logout);
        } else {
            var login = new Anchor("login", getTranslation("nav.login"));
            login.setId("nav-login");
            var register = new Anchor("register", getTranslation("nav.register"));
            register.setId("nav-register");
            register.addClassName("register-link");
            actions.add(login, register);
        }
    }

    private Component localeSwitch() {
        var other = Languages.CHINESE.equals(getLocale()) ? Languages.ENGLISH : Languages.CHINESE;
        var label = Languages.CHINESE.equals(other) ? "中文" : "English";
        var button = new Button(label, e -> switchTo(other));
        button.setId("locale-switch");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("lang", other.toLanguageTag());
        button.getElement().setAttribute("aria-label", getTranslation("nav.locale-switch", label));
        return button;
    }

    private void switchTo(Locale locale) {
        if (CurrentUser.get().isPresent()) {
            localePreference.ifAvailable(p -> p.remember(locale));
        }
        getUI().ifPresent(ui -> Languages.switchTo(ui, locale));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        // also called when the frame is attached: it is built once per page, not again in the same language
        if (!event.getLocale().equals(builtIn)) {
            build();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // counts change as others act; refreshing them on every later navigation keeps them honest
        if (navigated) {
            buildNav();
        }
        navigated = true;
    }
}
