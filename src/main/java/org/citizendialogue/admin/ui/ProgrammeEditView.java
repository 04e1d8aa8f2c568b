package org.citizendialogue.admin.ui;

import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;

import org.citizendialogue.account.AccountAdmin;
import org.citizendialogue.answer.ProgrammeStaffAdmin;
import org.citizendialogue.programme.ManagedProgramme;
import org.citizendialogue.programme.ProgrammeAdmin;
import org.citizendialogue.programme.ProgrammeDraft;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.ProgrammeStatus;
import org.citizendialogue.programme.TopicDraft;
import org.citizendialogue.programme.TopicSummary;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.ui.BilingualText;
import org.citizendialogue.shared.ui.MainLayout;
import org.citizendialogue.shared.ui.StatusBadge;
import org.citizendialogue.shared.ui.Toasts;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * One programme: its state (and the moves it can make), its fields, and its topics in order.
 * Each action calls one service method and then shows the programme as saved.
 */
@Route(value = "admin/programmes/:id([0-9]+)", layout = MainLayout.class)
@RolesAllowed("ADMIN")
class ProgrammeEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgrammeAdmin programmes;
    private final ProgrammeService lifecycle;
    private final H1 heading = new H1();
    private final Div state = new Div();
    private final ProgrammeForm form;
    private final OrderedList topicList = new OrderedList();
    private final TopicForm topicForm;
    private final ProgrammeStaffSection staff;
    private ManagedProgramme programme;

    ProgrammeEditView(
            ProgrammeAdmin programmes,
            ProgrammeService lifecycle,
            ZoneId displayZone,
            ProgrammeStaffAdmin staffAdmin,
            AccountAdmin accounts) {
        this.programmes = programmes;
        this.lifecycle = lifecycle;
        addClassName("page");
        form = new ProgrammeForm(displayZone, programmes.bureaus(), this::save);
        topicForm = new TopicForm(this::saveTopic);
        state.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER);
        topicList.addClassName(LumoUtility.Padding.NONE);
        topicList.setWidthFull();
        var details = new Section(new H2(getTranslation("admin.programme.details")), form);
        var topics = new Section(
                new H2(getTranslation("admin.topics.title")),
                new Paragraph(getTranslation("admin.topics.intro")),
                topicList,
                topicForm);
        staff = new ProgrammeStaffSection(staffAdmin, accounts);
        add(new AdminNav(AdminNav.Page.PROGRAMMES), heading, state, details, topics, staff);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        programme = programmes.programme(id).orElseThrow(NotFoundException::new);
        form.show(programme.draft());
        showProgramme();
        staff.show(id);
    }

    private void reload() {
        programme = programmes.programme(programme.id()).orElseThrow(NotFoundException::new);
        showProgramme();
    }

    private void showProgramme() {
        BilingualText.showMarked(heading, programme.draft().title(), getLocale());
        showState();
        showTopics();
    }

    private void showState() {
        state.removeAll();
        var status = programme.status();
        state.add(
                new Span(getTranslation("admin.programme.state")),
                new StatusBadge(
                        getTranslation("status." + status), status.name().toLowerCase()));
        for (var target : status.next()) {
            var move = new Button(getTranslation("programme.move." + target), e -> move(target));
            move.setId("programme-status-" + target.name().toLowerCase());
            if (target == ProgrammeStatus.OPEN || target == ProgrammeStatus.LIVE) {
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            state.add(move);
        }
        if (status.isPublic()) {
            var open =
                    new Anchor("dialogues/" + programme.draft().slug(), getTranslation("admin.programme.public-page"));
            open.setId("programme-public-link");
            state.add(open);
        }
    }

    private void showTopics() {
        topicList.removeAll();
        var topics = programme.topics();
        if (topics.isEmpty()) {
            topicList.add(new ListItem(getTranslation("admin.topics.none")));
        }
        for (int i = 0; i < topics.size(); i++) {
            topicList.add(topicItem(topics.get(i), i == 0, i == topics.size() - 1));
        }
    }

    private ListItem topicItem(TopicSummary topic, boolean first, boolean last) {
        var card = new Article();
        card.addClassName("queue-card");
        card.setId("topic-" + topic.id());
        var actions = new Div(
                action("topic-edit-" + topic.id(), "admin.topic.edit", topic, () -> topicForm.edit(topic)),
                action("topic-up-" + topic.id(), "admin.topic.up", topic, () -> moveTopic(topic, true)),
                action("topic-down-" + topic.id(), "admin.topic.down", topic, () -> moveTopic(topic, false)),
                action("topic-remove-" + topic.id(), "admin.topic.remove", topic, () -> removeTopic(topic)));
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        actions.getComponentAt(1).getElement().setEnabled(!first);
        actions.getComponentAt(2).getElement().setEnabled(!last);
        var meta = new Div(new Span(topic.slug()));
        meta.addClassName("meta");
        card.add(BilingualText.showMarked(new H3(), topic.title(), getLocale()), meta, actions);
        return new ListItem(card);
    }

    private Button action(String id, String key, TopicSummary topic, Runnable run) {
        var button = new Button(getTranslation(key), e -> run.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(key + ".aria", topic.title().in(getLocale())));
        return button;
    }

    private void save(ProgrammeDraft draft) {
        form.clearErrors();
        try {
            programmes.edit(programme.id(), programme.version(), draft);
            Toasts.success(getTranslation("admin.programme.saved"));
            reload();
        } catch (DomainException refused) {
            if (!form.showAtField(refused)) {
                throw refused;
            }
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            Toasts.error(getTranslation("error.conflict"));
            reload();
            form.show(programme.draft());
        }
    }

    private void move(ProgrammeStatus target) {
        lifecycle.changeStatus(programme.id(), target);
        Toasts.success(getTranslation("programme.moved", getTranslation("status." + target)));
        reload();
        form.show(programme.draft());
    }

    private void saveTopic(Long topicId, TopicDraft draft) {
        topicForm.clearErrors();
        try {
            if (topicId == null) {
                programmes.addTopic(programme.id(), draft);
                Toasts.success(getTranslation("admin.topic.added"));
            } else {
                programmes.editTopic(topicId, draft);
                Toasts.success(getTranslation("admin.topic.saved"));
            }
            topicForm.reset();
            reload();
        } catch (DomainException refused) {
            if (!topicForm.showAtField(refused)) {
                throw refused;
            }
        }
    }

    private void moveTopic(TopicSummary topic, boolean up) {
        programmes.moveTopic(topic.id(), up);
        reload();
        // keep the keyboard where it was: on the same button of the moved topic, if it still can move
        findButton((up ? "topic-up-" : "topic-down-") + topic.id());
    }

    private void findButton(String id) {
        topicList
                .getElement()
                .getChildren()
                .forEach(li -> li.getComponent()
                        .ifPresent(c -> c.getChildren()
                                .flatMap(card -> card.getChildren())
                                .flatMap(part -> part.getChildren())
                                .filter(b -> id.equals(b.getId().orElse(""))
                                        && b instanceof Button button
                                        && button.isEnabled())
                                .map(Button.class::cast)
                                .findFirst()
                                .ifPresent(Button::focus)));
    }

    private void removeTopic(TopicSummary topic) {
        programmes.removeTopic(topic.id());
        Toasts.success(getTranslation("admin.topic.removed", topic.title().in(getLocale())));
        topicForm.reset();
        reload();
    }

    @Override
    public String getPageTitle() {
        var title = programme == null
                ? getTranslation("admin.programmes.title")
                : programme.draft().title();
        return title + " · " + getTranslation("app.name");
    }
}
