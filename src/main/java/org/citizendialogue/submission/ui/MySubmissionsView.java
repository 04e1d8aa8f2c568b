package org.citizendialogue.submission.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import org.citizendialogue.account.EmailVerifications;
import org.citizendialogue.account.Suspensions;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.PersonalPageSection;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.SuspendedNotice;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.shared.ui.Toasts;
import org.citizendialogue.shared.ui.UnconfirmedEmailNotice;
import org.citizendialogue.submission.MySubmission;
import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.RejectionReasons;
import org.citizendialogue.submission.SubmissionKind;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.submission.SubmissionStatus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** "My submissions": every question and comment of the signed-in resident, with its status and, if rejected, why. */
@Route(value = "me", layout = MainLayout.class)
@PermitAll
class MySubmissionsView extends VerticalLayout implements HasDynamicTitle {

    private static final int LIMIT = 100;

    private final SubmissionService submissions;
    private final ProgrammeService programmes;
    private final TimeFormat time;
    private final Div list = new Div();
    private final RejectionReasons rejectionReasons;
    private Map<String, RejectionReason> reasonsByCode = Map.of();

    MySubmissionsView(
            SubmissionService submissions,
            ProgrammeService programmes,
            TimeFormat time,
            List<PersonalPageSection> sections,
            Suspensions suspensions,
            RejectionReasons rejectionReasons,
            EmailVerifications verifications) {
        this.rejectionReasons = rejectionReasons;
        this.submissions = submissions;
        this.programmes = programmes;
        this.time = time;
        addClassName("page");
        list.addClassName("my-submissions");
        add(new H1(getTranslation("me.title")));
        suspensions.mine().ifPresent(s -> add(new SuspendedNotice(s.untilAt(), s.reason(), time)));
        if (verifications.mineUnconfirmed()) {
            add(new UnconfirmedEmailNotice(verifications::resend));
        }
        add(new H2(getTranslation("me.submissions")), list);
        // notices, follows and e-mail settings come from the modules that own them
        sections.stream()
                .sorted(Comparator.comparingInt(PersonalPageSection::position))
                .forEach(s -> add(s.create()));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var mine = submissions.mine(0, LIMIT);
        reasonsByCode = rejectionReasons.byCode();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("me.empty")));
            return;
        }
        var topics = programmes.topics(mine.stream().map(MySubmission::topicId).collect(Collectors.toSet()));
        for (var s : mine) {
            var topic = topics.get(s.topicId());
            list.add(card(
                    s,
                    topic == null
                            ? null
                            : BilingualText.anchor(
                                    "dialogues/" + topic.dialogueSlug() + "/topics/" + topic.topicSlug(),
                                    topic.topicTitle(),
                                    getLocale())));
        }
    }

    private Component card(MySubmission s, Anchor topicLink) {
        var card = new Article();
        card.setId("my-submission-" + s.id());
        card.addClassName("submission-card");
        var status = s.status() == SubmissionStatus.PUBLISHED && s.answeredAt() != null
                ? "ANSWERED"
                : s.status().name();
        var meta = new Div(
                new StatusBadge(getTranslation("submission.status." + status), status.toLowerCase()),
                new Span(getTranslation("kind." + s.kind())),
                new Span(time.dateTime(s.submittedAt(), getLocale())));
        if (topicLink != null) {
            meta.add(topicLink);
        }
        meta.addClassName("meta");
        card.add(meta, new Paragraph(s.body()));
        switch (s.status()) {
            case PENDING -> {
                card.add(new Paragraph(getTranslation("submission.awaiting")));
                var withdraw = new Button(getTranslation("me.withdraw"), e -> withdraw(s.id()));
                withdraw.setId("withdraw-" + s.id());
                withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                card.add(withdraw);
            }
            case REJECTED -> {
                var reason = new Paragraph(getTranslation("me.rejected-because", reasonText(s.rejectionReason())));
                reason.addClassName("rejection-reason");
                card.add(reason);
            }
            case PUBLISHED -> {
                if (s.kind() == SubmissionKind.QUESTION) {
                    card.add(new Anchor("questions/" + s.id(), getTranslation("me.view-public")));
                }
            }
            case MERGED -> {
                var merged = new Div(
                        new Span(getTranslation("me.merged-into") + " "),
                        new Anchor("questions/" + s.mergedInto(), getTranslation("me.merged-link", s.mergedInto())));
                merged.setId("merged-into-" + s.id());
                merged.addClassName("merged-into");
                card.add(merged);
            }
            default -> {
                // withdrawn: nothing more to say or do
            }
        }
        return card;
    }

    /** The managed reason's public text in the reader's language (the code, should it be unknown). */
    private String reasonText(String code) {
        var reason = code == null ? null : reasonsByCode.get(code);
        return reason == null ? Objects.requireNonNullElse(code, "") : reason.text(getLocale());
    }

    private void withdraw(long id) {
        submissions.withdraw(id);
        Toasts.success(getTranslation("me.withdrawn"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.title") + " · " + getTranslation("app.name");
    }
}
