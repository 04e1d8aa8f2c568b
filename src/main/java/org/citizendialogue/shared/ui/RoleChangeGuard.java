package org.citizendialogue.shared.ui;

import java.util.Arrays;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.RolesChanged;
import org.citizendialogue.shared.cluster.OnEveryNode;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

/**
 * When a person's roles change, each of their open tabs showing a page they may no longer see
 * leaves it at once for the home page, with a notice: the page's live subscriptions end with
 * it, so a demoted moderator stops receiving the queue by push (issue 11, finding 4). Actions
 * were already refused by the services; this takes away what is on the screen.
 */
@Component
class RoleChangeGuard {

    private final OpenUis openUis;

    RoleChangeGuard(OpenUis openUis) {
        this.openUis = openUis;
    }

    @OnEveryNode
    void rolesChanged(RolesChanged change) {
        for (var ui : openUis.of(change.accountId())) {
            try {
                ui.access(() -> leaveIfNoLongerAllowed(ui, change.roles()));
            } catch (UIDetachedException closed) {
                // the tab closed meanwhile
            }
        }
    }

    private static void leaveIfNoLongerAllowed(UI ui, Set<Roles> roles) {
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty()) {
            return;
        }
        var required = chain.getFirst().getClass().getAnnotation(RolesAllowed.class);
        if (required == null
                || Arrays.stream(required.value())
                        .anyMatch(r -> roles.stream().anyMatch(h -> h.name().equals(r)))) {
            return;
        }
        ui.navigate("");
        Toasts.error(ui.getTranslation("roles.changed.left-page"));
    }
}
