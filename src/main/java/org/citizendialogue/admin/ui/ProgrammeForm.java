package org.citizendialogue.admin.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.citizendialogue.dialogue.ProgrammeDraft;
import org.citizendialogue.shared.DomainException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The programme's fields. It binds a {@link ProgrammeDraft}, never the aggregate, and hands the
 * draft to its owner on save; times are entered in the display zone and handed on as instants.
 */
class ProgrammeForm extends VerticalLayout {

    private final ZoneId zone;
    private final TextField title = new TextField();
    private final TextField slug = new TextField();
    private final TextField guestName = new TextField();
    private final TextField guestTitle = new TextField();
    private final ComboBox<String> bureau = new ComboBox<>();
    private final TextArea summary = new TextArea();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final TextField livestream = new TextField();
    private final List<String> bureaus;

    ProgrammeForm(ZoneId zone, List<String> bureauNames, Consumer<ProgrammeDraft> onSave) {
        this.zone = zone;
        this.bureaus = new ArrayList<>(bureauNames);
        setPadding(false);
        text(title, "programme-title", "admin.programme.title", ProgrammeDraft.TITLE_MAX);
        text(slug, "programme-slug", "admin.programme.slug", ProgrammeDraft.SLUG_MAX);
        slug.setHelperText(getTranslation("admin.slug.help"));
        text(guestName, "programme-guest-name", "admin.programme.guest-name", ProgrammeDraft.GUEST_NAME_MAX);
        text(guestTitle, "programme-guest-title", "admin.programme.guest-title", ProgrammeDraft.GUEST_TITLE_MAX);
        bureau.setId("programme-bureau");
        bureau.setLabel(getTranslation("admin.programme.bureau"));
        bureau.setHelperText(getTranslation("admin.programme.bureau.help"));
        bureau.setRequiredIndicatorVisible(true);
        bureau.setAllowCustomValue(true);
        bureau.setItems(bureaus);
        bureau.addCustomValueSetListener(e -> chooseBureau(e.getDetail()));
        summary.setId("programme-summary");
        summary.setLabel(getTranslation("admin.programme.summary"));
        summary.setRequiredIndicatorVisible(true);
        summary.setMaxLength(ProgrammeDraft.SUMMARY_MAX);
        startsAt.setId("programme-starts-at");
        startsAt.setLabel(getTranslation("admin.programme.starts-at"));
        startsAt.setHelperText(getTranslation("admin.programme.starts-at.help", zone.getId()));
        // no required indicator: the web component would put aria-required on its role=group host,
        // which ARIA does not allow (axe: aria-allowed-attr); the helper text says it is required
        text(livestream, "programme-livestream", "admin.programme.livestream", ProgrammeDraft.LIVESTREAM_MAX);
        livestream.setRequiredIndicatorVisible(false);
        livestream.setHelperText(getTranslation("admin.programme.livestream.help"));
        livestream.getElement().setAttribute("type", "url");
        var save = new Button(getTranslation("admin.programme.save"), e -> onSave.accept(value()));
        save.setId("programme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fields = new FormLayout(title, slug, guestName, guestTitle, bureau, startsAt, livestream, summary);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.setColspan(summary, 2);
        fields.setColspan(title, 2);
        fields.setWidthFull();
        add(fields, save);
    }

    private void text(TextField field, String id, String key, int max) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(max);
        field.setWidthFull();
    }

    private void chooseBureau(String name) {
        var trimmed = name == null ? "" : name.strip();
        if (!trimmed.isEmpty() && !bureaus.contains(trimmed)) {
            bureaus.add(trimmed);
            bureau.setItems(bureaus);
        }
        bureau.setValue(trimmed.isEmpty() ? null : trimmed);
    }

    /** Fills the form from a saved programme (or an empty draft). */
    void show(ProgrammeDraft draft) {
        title.setValue(draft.title());
        slug.setValue(draft.slug());
        guestName.setValue(draft.guestName());
        guestTitle.setValue(draft.guestTitle());
        if (draft.bureauName() == null || draft.bureauName().isEmpty()) {
            bureau.clear();
        } else {
            chooseBureau(draft.bureauName());
        }
        summary.setValue(draft.summary());
        startsAt.setValue(draft.startsAt() == null ? null : LocalDateTime.ofInstant(draft.startsAt(), zone));
        livestream.setValue(draft.livestreamUrl() == null ? "" : draft.livestreamUrl());
    }

    ProgrammeDraft value() {
        var start = startsAt.getValue();
        return new ProgrammeDraft(title.getValue(), slug.getValue(), guestName.getValue(), guestTitle.getValue(),
                bureau.getValue(), summary.getValue(), start == null ? null : start.atZone(zone).toInstant(),
                livestream.getValue());
    }

    /** Shows a refusal next to its field; false when it belongs to no field of this form. */
    boolean showAtField(DomainException refused) {
        var message = getTranslation(refused.messageKey(), refused.arguments());
        HasValidation field = switch (String.valueOf(refused.field())) {
            case "title" -> title;
            case "slug" -> slug;
            case "guestName" -> guestName;
            case "guestTitle" -> guestTitle;
            case "bureau" -> bureau;
            case "summary" -> summary;
            case "startsAt" -> startsAt;
            case "livestreamUrl" -> livestream;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        Fields.invalid(field, message);
        return true;
    }

    void clearErrors() {
        Fields.clear(title, slug, guestName, guestTitle, bureau, summary, startsAt, livestream);
    }
}
