package org.citizendialogue.shared.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.citizendialogue.shared.DomainException;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * A form's {@link Binder} and the field names its service refuses with (decision 034). Each field
 * is bound once under the name the service gives in {@link DomainException#field()}; a refusal is
 * then shown at that binding's field through the Binder's own error handler, translated, with the
 * focus moved there, and nothing typed is lost. A refusal of a name the form did not bind goes to
 * the form-level message when the form has one, else it is not shown here ({@link #show} is false).
 * The Binder's default (component) validators are off: the service's checks stay the real ones and
 * their messages the only ones.
 */
public final class ServerRefusals {

    private final Binder<Void> binder = new Binder<>();
    private final Map<String, Binder.Binding<Void, ?>> byField = new LinkedHashMap<>();
    private final Map<String, Consumer<String>> elsewhere = new LinkedHashMap<>();
    private Consumer<String> formLevel;

    public ServerRefusals() {
        binder.setDefaultValidatorsEnabled(false);
    }

    /** Binds a field under the service's name for it. */
    public <V> Binder.Binding<Void, V> bind(String serverField, HasValue<?, V> field) {
        var binding = binder.forField(field).bind(ignored -> field.getEmptyValue(), (ignored, value) -> {});
        byField.put(serverField, binding);
        return binding;
    }

    /** Binds both fields of a language pair: {@code <name>.zh} and {@code <name>.en}. */
    public void bind(String name, LanguagePair<?> pair) {
        bind(name + ".zh", pair.zh);
        bind(name + ".en", pair.en);
    }

    /**
     * A service field that is shown in a text of its own rather than at an input (a consent box's
     * error line, say).
     */
    public void showElsewhere(String serverField, Consumer<String> message) {
        elsewhere.put(serverField, message);
    }

    /** Where a refusal of a field this form does not bind is shown. */
    public ServerRefusals formLevel(Consumer<String> message) {
        this.formLevel = message;
        return this;
    }

    public Binder<Void> binder() {
        return binder;
    }

    /** Shows the refusal at its field, or at the form level; false when this form has no place for it. */
    public boolean show(DomainException refused) {
        return show(refused, null);
    }

    /**
     * Shows the refusal at its field; one of a field this form does not bind (or of none) at the
     * field bound as {@code otherwiseAt}.
     */
    public boolean show(DomainException refused, String otherwiseAt) {
        var message = Refusals.text(refused);
        if (refused.field() != null && elsewhere.containsKey(refused.field())) {
            elsewhere.get(refused.field()).accept(message);
            return true;
        }
        var binding = refused.field() == null ? null : byField.get(refused.field());
        if (binding == null && otherwiseAt != null) {
            binding = byField.get(otherwiseAt);
        }
        if (binding == null) {
            if (formLevel == null) {
                return false;
            }
            formLevel.accept(message);
            return true;
        }
        var field = binding.getField();
        binder.getValidationErrorHandler().handleError(field, ValidationResult.error(message));
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return true;
    }

    /** Shows the refusal here, or lets it go on to the page's error handling when it has no place here. */
    public void showOrThrow(DomainException refused) {
        if (!show(refused)) {
            throw refused;
        }
    }

    /** The refusals shown at the fields are taken away (what was typed stays). */
    public void clear() {
        byField.values().forEach(b -> binder.getValidationErrorHandler().clearError(b.getField()));
    }
}
