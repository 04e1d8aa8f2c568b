package org.citizendialogue.admin.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

/** Puts a refusal next to its field and moves the focus there, as the sign-up form does. */
final class Fields {

    private Fields() {}

    static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    static void clear(HasValidation... fields) {
        for (var field : fields) {
            field.setInvalid(false);
        }
    }
}
