package org.citizendialogue.moderation.ui;

import java.util.Locale;

import org.citizendialogue.shared.CurrentUser;
import org.citizendialogue.shared.Roles;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The moderation pages' own navigation: the queue and the reports (moderators only), suspensions, the audit log. */
class ModerationNav extends Nav {

    enum Page {
        QUEUE("moderation"),
        REPORTS("moderation/reports"),
        SUSPENSIONS("moderation/suspensions"),
        AUDIT("moderation/audit");

        final String path;

        Page(String path) {
            this.path = path;
        }
    }

    ModerationNav(Page current) {
        addClassNames("admin-nav", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        getElement().setAttribute("aria-label", getTranslation("moderation.nav.label"));
        var moderator = CurrentUser.get().filter(u -> u.has(Roles.MODERATOR)).isPresent();
        for (var page : Page.values()) {
            if ((page == Page.QUEUE || page == Page.REPORTS) && !moderator) {
                continue;
            }
            var key = page.name().toLowerCase(Locale.ROOT);
            var link = new Anchor(page.path, getTranslation("moderation.nav." + key));
            link.setId("moderation-nav-" + key);
            if (page == current) {
                link.getElement().setAttribute("aria-current", "page");
                link.addClassName(LumoUtility.FontWeight.BOLD);
            }
            add(link);
        }
    }
}
