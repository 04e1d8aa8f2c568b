package org.citizendialogue.moderation.ui;

import java.time.ZoneId;

import org.citizendialogue.audit.AuditEntry;
import org.citizendialogue.audit.AuditLog;
import org.citizendialogue.audit.AuditQuery;
import org.citizendialogue.dialogue.DialogueCard;
import org.citizendialogue.dialogue.DialogueService;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.TimeFormat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The audit log for moderators and admins: every recorded action with who, when, what, its
 * subject and the state before and after, newest first, filtered by action, actor, programme and
 * dates (the city's calendar). The grid loads a page at a time from the database. Texts are shown
 * as text, never as markup; a redacted original appears here, and only here, outside the queue.
 */
@Route(value = "moderation/audit", layout = MainLayout.class)
@RolesAllowed({"MODERATOR", "ADMIN"})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog audit;
    private final ZoneId zone;
    private final ComboBox<String> action = new ComboBox<>();
    private final TextField actor = new TextField();
    private final Select<DialogueCard> programme = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph count = new Paragraph();

    AuditView(AuditLog audit, DialogueService dialogues, TimeFormat time, ZoneId displayZone) {
        this.audit = audit;
        this.zone = displayZone;
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
        programme.setItems(dialogues.publicDialogues());
        programme.setItemLabelGenerator(d -> d == null ? getTranslation("audit.filter.any-programme") : d.title());
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
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.addColumn(e -> time.dateTime(e.at(), getLocale())).setHeader(getTranslation("audit.column.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(e -> subjectLabel(e)).setHeader(getTranslation("audit.column.subject")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.START);
        grid.addColumn(AuditEntry::beforeState).setHeader(getTranslation("audit.column.before")).setFlexGrow(2);
        grid.addColumn(AuditEntry::afterState).setHeader(getTranslation("audit.column.after")).setFlexGrow(2);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.column.detail")).setFlexGrow(2);
        grid.setWidthFull();
        grid.setMinHeight("24rem");
        grid.getElement().setAttribute("aria-label", getTranslation("audit.title"));
        add(new ModerationNav(ModerationNav.Page.AUDIT), new H1(getTranslation("audit.title")),
                new Paragraph(getTranslation("audit.intro")), filters, count, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    AuditQuery query() {
        return new AuditQuery(action.getValue(), actor.getValue(),
                programme.getValue() == null ? null : programme.getValue().id(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void refresh() {
        var query = query();
        grid.setItems(q -> audit.search(query, q.getOffset(), q.getLimit()).stream(), q -> (int) Math.min(
                Integer.MAX_VALUE, audit.count(query)));
        count.setText(getTranslation("audit.count", audit.count(query)));
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
