package org.citizendialogue.privacy.ui;

import org.citizendialogue.privacy.PersonalDataExport;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.PersonalPageSection;
import org.citizendialogue.shared.ui.TimeFormat;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * "Download my data" on the person's own page: a button prepares a single-use link (only in
 * this browser session, for ten minutes) to one JSON file with everything kept about them.
 */
@Component
class PersonalDataSection implements PersonalPageSection {

    private final PersonalDataExport export;
    private final TimeFormat time;

    PersonalDataSection(PersonalDataExport export, TimeFormat time) {
        this.export = export;
        this.time = time;
    }

    @Override
    public int position() {
        return 100;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var section = new Section();
        section.setId("my-data");
        var status = new Paragraph();
        status.setId("data-export-status");
        status.getElement().setAttribute("role", "status");
        var prepare = new Button(section.getTranslation("export.prepare"));
        prepare.setId("data-export-prepare");
        prepare.addClickListener(e -> {
            var ticket = export.prepare();
            var locale = UI.getCurrent().getLocale();
            DownloadHandler handler = event -> {
                try {
                    event.setFileName(ticket.fileName());
                    event.setContentType("application/json;charset=UTF-8");
                    export.write(ticket, event.getOutputStream(), key -> section.getTranslation(locale, key));
                } catch (DomainException refused) {
                    // used already or expired: the link is gone, and says so
                    event.getResponse().setStatus(410);
                }
            };
            var link = new Anchor(handler, section.getTranslation("export.download"));
            link.setId("data-export-download");
            link.setDownload(true);
            section.getChildren().filter(c -> c instanceof Anchor).toList().forEach(section::remove);
            section.add(link);
            status.setText(section.getTranslation("export.ready", time.time(ticket.expiresAt(), locale)));
        });
        section.add(
                new H2(section.getTranslation("export.title")),
                new Paragraph(section.getTranslation("export.intro")),
                prepare,
                status);
        return section;
    }
}
