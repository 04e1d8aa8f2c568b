package org.citizendialogue.admin.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.citizendialogue.programme.ProgrammeDraft;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.LanguagePair;
import org.citizendialogue.shared.ui.ServerRefusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The programme's fields. It binds a {@link ProgrammeDraft}, never the aggregate, and hands the
 * draft to its owner on save; times are entered in the display zone and handed on as instants.
 * Every public text has a Chinese and an English field side by side (decision 025).
 */
class ProgrammeForm extends VerticalLayout {

    private final ZoneId zone;
    private final LanguagePair<TextField> title;
    private final TextField slug = new TextField();
    private final LanguagePair<TextField> guestName;
    private final LanguagePair<TextField> guestTitle;
    private final ComboBox<String> bureauZh = new ComboBox<>();
    private final ComboBox<String> bureauEn = new ComboBox<>();
    private final LanguagePair<TextArea> summary;
    private final LanguagePair<TextField> series;
    private final DateTimePicker startsAt = new DateTimePicker();
    private final TextField livestream = new TextField();
    private final List<Bilingual> bureaus;
    private final ServerRefusals refusals = new ServerRefusals();

    ProgrammeForm(ZoneId zone, List<Bilingual> bureauNames, Consumer<ProgrammeDraft> onSave) {
        this.zone = zone;
        this.bureaus = new ArrayList<>(bureauNames);
        setPadding(false);
        title = LanguagePair.textFields(
                "programme-title",
                getTranslation("admin.programme.title"),
                ProgrammeDraft.TITLE_MAX,
                true,
                this::getTranslation);
        guestName = LanguagePair.textFields(
                "programme-guest-name",
                getTranslation("admin.programme.guest-name"),
                ProgrammeDraft.GUEST_NAME_MAX,
                true,
                this::getTranslation);
        guestTitle = LanguagePair.textFields(
                "programme-guest-title",
                getTranslation("admin.programme.guest-title"),
                ProgrammeDraft.GUEST_TITLE_MAX,
                true,
                this::getTranslation);
        summary = LanguagePair.textAreas(
                "programme-summary",
                getTranslation("admin.programme.summary"),
                ProgrammeDraft.SUMMARY_MAX,
                true,
                this::getTranslation);
        series = LanguagePair.textFields(
                "programme-series",
                getTranslation("admin.programme.series"),
                ProgrammeDraft.SERIES_MAX,
                false,
                this::getTranslation);
        series.zh.setHelperText(getTranslation("admin.programme.series.help"));
        text(slug, "programme-slug", "admin.programme.slug", ProgrammeDraft.SLUG_MAX);
        slug.setHelperText(getTranslation("admin.slug.help"));
        bureau(bureauZh, "programme-bureau-zh", "language.zh", Bilingual.CHINESE);
        bureau(bureauEn, "programme-bureau-en", "language.en", Bilingual.ENGLISH);
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
        var languages = new Paragraph(getTranslation("admin.languages.help"));
        languages.setId("programme-languages-help");
        var fields = new FormLayout(
                title.zh,
                title.en,
                guestName.zh,
                guestName.en,
                guestTitle.zh,
                guestTitle.en,
                bureauZh,
                bureauEn,
                summary.zh,
                summary.en,
                series.zh,
                series.en,
                slug,
                startsAt,
                livestream);
        refusals.bind("title", title);
        refusals.bind("guestName", guestName);
        refusals.bind("guestTitle", guestTitle);
        refusals.bind("bureau.zh", bureauZh);
        refusals.bind("bureau.en", bureauEn);
        refusals.bind("summary", summary);
        refusals.bind("series", series);
        refusals.bind("slug", slug);
        refusals.bind("startsAt", startsAt);
        refusals.bind("livestreamUrl", livestream);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.setWidthFull();
        add(languages, fields, save);
    }

    private void text(TextField field, String id, String key, int max) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setRequiredIndicatorVisible(true);
        field.setMaxLength(max);
        field.setWidthFull();
    }

    private void bureau(ComboBox<String> box, String id, String languageKey, Locale language) {
        box.setId(id);
        box.setLabel(getTranslation(
                "admin.field.language", getTranslation("admin.programme.bureau"), getTranslation(languageKey)));
        box.setHelperText(getTranslation("admin.programme.bureau.help"));
        box.setAllowCustomValue(true);
        box.setWidthFull();
        box.setItems(names(language));
        box.addCustomValueSetListener(e -> {
            choose(box, e.getDetail(), language);
            if (box.getValue() != null) {
                completeBureau(box.getValue(), language);
            }
        });
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                completeBureau(e.getValue(), language);
            }
        });
    }

    private List<String> names(Locale language) {
        return bureaus.stream()
                .map(b -> b.exactly(language))
                .filter(Objects::nonNull)
                .toList();
    }

    /** Picking a known bureau in one language fills in its name in the other, when that is still empty. */
    private void completeBureau(String name, Locale language) {
        var other = Bilingual.isChinese(language) ? bureauEn : bureauZh;
        var otherLanguage = Bilingual.isChinese(language) ? Bilingual.ENGLISH : Bilingual.CHINESE;
        if (other.getValue() != null && !other.getValue().isBlank()) {
            return;
        }
        bureaus.stream()
                .filter(b -> name.equals(b.exactly(language)))
                .findFirst()
                .map(b -> b.exactly(otherLanguage))
                .ifPresent(n -> choose(other, n, otherLanguage));
    }

    private void choose(ComboBox<String> box, String name, Locale language) {
        var trimmed = name == null ? "" : name.strip();
        var known = new ArrayList<>(names(language));
        if (!trimmed.isEmpty() && !known.contains(trimmed)) {
            known.add(trimmed);
        }
        box.setItems(known);
        box.setValue(trimmed.isEmpty() ? null : trimmed);
    }

    /** Fills the form from a saved programme (or an empty draft). */
    void show(ProgrammeDraft draft) {
        title.show(draft.title());
        slug.setValue(draft.slug() == null ? "" : draft.slug());
        guestName.show(draft.guestName());
        guestTitle.show(draft.guestTitle());
        choose(bureauZh, draft.bureauName().zh(), Bilingual.CHINESE);
        choose(bureauEn, draft.bureauName().en(), Bilingual.ENGLISH);
        summary.show(draft.summary());
        series.show(draft.series());
        startsAt.setValue(draft.startsAt() == null ? null : LocalDateTime.ofInstant(draft.startsAt(), zone));
        livestream.setValue(draft.livestreamUrl() == null ? "" : draft.livestreamUrl());
    }

    ProgrammeDraft value() {
        var start = startsAt.getValue();
        return new ProgrammeDraft(
                title.value(),
                slug.getValue(),
                guestName.value(),
                guestTitle.value(),
                Bilingual.of(bureauZh.getValue(), bureauEn.getValue()),
                summary.value(),
                series.value(),
                start == null ? null : start.atZone(zone).toInstant(),
                livestream.getValue());
    }

    /** Shows a refusal next to its field; false when it belongs to no field of this form. */
    boolean showAtField(DomainException refused) {
        return refusals.show(refused);
    }

    void clearErrors() {
        refusals.clear();
    }
}
