package org.citizendialogue.account.ui;

import java.util.Map;
import java.util.Set;

import org.citizendialogue.shared.CurrentUser;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.ListenerPriority;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * While a session owes the second step of sign-in, every page opens the second-factor page
 * instead (the session holds no role meanwhile, so views and services would refuse anyway);
 * it runs before the navigation access check. Decision 023.
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    private static final Set<String> OPEN = Set.of(SecondFactorView.ROUTE, "login", "privacy");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(new Gate()));
    }

    @ListenerPriority(10)
    private static final class Gate implements BeforeEnterListener {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            var path = event.getLocation().getPath();
            if (CurrentUser.secondFactorPending() && !OPEN.contains(path)) {
                event.forwardTo(
                        SecondFactorView.ROUTE,
                        QueryParameters.simple(Map.of(
                                SecondFactorView.CONTINUE, event.getLocation().getPathWithQueryParameters())));
            }
        }
    }
}
