package org.citizendialogue.shared.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.citizendialogue.shared.CurrentUser;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The open browser tabs (Vaadin UIs) on this node, each kept until it is detached (closed, or its
 * session ended): counted for operators ({@code dialogue_ui_open}), and by signed-in account, for
 * what must reach every tab of a person ({@link RoleChangeGuard}).
 */
@Component
class OpenUis {

    private final AtomicInteger open = new AtomicInteger();
    private final Map<Long, Set<UI>> byAccount = new ConcurrentHashMap<>();

    OpenUis(MeterRegistry registry) {
        Gauge.builder("dialogue.ui.open", open, AtomicInteger::get)
                .description("Open browser tabs (Vaadin UIs) on this node").register(registry);
    }

    /** A new tab, of the person signed in (if any) when it opened. */
    void opened(UI ui) {
        open.incrementAndGet();
        var accountId = CurrentUser.get().map(user -> user.accountId()).orElse(null);
        if (accountId != null) {
            byAccount.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(ui);
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
