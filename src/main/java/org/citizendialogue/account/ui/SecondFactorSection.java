package org.citizendialogue.account.ui;

import java.util.Map;

import org.citizendialogue.account.SecondFactors;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.PersonalPageSection;
import org.citizendialogue.shared.ui.Refusals;
import org.citizendialogue.shared.ui.Toasts;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
 * Two-step sign-in on the person's own page: residents may set it up (and switch it off again
 * with a code); everyone who has it sees how many recovery codes are left and can get new ones.
 */
@Component
class SecondFactorSection implements PersonalPageSection {

    private final SecondFactors factors;

    SecondFactorSection(SecondFactors factors) {
        this.factors = factors;
    }

    @Override
    public int position() {
        return 95;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var section = new Section();
        section.setId("mfa-settings");
        section.add(new H2(section.getTranslation("mfa.title")));
        if (!factors.enrolled()) {
            var setUp = new Button(
                    section.getTranslation("mfa.settings.set-up"),
                    e -> UI.getCurrent()
                            .navigate(
                                    SecondFactorView.ROUTE,
                                    QueryParameters.simple(Map.of(SecondFactorView.CONTINUE, "me"))));
            setUp.setId("mfa-set-up");
            section.add(new Paragraph(section.getTranslation("mfa.settings.off")), setUp);
            return section;
        }
        var state = new Paragraph(section.getTranslation("mfa.settings.on", factors.recoveryCodesLeft()));
        state.setId("mfa-state");
        var code = new TextField(section.getTranslation("mfa.settings.code"));
        code.setId("mfa-settings-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(6);
        code.setHelperText(section.getTranslation("mfa.settings.code.help"));
        code.setWidth("min(100%, 20em)");
        var codes = new OrderedList();
        codes.setId("mfa-new-recovery-codes");
        codes.addClassName("mfa-recovery-codes");
        codes.getElement().setAttribute("translate", "no");
        codes.setVisible(false);
        var renew = new Button(
                section.getTranslation("mfa.settings.renew"),
                e -> act(code, () -> {
                    codes.removeAll();
                    factors.renewRecoveryCodes(code.getValue()).forEach(c -> codes.add(new ListItem(c)));
                    codes.setVisible(true);
                    state.setText(section.getTranslation("mfa.settings.on", factors.recoveryCodesLeft()));
                    Toasts.success(section.getTranslation("mfa.settings.renewed"));
                }));
        renew.setId("mfa-renew-codes");
        section.add(state, code, renew);
        if (factors.optional()) {
            var off = new Button(
                    section.getTranslation("mfa.settings.switch-off"),
                    e -> act(code, () -> {
                        factors.switchOff(code.getValue());
                        Toasts.success(section.getTranslation("mfa.settings.switched-off"));
                        UI.getCurrent().getPage().reload();
                    }));
            off.setId("mfa-switch-off");
            section.add(off);
        }
        section.add(codes);
        return section;
    }

    private static void act(TextField code, Runnable action) {
        code.setInvalid(false);
        try {
            action.run();
            code.clear();
        } catch (DomainException refused) {
            code.setErrorMessage(Refusals.text(refused));
            code.setInvalid(true);
            code.focus();
        }
    }
}
