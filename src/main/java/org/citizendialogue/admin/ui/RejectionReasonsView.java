package org.citizendialogue.admin.ui;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.ServerRefusals;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.RejectionReasons;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The managed list of rejection reasons: add one, edit its public texts in English and Chinese,
 * deactivate it (never delete: rejected submissions keep their explanation), move it up or down.
 * A refused entry is shown next to its field and what was typed stays.
 */
@Route(value = "admin/rejection-reasons", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class RejectionReasonsView extends VerticalLayout implements HasDynamicTitle {

    private final RejectionReasons reasons;
    private final Div list = new Div();

    RejectionReasonsView(RejectionReasons reasons) {
        this.reasons = reasons;
        addClassName("page");
        list.setId("rejection-reasons");
        list.addClassName("queue");
        add(
                new AdminNav(AdminNav.Page.REASONS),
                new H1(getTranslation("rejection-reasons.title")),
                new Paragraph(getTranslation("rejection-reasons.intro")),
                list,
                addForm());
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var all = reasons.all();
        for (int i = 0; i < all.size(); i++) {
            list.add(card(all.get(i), i == 0, i == all.size() - 1));
        }
    }

    private Article card(RejectionReason reason, boolean first, boolean last) {
        var card = new Article();
        card.setId("reason-" + reason.code());
        card.addClassName("queue-card");
        var heading = new H2(reason.code());
        heading.addClassName(LumoUtility.FontSize.MEDIUM);
        var english = textArea("reason-en-" + reason.code(), "rejection-reasons.english", reason.english());
        var chinese = textArea("reason-zh-" + reason.code(), "rejection-reasons.chinese", reason.chinese());
        var refusals = new ServerRefusals();
        refusals.bind("english", english);
        refusals.bind("chinese", chinese);
        var save = new Button(getTranslation("rejection-reasons.save"), e -> {
            if (saved(
                    refusals,
                    () -> reasons.edit(reason.code(), reason.version(), english.getValue(), chinese.getValue()))) {
                Toasts.success(getTranslation("rejection-reasons.saved", reason.code()));
                refresh();
            }
        });
        save.setId("reason-save-" + reason.code());
        save.getElement().setAttribute("aria-label", getTranslation("rejection-reasons.save-aria", reason.code()));
        var active = new Checkbox(getTranslation("rejection-reasons.active"), reason.active());
        active.setId("reason-active-" + reason.code());
        active.addValueChangeListener(e -> {
            if (!e.isFromClient() && e.getValue() == reason.active()) {
                return;
            }
            try {
                reasons.setActive(reason.code(), e.getValue());
            } finally {
                refresh();
            }
        });
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(reason, -1));
        up.setId("reason-up-" + reason.code());
        up.setEnabled(!first);
        up.getElement().setAttribute("aria-label", getTranslation("rejection-reasons.up", reason.code()));
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(reason, 1));
        down.setId("reason-down-" + reason.code());
        down.setEnabled(!last);
        down.getElement().setAttribute("aria-label", getTranslation("rejection-reasons.down", reason.code()));
        var actions = new Div(save, active, up, down);
        actions.addClassName("actions");
        actions.addClassNames(LumoUtility.AlignItems.CENTER);
        card.add(heading, english, chinese, actions);
        if (!reason.active()) {
            card.addClassName("inactive");
            card.add(new Paragraph(getTranslation("rejection-reasons.inactive-note")));
        }
        return card;
    }

    private void move(RejectionReason reason, int direction) {
        reasons.move(reason.code(), direction);
        refresh();
    }

    private Div addForm() {
        var code = new TextField(getTranslation("rejection-reasons.code"));
        code.setId("reason-new-code");
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(RejectionReason.CODE_MAX);
        code.setHelperText(getTranslation("rejection-reasons.code.help"));
        code.setWidthFull();
        var english = textArea("reason-new-en", "rejection-reasons.english", "");
        var chinese = textArea("reason-new-zh", "rejection-reasons.chinese", "");
        var refusals = new ServerRefusals();
        refusals.bind("code", code);
        refusals.bind("english", english);
        refusals.bind("chinese", chinese);
        var add = new Button(getTranslation("rejection-reasons.add"), e -> {
            if (saved(refusals, () -> reasons.add(code.getValue(), english.getValue(), chinese.getValue()))) {
                Toasts.success(getTranslation(
                        "rejection-reasons.added", code.getValue().strip().toUpperCase(Locale.ROOT)));
                code.clear();
                english.clear();
                chinese.clear();
                refresh();
            }
        });
        add.setId("reason-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(new H2(getTranslation("rejection-reasons.new")), code, english, chinese, add);
        form.addClassName("queue-card");
        return form;
    }

    private TextArea textArea(String id, String labelKey, String value) {
        var field = new TextArea(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setMaxLength(RejectionReason.TEXT_MAX);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        return field;
    }

    /** Runs the change; a refusal that names one of the fields is shown there, others go to the error handler. */
    private static boolean saved(ServerRefusals refusals, Runnable change) {
        refusals.clear();
        try {
            change.run();
            return true;
        } catch (DomainException refused) {
            refusals.showOrThrow(refused);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rejection-reasons.title") + " · " + getTranslation("app.name");
    }
}
