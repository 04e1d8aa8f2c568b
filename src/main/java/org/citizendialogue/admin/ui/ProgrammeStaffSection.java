package org.citizendialogue.admin.ui;

import java.util.HashSet;

import org.citizendialogue.account.AccountAdmin;
import org.citizendialogue.account.AccountRow;
import org.citizendialogue.answer.ProgrammeStaffAdmin;
import org.citizendialogue.shared.Roles;
import org.citizendialogue.shared.ui.Toasts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Who answers for this programme: the assigned staff with "Remove", and a choice of the other
 * staff accounts to add. Each change calls the service and shows the list as saved.
 */
class ProgrammeStaffSection extends Section {

    private final ProgrammeStaffAdmin staff;
    private final AccountAdmin accounts;
    private final UnorderedList assigned = new UnorderedList();
    private final ComboBox<AccountRow> candidate = new ComboBox<>();
    private long dialogueId;

    ProgrammeStaffSection(ProgrammeStaffAdmin staff, AccountAdmin accounts) {
        this.staff = staff;
        this.accounts = accounts;
        setId("programme-staff");
        assigned.setId("programme-staff-list");
        assigned.addClassName(LumoUtility.Padding.NONE);
        candidate.setId("staff-candidate");
        candidate.setLabel(getTranslation("admin.staff.candidate"));
        candidate.setItemLabelGenerator(a -> a.displayName() + " · " + a.email());
        candidate.setWidthFull();
        candidate.setMaxWidth("30rem");
        var add = new Button(getTranslation("admin.staff.assign"), e -> assign());
        add.setId("staff-assign");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(candidate, add);
        form.addClassNames(
                LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.END);
        add(
                new H2(getTranslation("admin.staff.title")),
                new Paragraph(getTranslation("admin.staff.intro")),
                assigned,
                form);
    }

    void show(long dialogueId) {
        this.dialogueId = dialogueId;
        var ids = new HashSet<>(staff.staffOf(dialogueId));
        var allStaff = accounts.withRole(Roles.STAFF);
        assigned.removeAll();
        allStaff.stream().filter(a -> ids.contains(a.id())).forEach(a -> assigned.add(item(a)));
        if (ids.isEmpty()) {
            assigned.add(new ListItem(getTranslation("admin.staff.none")));
        }
        candidate.clear();
        candidate.setItems(allStaff.stream().filter(a -> !ids.contains(a.id())).toList());
    }

    private ListItem item(AccountRow account) {
        var remove = new Button(getTranslation("admin.staff.remove"), e -> unassign(account));
        remove.setId("staff-remove-" + account.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.getElement()
                .setAttribute("aria-label", getTranslation("admin.staff.remove.aria", account.displayName()));
        var email = new Span(account.email());
        email.addClassName("meta");
        var row = new ListItem(new Span(account.displayName()), email, remove);
        row.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.BASELINE);
        return row;
    }

    private void assign() {
        var chosen = candidate.getValue();
        if (chosen == null) {
            candidate.setInvalid(true);
            candidate.setErrorMessage(getTranslation("admin.staff.error.choose"));
            return;
        }
        candidate.setInvalid(false);
        staff.assign(dialogueId, chosen.id());
        Toasts.success(getTranslation("admin.staff.assigned", chosen.displayName()));
        show(dialogueId);
    }

    private void unassign(AccountRow account) {
        staff.unassign(dialogueId, account.id());
        Toasts.success(getTranslation("admin.staff.unassigned", account.displayName()));
        show(dialogueId);
        candidate.focus();
    }
}
