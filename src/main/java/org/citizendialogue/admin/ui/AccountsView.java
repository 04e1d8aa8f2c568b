package org.citizendialogue.admin.ui;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.account.AccountAdmin;
import org.citizendialogue.account.AccountRow;
import org.citizendialogue.account.SecondFactors;
import org.citizendialogue.account.Suspension;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.privacy.AccountDeletion;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.ui.LanguagePair;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.PageButtons;
import org.citizendialogue.shared.ui.ServerRefusals;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Find accounts by e-mail or name, a page at a time; grant and revoke roles with one checkbox
 * each; set the public title staff answer under, in Chinese and English; read an account's audit trail.
 */
@Route(value = "admin/accounts", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final AccountAdmin accounts;
    private final AuditLog audit;
    private final TimeFormat time;
    private final TextField search = new TextField();
    private final Div results = new Div();
    private final Paragraph status = new Paragraph();
    private final PageButtons paging =
            new PageButtons("account-page-previous", "account-page-next", PAGE_SIZE, this::page);
    private final Suspensions suspensions;
    private Map<Long, Suspension> suspended = Map.of();

    private final SecondFactors secondFactors;
    private final AccountDeletion deletion;

    AccountsView(
            AccountAdmin accounts,
            AuditLog audit,
            TimeFormat time,
            Suspensions suspensions,
            SecondFactors secondFactors,
            AccountDeletion deletion) {
        this.secondFactors = secondFactors;
        this.deletion = deletion;
        this.suspensions = suspensions;
        this.accounts = accounts;
        this.audit = audit;
        this.time = time;
        addClassName("page");
        search.setId("account-search");
        search.setLabel(getTranslation("admin.accounts.search"));
        search.setHelperText(getTranslation("admin.accounts.search.help"));
        search.setMaxLength(AccountAdmin.SEARCH_MAX);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.getElement().setAttribute("type", "search");
        search.addKeyPressListener(Key.ENTER, e -> searchFromStart());
        var submit = new Button(getTranslation("admin.accounts.search.submit"), e -> searchFromStart());
        submit.setId("account-search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("account-search-status");
        status.getElement().setAttribute("role", "status");
        results.setWidthFull();
        add(
                new AdminNav(AdminNav.Page.ACCOUNTS),
                new H1(getTranslation("admin.accounts.title")),
                search,
                submit,
                status,
                results,
                paging);
        paging.first();
    }

    private void searchFromStart() {
        paging.first();
    }

    private void page(int offset) {
        var rows = paging.shown(accounts.search(search.getValue(), offset, paging.fetchSize()));
        results.removeAll();
        suspended = suspensions.inForceAmong(rows.stream().map(AccountRow::id).toList());
        rows.forEach(row -> results.add(row(row)));
        status.setText(
                rows.isEmpty()
                        ? getTranslation("admin.accounts.none")
                        : getTranslation("admin.accounts.showing", offset + 1, offset + rows.size()));
    }

    private Article row(AccountRow account) {
        var card = new Article();
        card.addClassName("queue-card");
        card.setId("account-row-" + account.id());
        var name = new H2(account.displayName());
        name.addClassName(LumoUtility.FontSize.LARGE);
        var email = new Span(account.email());
        email.setId("account-email-" + account.id());
        var showEmail = new Button(getTranslation("admin.accounts.email.show"));
        showEmail.setId("account-email-show-" + account.id());
        showEmail.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        showEmail
                .getElement()
                .setAttribute("aria-label", getTranslation("admin.accounts.email.show-aria", account.displayName()));
        showEmail.addClickListener(e -> {
            email.setText(accounts.revealEmail(account.id()));
            showEmail.setVisible(false);
        });
        var roles = new Div();
        roles.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        roles.getElement().setAttribute("role", "group");
        roles.getElement().setAttribute("aria-label", getTranslation("admin.accounts.roles-of", account.displayName()));
        for (var role : Roles.values()) {
            roles.add(roleBox(account, role));
        }
        var title = LanguagePair.textFields(
                "account-title-" + account.id(),
                getTranslation("admin.accounts.public-title"),
                AccountRow.PUBLIC_TITLE_MAX,
                false,
                this::getTranslation);
        title.show(account.publicTitle());
        title.zh.setHelperText(getTranslation("admin.accounts.public-title.help"));
        var titles = new Div(title.zh, title.en);
        titles.addClassName("language-pair");
        var titleRefusals = new ServerRefusals();
        titleRefusals.bind("publicTitle", title);
        var saveTitle = new Button(
                getTranslation("admin.accounts.public-title.save"), e -> saveTitle(account, title, titleRefusals));
        saveTitle.setId("account-title-save-" + account.id());
        saveTitle
                .getElement()
                .setAttribute(
                        "aria-label", getTranslation("admin.accounts.public-title.save-aria", account.displayName()));
        var trail = new Button(
                getTranslation("admin.accounts.trail"), e -> new AccountTrailDialog(account, audit, time).open());
        trail.setId("account-trail-" + account.id());
        trail.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        trail.getElement()
                .setAttribute("aria-label", getTranslation("admin.accounts.trail-aria", account.displayName()));
        var endSessions = new Button(getTranslation("admin.accounts.end-sessions"), e -> {
            int ended = accounts.endSessions(account.id());
            Toasts.success(getTranslation("admin.accounts.sessions-ended", ended));
        });
        endSessions.setId("account-end-sessions-" + account.id());
        endSessions.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        endSessions
                .getElement()
                .setAttribute("aria-label", getTranslation("admin.accounts.end-sessions-aria", account.displayName()));
        var resetFactor = new Button(getTranslation("admin.accounts.reset-mfa"), e -> confirmResetFactor(account));
        resetFactor.setId("account-reset-mfa-" + account.id());
        resetFactor.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        resetFactor
                .getElement()
                .setAttribute("aria-label", getTranslation("admin.accounts.reset-mfa-aria", account.displayName()));
        var actions = new Div(saveTitle, trail, endSessions, resetFactor);
        if (account.roles().stream().noneMatch(r -> r != Roles.RESIDENT)) {
            var delete = new Button(getTranslation("admin.accounts.delete"), e -> confirmDelete(account));
            delete.setId("account-delete-" + account.id());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.getElement()
                    .setAttribute("aria-label", getTranslation("admin.accounts.delete-aria", account.displayName()));
            actions.add(delete);
        }
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        card.add(name, new Div(email, showEmail));
        var suspension = suspended.get(account.id());
        if (suspension != null) {
            var state = new Paragraph(getTranslation(
                    "suspension.admin.state", time.dateTime(suspension.untilAt(), getLocale()), suspension.reason()));
            state.setId("account-suspended-" + account.id());
            state.addClassName("notice");
            var lift = new Button(getTranslation("suspension.lift"), e -> {
                suspensions.lift(account.id());
                Toasts.success(getTranslation("suspension.lifted", account.displayName()));
                paging.reload();
            });
            lift.setId("account-lift-" + account.id());
            lift.getElement().setAttribute("aria-label", getTranslation("suspension.lift-aria", account.displayName()));
            card.add(state, lift);
        }
        card.add(roles, titles, actions);
        return card;
    }

    /** Deleting a resident's account on their request: what it does is said, the request noted, the choice asked. */
    private void confirmDelete(AccountRow account) {
        var dialog = new Dialog();
        dialog.setId("account-delete-dialog");
        dialog.setHeaderTitle(getTranslation("admin.accounts.delete.title", account.displayName()));
        dialog.setWidth("min(100vw, 32em)");
        var note = new TextField(getTranslation("admin.accounts.delete.note"));
        note.setId("account-delete-note");
        note.setHelperText(getTranslation("admin.accounts.delete.note.help"));
        note.setMaxLength(200);
        note.setWidthFull();
        var removeUnanswered = new Checkbox(getTranslation("delete-account.remove-unanswered"));
        removeUnanswered.setId("account-delete-remove-unanswered");
        var confirm = new Button(getTranslation("admin.accounts.delete.confirm"), e -> {
            deletion.deleteOnRequest(account.id(), removeUnanswered.getValue(), note.getValue());
            dialog.close();
            Toasts.success(getTranslation("admin.accounts.deleted"));
            paging.reload();
        });
        confirm.setId("account-delete-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(new Paragraph(getTranslation("admin.accounts.delete.text")), note, removeUnanswered);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** Removing someone's second factor lets the next sign-in enrol a new one: asked for first. */
    private void confirmResetFactor(AccountRow account) {
        var dialog = new ConfirmDialog(
                getTranslation("admin.accounts.reset-mfa.title"),
                getTranslation("admin.accounts.reset-mfa.text", account.displayName()),
                getTranslation("admin.accounts.reset-mfa.confirm"),
                e -> {
                    secondFactors.reset(account.id());
                    Toasts.success(getTranslation("admin.accounts.reset-mfa.done", account.displayName()));
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme(
                ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        dialog.setId("account-reset-mfa-dialog");
        dialog.open();
    }

    private Checkbox roleBox(AccountRow account, Roles role) {
        var box = new Checkbox(
                getTranslation("admin.role." + role.name()), account.roles().contains(role));
        box.setId("role-" + role.name() + "-" + account.id());
        var reverting = new boolean[1];
        box.addValueChangeListener(e -> {
            if (reverting[0]) {
                return;
            }
            try {
                if (e.getValue()) {
                    accounts.grant(account.id(), role);
                    Toasts.success(getTranslation(
                            "admin.accounts.granted",
                            getTranslation("admin.role." + role.name()),
                            account.displayName()));
                } else {
                    accounts.revoke(account.id(), role);
                    Toasts.success(getTranslation(
                            "admin.accounts.revoked",
                            getTranslation("admin.role." + role.name()),
                            account.displayName()));
                }
            } catch (DomainException refused) {
                reverting[0] = true;
                box.setValue(e.getOldValue());
                reverting[0] = false;
                throw refused;
            }
        });
        return box;
    }

    private void saveTitle(AccountRow account, LanguagePair<TextField> title, ServerRefusals refusals) {
        refusals.clear();
        try {
            accounts.setPublicTitle(account.id(), title.value());
            Toasts.success(getTranslation("admin.accounts.public-title.saved", account.displayName()));
        } catch (DomainException refused) {
            refusals.showOrThrow(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.accounts.title") + " · " + getTranslation("app.name");
    }
}
