package org.citizendialogue.admin.ui;

import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.programme.ProgrammeAdmin;
import org.citizendialogue.programme.ProgrammeDraft;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.Toasts;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** A new programme, saved as a draft; its topics and state are set on its edit page next. */
@Route(value = "admin/programmes/new", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class NewProgrammeView extends VerticalLayout implements HasDynamicTitle {

    private final ProgrammeAdmin programmes;
    private final ProgrammeForm form;

    NewProgrammeView(ProgrammeAdmin programmes, ZoneId displayZone) {
        this.programmes = programmes;
        addClassName("page");
        form = new ProgrammeForm(displayZone, programmes.bureaus(), this::create);
        form.show(ProgrammeDraft.empty());
        add(
                new AdminNav(AdminNav.Page.PROGRAMMES),
                new H1(getTranslation("admin.programme.new-title")),
                new Paragraph(getTranslation("admin.programme.new-intro")),
                form);
    }

    private void create(ProgrammeDraft draft) {
        form.clearErrors();
        try {
            long id = programmes.create(draft);
            Toasts.success(getTranslation("admin.programme.created"));
            getUI().ifPresent(ui -> ui.navigate("admin/programmes/" + id));
        } catch (DomainException refused) {
            if (!form.showAtField(refused)) {
                throw refused;
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.programme.new-title") + " · " + getTranslation("app.name");
    }
}
