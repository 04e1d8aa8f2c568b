package org.citizendialogue.shared.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.citizendialogue.shared.CurrentUser;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;

/**
 * The open browser tabs (Vaadin UIs) on this node, each kept until it is detached (closed, or its
 * session ended): counted for operators ({@code dialogue_ui_open}, shared.metrics.UiMetrics), and by
 * signed-in account, for what must reach every tab of a person ({@link RoleChangeGuard}).
 */
@Component
public class OpenUis {

    private final AtomicInteger open = new AtomicInteger();
    private final Map<Long, Set<UI>> byAccount = new ConcurrentHashMap<>();

    /** How many tabs are open on this node now. */
    public int count() {
        return open.get();
    }

    /** A new tab, of the person signed in (if any) when it opened. */
    void opened(UI ui) {
        open.incrementAndGet();
        var accountId = CurrentUser.get().map(user -> user.accountId()).orElse(null);
        if (accountId != null) {
            byAccount
                    .computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet())
                    .add(ui);
        }
        ui.addDetachListener(detached -> {
            open.decrementAndGet();
            if (accountId != null) {
                byAccount.computeIfPresent(accountId, (id, uis) -> {
                    uis.remove(ui);
                    return uis.isEmpty() ? null : uis;
                });
            }
        });
    }

    /** The account's open tabs on this node, as they are now. */
    Set<UI> of(long accountId) {
        return Set.copyOf(byAccount.getOrDefault(accountId, Set.of()));
    }
}
