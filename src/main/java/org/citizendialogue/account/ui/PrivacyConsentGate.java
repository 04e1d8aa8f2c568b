package org.citizendialogue.account.ui;

import java.util.Map;
import java.util.Set;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.account.PrivacyNotice;
import org.citizendialogue.shared.CurrentUser;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.ListenerPriority;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * When the privacy notice changed in substance since a signed-in person last agreed to it, the
 * first page they open asks them again ({@link PrivacyConsentView}); the notice itself stays
 * readable. Asked once per session: the answer is kept in the session (decision 024).
 */
@Component
class PrivacyConsentGate implements VaadinServiceInitListener {

    /** The session attribute holding the notice version this session's person agreed to. */
    static final String AGREED = PrivacyConsentGate.class.getName() + ".agreed";

    private static final Set<String> OPEN =
            Set.of(PrivacyConsentView.ROUTE, SecondFactorView.ROUTE, "login", "privacy");

    private final AccountService accounts;

    PrivacyConsentGate(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(new Gate()));
    }

    @ListenerPriority(9)
    private final class Gate implements BeforeEnterListener {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            var path = event.getLocation().getPath();
            if (OPEN.contains(path) || CurrentUser.get().isEmpty() || CurrentUser.secondFactorPending()) {
                return;
            }
            var session = VaadinSession.getCurrent();
            if (PrivacyNotice.VERSION.equals(session.getAttribute(AGREED))) {
                return;
            }
            if (accounts.owesPrivacyConsent()) {
                event.forwardTo(
                        PrivacyConsentView.ROUTE,
                        QueryParameters.simple(Map.of(
                                PrivacyConsentView.CONTINUE, event.getLocation().getPathWithQueryParameters())));
            } else {
                session.setAttribute(AGREED, PrivacyNotice.VERSION);
            }
        }
    }
}
