package org.citizendialogue.moderation.ui;

import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.audit.AuditEntry;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditQuery;
import org.citizendialogue.programme.ProgrammeCard;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.PageButtons;
import org.citizendialogue.shared.ui.TimeFormat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The audit log for moderators and admins: every recorded action with who, when, what, its
 * subject and the state before and after, newest first, filtered by action, actor, programme and
 * dates (the city's calendar). A page of 20 at a time is read from the database. Texts are shown
 * as text, never as markup; a redacted original appears here, and only here, outside the queue.
 */
@Route(value = "moderation/audit", layout = MainLayout.class)
@RolesAllowed({"MODERATOR", "ADMIN"})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog audit;
    private final ZoneId zone;
    private final ComboBox<String> action = new ComboBox<>();
    private final TextField actor = new TextField();
    private final Select<ProgrammeCard> programme = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    static final int PAGE_SIZE = 20;

    private final TimeFormat time;
    private final Div entries = new Div();
    private final Paragraph count = new Paragraph();
    private final PageButtons paging = new PageButtons("audit-previous", "audit-next", PAGE_SIZE, this::page);

    AuditView(AuditLog audit, ProgrammeService programmes, TimeFormat time, ZoneId displayZone) {
        this.audit = audit;
        this.zone = displayZone;
        this.time = time;
        addClassName("page");
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(audit.actions());
        action.setItemLabelGenerator(this::actionLabel);
        action.setClearButtonVisible(true);
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setMaxLength(AuditQuery.ACTOR_MAX);
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        programme.setId("audit-programme");
        programme.setLabel(getTranslation("audit.filter.programme"));
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("audit.filter.any-programme"));
        programme.setItems(programmes.publicProgrammes());
        programme.setItemLabelGenerator(d -> d == null
                ? getTranslation("audit.filter.any-programme")
                : d.title().in(getLocale()));
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        from.setLocale(getLocale());
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setLocale(getLocale());
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        var filters = new Div(action, actor, programme, from, to);
        filters.addClassName("filters");
        action.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        programme.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        count.setId("audit-count");
        count.getElement().setAttribute("role", "status");
        entries.setId("audit-entries");
        entries.addClassName("queue");
        add(
                new ModerationNav(ModerationNav.Page.AUDIT),
                new H1(getTranslation("audit.title")),
                new Paragraph(getTranslation("audit.intro")),
                filters,
                count,
                entries,
                paging);
        refresh();
    }

    AuditQuery query() {
        return new AuditQuery(
                action.getValue(),
                actor.getValue(),
                programme.getValue() == null ? null : programme.getValue().id(),
                from.getValue() == null
                        ? null
                        : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null
                        ? null
                        : to.getValue().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void refresh() {
        paging.first();
    }

    /** One page from the database (one row more tells whether there is a next page). */
    private void page(int offset) {
        var query = query();
        var rows = paging.shown(audit.search(query, offset, paging.fetchSize()));
        entries.removeAll();
        rows.forEach(e -> entries.add(card(e)));
        var total = audit.count(query);
        count.setText(
                total == 0
                        ? getTranslation("audit.count", 0)
                        : getTranslation("audit.count", total) + " · "
                                + getTranslation("suspension.list.showing", offset + 1, offset + rows.size()));
    }

    /** Before, after and details are user text (a redacted original among them): shown as text, never markup. */
    private Article card(AuditEntry e) {
        var card = new Article();
        card.setId("audit-entry-" + e.id());
        card.addClassName("queue-card");
        var meta = new Div(
                new Span(time.dateTime(e.at(), getLocale())), new Span(e.actorName()), new Span(subjectLabel(e)));
        meta.addClassName("meta");
        var what = new H2(actionLabel(e.action()));
        what.addClassName(LumoUtility.FontSize.MEDIUM);
        card.add(what, meta);
        line(card, "audit.column.before", e.beforeState());
        line(card, "audit.column.after", e.afterState());
        line(card, "audit.column.detail", e.detail());
        return card;
    }

    private void line(Article card, String labelKey, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        var p = new Paragraph(label, new Span(text));
        p.addClassName("audit-text");
        card.add(p);
    }

    private String actionLabel(String code) {
        var label = getTranslation("audit.action." + code);
        return label.contains("audit.action.") ? code : label;
    }

    private String subjectLabel(AuditEntry e) {
        var type = getTranslation("audit.target." + e.targetType());
        return (type.contains("audit.target.") ? e.targetType() : type) + " #" + e.targetId();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
