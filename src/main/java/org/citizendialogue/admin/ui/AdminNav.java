package org.citizendialogue.admin.ui;

import java.util.Locale;

import org.citizendialogue.notification.Outbox;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The admin pages' own navigation; the current page is marked for assistive technology too. */
class AdminNav extends Nav {

    enum Page {
        PROGRAMMES("admin/programmes"),
        ACCOUNTS("admin/accounts"),
        STATS("admin/stats"),
        LISTS("admin/lists"),
        REASONS("admin/rejection-reasons"),
        BLOCKED("admin/blocked-words"),
        AUDIT("moderation/audit"),
        /** Only where the demo outbox exists (decision 021). */
        OUTBOX("admin/outbox");

        final String path;

        Page(String path) {
            this.path = path;
        }
    }

    AdminNav(Page current) {
        addClassNames("admin-nav", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        getElement().setAttribute("aria-label", getTranslation("admin.nav.label"));
        for (var page : Page.values()) {
            if (page == Page.OUTBOX && !outboxAvailable()) {
                continue;
            }
            var key = page.name().toLowerCase(Locale.ROOT);
            var link = new Anchor(page.path, getTranslation("admin.nav." + key));
            link.setId("admin-nav-" + key);
            if (page == current) {
                link.getElement().setAttribute("aria-current", "page");
                link.addClassName(LumoUtility.FontWeight.BOLD);
            }
            add(link);
        }
    }

    private static boolean outboxAvailable() {
        var service = VaadinService.getCurrent();
        return service != null
                && service.getInstantiator().getOrCreate(Outbox.class).available();
    }
}
