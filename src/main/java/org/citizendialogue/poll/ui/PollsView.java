package org.citizendialogue.poll.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.poll.LivePoll;
import org.citizendialogue.poll.Poll;
import org.citizendialogue.poll.PollDraft;
import org.citizendialogue.poll.PollStatus;
import org.citizendialogue.poll.Polls;
import org.citizendialogue.programme.ProgrammeDetails;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.NotFoundException;
import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.Refusals;
import org.citizendialogue.shared.ui.ServerRefusals;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.Toasts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The live polls of one programme, for its staff (and admins): prepare a poll (the question and
 * up to six options, each in English and/or Chinese, side by side), open it while the programme
 * is open or live (opening another closes the open one, after a confirmation), close it, and
 * watch the results move by push.
 */
@Route(value = "dialogues/:slug/polls", layout = MainLayout.class)
@RolesAllowed({"STAFF", "ADMIN"})
class PollsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "dialogues/";
    static final String ROUTE_SUFFIX = "/polls";

    private final Polls polls;
    private final ProgrammeService programmes;
    private final LiveUpdates live;
    private final Div list = new Div();
    private final TextField questionEn = new TextField();
    private final TextField questionZh = new TextField();
    private final List<TextField[]> options = new ArrayList<>();
    private final Paragraph optionsError = new Paragraph();
    private ServerRefusals refusals;
    private ProgrammeDetails dialogue;

    PollsView(Polls polls, ProgrammeService programmes, LiveUpdates live) {
        this.polls = polls;
        this.programmes = programmes;
        this.live = live;
        addClassName("page");
        list.setId("staff-polls");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        dialogue = programmes
                .publicProgramme(event.getRouteParameters().get("slug").orElse(""))
                .orElseThrow(NotFoundException::new);
        var all = polls.forStaff(dialogue.id());
        removeAll();
        add(
                BilingualText.anchor("dialogues/" + dialogue.slug(), dialogue.title(), getLocale()),
                new H1(getTranslation("poll.staff.title")),
                new Paragraph(getTranslation("poll.staff.intro")),
                form(),
                new H2(getTranslation("poll.staff.list")),
                list);
        show(all);
        // the staff's page lists prepared polls too: it reads them itself (a few staff pages, not the audience)
        Runnable reload = () -> show(polls.forStaff(dialogue.id()));
        live.whileAttached(this, LivePoll.channel(dialogue.id()), changed -> reload.run(), reload);
    }

    private Section form() {
        var section = new Section(new H2(getTranslation("poll.staff.new")));
        section.setId("poll-form");
        questionEn.setId("poll-question-en");
        questionEn.setLabel(getTranslation("poll.staff.question-en"));
        questionZh.setId("poll-question-zh");
        questionZh.setLabel(getTranslation("poll.staff.question-zh"));
        questionZh.getElement().setAttribute("lang", "zh-CN");
        for (var field : new TextField[] {questionEn, questionZh}) {
            field.setMaxLength(PollDraft.QUESTION_MAX);
            field.setWidthFull();
        }
        section.add(pair(questionEn, questionZh));
        refusals = new ServerRefusals().formLevel(message -> {
            optionsError.setText(message);
            optionsError.setVisible(true);
        });
        refusals.bind("question", questionEn);
        options.clear();
        for (int i = 1; i <= PollDraft.OPTIONS_MAX; i++) {
            var en = new TextField(getTranslation("poll.staff.option-en", i));
            en.setId("poll-option-" + i + "-en");
            var zh = new TextField(getTranslation("poll.staff.option-zh", i));
            zh.setId("poll-option-" + i + "-zh");
            zh.getElement().setAttribute("lang", "zh-CN");
            for (var field : new TextField[] {en, zh}) {
                field.setMaxLength(PollDraft.OPTION_MAX);
                field.setWidthFull();
            }
            options.add(new TextField[] {en, zh});
            refusals.bind("option" + i, en);
            section.add(pair(en, zh));
        }
        optionsError.setId("poll-options-error");
        optionsError.addClassName("field-error");
        optionsError.setVisible(false);
        var save = new Button(getTranslation("poll.staff.save"), e -> save());
        save.setId("poll-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(
                new Paragraph(getTranslation("poll.staff.options-help", PollDraft.OPTIONS_MIN, PollDraft.OPTIONS_MAX)),
                optionsError,
                save);
        return section;
    }

    private static Div pair(TextField en, TextField zh) {
        var pair = new Div(en, zh);
        pair.addClassName("language-pair");
        return pair;
    }

    private void save() {
        refusals.clear();
        optionsError.setVisible(false);
        var drafted = options.stream()
                .map(row -> new PollDraft.Option(row[0].getValue(), row[1].getValue()))
                .toList();
        try {
            polls.prepare(dialogue.id(), new PollDraft(questionEn.getValue(), questionZh.getValue(), drafted));
        } catch (DomainException refused) {
            refusals.show(refused);
            return;
        }
        questionEn.clear();
        questionZh.clear();
        options.forEach(row -> {
            row[0].clear();
            row[1].clear();
        });
        Toasts.success(getTranslation("poll.staff.saved"));
        show(polls.forStaff(dialogue.id()));
    }

    private void show(List<Poll> all) {
        list.removeAll();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("poll.staff.none")));
        }
        all.forEach(poll -> list.add(card(poll)));
    }

    private Article card(Poll poll) {
        var title = BilingualText.show(new H3(), poll.question(), getLocale());
        var card = new Article(
                new StatusBadge(
                        getTranslation("poll.status." + poll.status()),
                        poll.status().name().toLowerCase()),
                title,
                new PollResults(poll, getLocale()),
                new Paragraph(getTranslation("poll.total", poll.totalVotes())));
        card.setId("staff-poll-" + poll.id());
        card.addClassName("poll-card");
        if (poll.status() == PollStatus.DRAFT) {
            var open = new Button(getTranslation("poll.staff.open"), e -> open(poll, false));
            open.setId("poll-open-" + poll.id());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(open);
        } else if (poll.open()) {
            var close = new Button(getTranslation("poll.staff.close"), e -> act(() -> polls.close(poll.id())));
            close.setId("poll-close-" + poll.id());
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            card.add(close);
        }
        return card;
    }

    private void open(Poll poll, boolean closeTheOpenOne) {
        try {
            polls.open(poll.id(), closeTheOpenOne);
            show(polls.forStaff(dialogue.id()));
        } catch (DomainException refused) {
            if (!closeTheOpenOne && "poll.error.another-open".equals(refused.messageKey())) {
                var confirm = new ConfirmDialog(
                        getTranslation("poll.staff.replace.title"),
                        getTranslation("poll.staff.replace.text"),
                        getTranslation("poll.staff.replace.confirm"),
                        e -> open(poll, true));
                confirm.setId("poll-replace-dialog");
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            } else {
                Toasts.error(Refusals.text(refused));
            }
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            show(polls.forStaff(dialogue.id()));
        } catch (DomainException refused) {
            Toasts.error(Refusals.text(refused));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("poll.staff.title") + " · " + getTranslation("app.name");
    }
}
