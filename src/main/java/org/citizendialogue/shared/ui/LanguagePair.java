package org.citizendialogue.shared.ui;

import java.util.Locale;
import java.util.function.BiFunction;

import org.citizendialogue.shared.Bilingual;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One public text as two fields side by side, Chinese and English (decision 025), each labelled
 * with its language: ids {@code <id>-zh} and {@code <id>-en}. What is typed in a field is in that
 * field's language, so each input carries its {@code lang}.
 */
public final class LanguagePair<F extends AbstractField<F, String> & HasValidation & HasLabel & HasSize> {

    public final F zh;
    public final F en;

    private LanguagePair(F zh, F en) {
        this.zh = zh;
        this.en = en;
    }

    public static LanguagePair<TextField> textFields(
            String id, String label, int max, boolean required, BiFunction<String, Object[], String> translate) {
        var pair = new LanguagePair<>(new TextField(), new TextField());
        pair.zh.setMaxLength(max);
        pair.en.setMaxLength(max);
        pair.setUp(id, label, required, translate);
        return pair;
    }

    public static LanguagePair<TextArea> textAreas(
            String id, String label, int max, boolean required, BiFunction<String, Object[], String> translate) {
        var pair = new LanguagePair<>(new TextArea(), new TextArea());
        pair.zh.setMaxLength(max);
        pair.en.setMaxLength(max);
        pair.setUp(id, label, required, translate);
        return pair;
    }

    private void setUp(String id, String label, boolean required, BiFunction<String, Object[], String> translate) {
        setUp(
                zh,
                id + "-zh",
                label,
                translate.apply("language.zh", new Object[0]),
                Bilingual.CHINESE,
                required,
                translate);
        setUp(
                en,
                id + "-en",
                label,
                translate.apply("language.en", new Object[0]),
                Bilingual.ENGLISH,
                required,
                translate);
    }

    private static void setUp(
            HasValue<?, String> field,
            String id,
            String label,
            String language,
            Locale locale,
            boolean required,
            BiFunction<String, Object[], String> translate) {
        var component = (AbstractField<?, ?>) field;
        component.setId(id);
        ((HasLabel) field).setLabel(translate.apply("admin.field.language", new Object[] {label, language}));
        // the required mark would say "required in both": one language is enough (the helper says so)
        field.setRequiredIndicatorVisible(false);
        ((HasSize) field).setWidthFull();
        component
                .getElement()
                .executeJs(
                        "const i = this.inputElement || this.querySelector('input,textarea'); if (i) i.setAttribute('lang', $0);",
                        locale.toLanguageTag());
    }

    public Bilingual value() {
        return Bilingual.of(zh.getValue(), en.getValue());
    }

    public void show(Bilingual text) {
        zh.setValue(text == null || text.zh() == null ? "" : text.zh());
        en.setValue(text == null || text.en() == null ? "" : text.en());
    }

    public void clear() {
        zh.clear();
        en.clear();
    }
}
