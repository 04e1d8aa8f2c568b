package org.citizendialogue.privacy.ui;

import org.citizendialogue.account.PrivacyNotice;
import org.citizendialogue.privacy.RetentionPeriods;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.TimeFormat;
import org.springframework.beans.factory.annotation.Value;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The privacy notice (issue 12, decision 024): who is responsible and how to reach them, what is
 * kept and why, the legal basis, what is public and what never is, how long each thing is kept
 * (from the retention settings, so the notice cannot drift from the job), where the data stays,
 * the rights and where to use them, and the version's date. Its text is in the bundles; the
 * version is {@link PrivacyNotice#VERSION}.
 */
@Route(value = "privacy", layout = MainLayout.class)
@AnonymousAllowed
class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    PrivacyView(
            RetentionPeriods retention,
            TimeFormat time,
            @Value("${dialogue.privacy.controller:}") String controller,
            @Value("${dialogue.privacy.contact:privacy@citizen-dialogue.example}") String contact) {
        addClassName("narrow-page");
        addClassName("privacy-notice");
        var version = new Paragraph(getTranslation("privacy.version", time.date(PrivacyNotice.DATE, getLocale())));
        version.setId("privacy-version");
        add(new H1(getTranslation("privacy.title")), version, new Paragraph(getTranslation("privacy.intro")));

        var who = section(
                "privacy-controller",
                "privacy.controller.title",
                new Paragraph(getTranslation(
                        "privacy.controller.text",
                        controller.isBlank() ? getTranslation("privacy.controller.default") : controller)));
        var mail = new Anchor("mailto:" + contact, contact);
        mail.setId("privacy-contact");
        who.add(new Paragraph(getTranslation("privacy.controller.contact")), mail);

        section("privacy-collected", "privacy.collected.title", list("privacy.collected.", 6));
        section(
                "privacy-basis",
                "privacy.basis.title",
                new Paragraph(getTranslation("privacy.basis.text")),
                new Paragraph(getTranslation("privacy.basis.email")));
        section(
                "privacy-public",
                "privacy.public.title",
                new Paragraph(getTranslation("privacy.public.shown")),
                new Paragraph(getTranslation("privacy.public.never")));
        section(
                "privacy-retention",
                "privacy.retention.title",
                new UnorderedList(
                        new ListItem(getTranslation("privacy.retention.account")),
                        new ListItem(getTranslation(
                                "privacy.retention.unverified",
                                retention.unverifiedAccounts().toDays())),
                        new ListItem(getTranslation(
                                "privacy.retention.decided",
                                retention.decidedText().toDays())),
                        new ListItem(getTranslation(
                                "privacy.retention.security-log",
                                retention.securityLog().toDays())),
                        new ListItem(getTranslation("privacy.retention.addresses"))));
        section("privacy-location", "privacy.location.title", new Paragraph(getTranslation("privacy.location.text")));
        var rights = section(
                "privacy-rights", "privacy.rights.title", new Paragraph(getTranslation("privacy.rights.intro")));
        var download = new Anchor("me#my-data", getTranslation("privacy.rights.download"));
        download.setId("privacy-rights-download");
        var delete = new Anchor("me#delete-account", getTranslation("privacy.rights.delete"));
        delete.setId("privacy-rights-delete");
        rights.add(new UnorderedList(
                new ListItem(download),
                new ListItem(delete),
                new ListItem(getTranslation("privacy.rights.email")),
                new ListItem(getTranslation("privacy.rights.correct")),
                new ListItem(getTranslation("privacy.rights.complain"))));
        section("privacy-changes", "privacy.changes.title", new Paragraph(getTranslation("privacy.changes.text")));
    }

    private Section section(String id, String titleKey, Component... content) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.setId(id);
        section.add(content);
        add(section);
        return section;
    }

    private UnorderedList list(String prefix, int items) {
        var list = new UnorderedList();
        for (int i = 1; i <= items; i++) {
            list.add(new ListItem(getTranslation(prefix + i)));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " · " + getTranslation("app.name");
    }
}
