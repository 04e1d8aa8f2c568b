package org.citizendialogue.admin.ui;

import java.util.List;

import org.citizendialogue.account.AccountRow;
import org.citizendialogue.audit.AuditEntry;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.shared.ui.TimeFormat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The audit trail of one account: what was done to it, and what its holder did. */
class AccountTrailDialog extends Dialog {

    private static final int ACTIONS_SHOWN = 50;

    AccountTrailDialog(AccountRow account, AuditLog audit, TimeFormat time) {
        setHeaderTitle(getTranslation("admin.trail.title", account.displayName()));
        setId("account-trail-dialog");
        setMaxWidth("40rem");
        setWidth("100%");
        add(
                new H3(getTranslation("admin.trail.about")),
                entries(audit.trailOf("ACCOUNT", account.id()), time),
                new H3(getTranslation("admin.trail.by", ACTIONS_SHOWN)),
                entries(audit.byActor(account.id(), ACTIONS_SHOWN), time));
        var close = new Button(getTranslation("action.close"), e -> close());
        close.setId("account-trail-close");
        getFooter().add(close);
    }

    private Div entries(List<AuditEntry> entries, TimeFormat time) {
        var box = new Div();
        if (entries.isEmpty()) {
            box.add(new Paragraph(getTranslation("admin.trail.none")));
            return box;
        }
        var list = new UnorderedList();
        for (var entry : entries) {
            var change = entry.beforeState() == null && entry.afterState() == null
                    ? ""
                    : " "
                            + getTranslation(
                                    "admin.trail.change",
                                    String.valueOf(entry.beforeState()),
                                    String.valueOf(entry.afterState()));
            list.add(new ListItem(new Span(time.dateTime(entry.at(), getLocale()) + " · " + entry.actorName() + " · "
                    + entry.action() + " " + entry.targetType() + " " + entry.targetId() + change)));
        }
        box.add(list);
        return box;
    }
}
