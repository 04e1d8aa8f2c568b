package org.citizendialogue.answer.ui;

import java.time.LocalDate;
import java.util.List;

import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerDraft;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.answer.AnswerOutcome;
import org.citizendialogue.answer.AnswerStatus;
import org.citizendialogue.answer.AnswerTemplate;
import org.citizendialogue.answer.CommitmentCard;
import org.citizendialogue.answer.CommitmentStatus;
import org.citizendialogue.shared.DomainException;
import org.citizendialogue.shared.Texts;
import org.citizendialogue.shared.ui.LanguagePair;
import org.citizendialogue.shared.ui.ServerRefusals;
import org.citizendialogue.shared.ui.TimeFormat;
import org.citizendialogue.submission.QuestionCard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Writes one answer: its state (answered, forwarded, later) and what goes with it, the on-air
 * record, follow-up commitments; save as draft or publish. It remembers the version it started
 * from, so a colleague's save in between is reported instead of overwritten; the typed text stays.
 */
class AnswerEditorDialog extends Dialog {

    interface Action {
        AnswerDraft apply(long questionId, AnswerForm form, Integer seenVersion);
    }

    /** What the editor may do besides saving: commitments. */
    interface Commitments {
        List<CommitmentCard> list(long questionId);

        CommitmentCard add(long questionId, String text, LocalDate due);

        CommitmentCard change(long commitmentId, CommitmentStatus status, int seenVersion);
    }

    private final Select<AnswerOutcome> answerState = new Select<>();
    private final Select<AnswerTemplate> template = new Select<>();
    private final LanguagePair<TextArea> text;
    private final TextField department = new TextField();
    private final TextField followUp = new TextField();
    private final DatePicker promisedDate = new DatePicker();
    private final TextField onAirTime = new TextField();
    private final TextField recordingLink = new TextField();
    private final TextField commitmentText = new TextField();
    private final DatePicker commitmentDue = new DatePicker();
    private final Div commitmentList = new Div();
    private final Span status = new Span();
    private final ServerRefusals refusals = new ServerRefusals();
    private final ServerRefusals commitmentRefusals = new ServerRefusals();
    private final Commitments commitments;
    private final TimeFormat time;
    private AnswerDraft draft;

    AnswerEditorDialog(
            QuestionCard question,
            AnswerDraft start,
            List<AnswerTemplate> templates,
            Action saveDraft,
            Action publish,
            Commitments commitments,
            TimeFormat time,
            Runnable afterPublish) {
        this.draft = start;
        this.commitments = commitments;
        this.time = time;
        text = LanguagePair.textAreas(
                "answer-text", getTranslation("answers.editor.text"), AnswerDesk.BODY_MAX, true, this::getTranslation);
        bindRefusals();
        setHeaderTitle(getTranslation("answers.editor.title", question.id()));
        var asked = new Paragraph(question.body());
        asked.addClassName("context");
        status.setId("answer-status");
        status.getElement().setAttribute("role", "status");

        answerState.setId("answer-state");
        answerState.setLabel(getTranslation("answers.editor.state"));
        answerState.setItems(AnswerOutcome.values());
        answerState.setItemLabelGenerator(s -> s == null ? "" : getTranslation("answer.state." + s.name()));
        answerState.addValueChangeListener(e -> showStateFields());

        template.setId("answer-template");
        template.setLabel(getTranslation("answers.editor.template"));
        template.setItems(templates);
        template.setItemLabelGenerator(t -> t == null ? "" : t.title().in(getLocale()));
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("answers.editor.template.none"));
        template.setVisible(!templates.isEmpty());
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                var body = e.getValue().body();
                if (body.zh() != null) {
                    text.zh.setValue(body.zh() + text.zh.getValue());
                }
                if (body.en() != null) {
                    text.en.setValue(body.en() + text.en.getValue());
                }
            }
        });

        for (var area : List.of(text.zh, text.en)) {
            area.setMinRows(6);
            area.setValueChangeMode(ValueChangeMode.TIMEOUT);
            area.addValueChangeListener(e -> count());
        }
        var languages = new Paragraph(getTranslation("answers.editor.languages"));
        languages.addClassName("hint");
        department.setId("answer-department");
        department.setLabel(getTranslation("answers.editor.department"));
        followUp.setId("answer-followup");
        followUp.setLabel(getTranslation("answers.editor.followup"));
        followUp.setWidthFull();
        promisedDate.setId("answer-promised-date");
        promisedDate.setLabel(getTranslation("answers.editor.promised-date"));
        onAirTime.setId("answer-on-air-time");
        onAirTime.setLabel(getTranslation("answers.editor.on-air-time"));
        onAirTime.setPlaceholder("mm:ss");
        recordingLink.setId("answer-recording-link");
        recordingLink.setLabel(getTranslation("answers.editor.recording-link"));
        recordingLink.setWidthFull();

        var onAirNote = new Paragraph(
                start.onAirAt() == null
                        ? getTranslation("answers.editor.not-on-air")
                        : getTranslation("live.answered-on-air", time.dateTime(start.onAirAt(), getLocale())));
        onAirNote.addClassName("hint");
        var onAir = new Details(getTranslation("answers.editor.on-air"), new Div(onAirNote, onAirTime, recordingLink));
        onAir.setOpened(start.onAirAt() != null);

        add(
                asked,
                status,
                answerState,
                template,
                languages,
                text.zh,
                text.en,
                department,
                followUp,
                promisedDate,
                onAir,
                commitmentsBlock());
        fill(start);

        var save = new Button(getTranslation("answers.editor.save-draft"), e -> run(saveDraft, false, afterPublish));
        save.setId("answer-save-draft");
        save.setEnabled(start.status() != AnswerStatus.PUBLISHED);
        var publishButton = new Button(
                getTranslation(
                        start.status() == AnswerStatus.PUBLISHED ? "answers.editor.update" : "answers.editor.publish"),
                e -> run(publish, true, afterPublish));
        publishButton.setId("answer-publish");
        publishButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.close"), e -> close());
        cancel.setId("answer-close");
        getFooter().add(cancel, save, publishButton);
        setWidth("min(52rem, 96vw)");
    }

    private void fill(AnswerDraft d) {
        var form = d.form();
        answerState.setValue(form.state() == null ? AnswerOutcome.ANSWERED : form.state());
        text.show(form.text());
        department.setValue(form.department() == null ? "" : form.department());
        followUp.setValue(form.followUp() == null ? "" : form.followUp());
        promisedDate.setValue(form.promisedDate());
        onAirTime.setValue(form.recordingTime() == null ? "" : form.recordingTime());
        recordingLink.setValue(form.recordingLink() == null ? "" : form.recordingLink());
        count();
        showState();
        showStateFields();
        showCommitments();
    }

    private void showStateFields() {
        var state = answerState.getValue();
        department.setVisible(state == AnswerOutcome.FORWARDED);
        followUp.setVisible(state == AnswerOutcome.FORWARDED);
        promisedDate.setVisible(state == AnswerOutcome.LATER);
    }

    private AnswerForm form() {
        return new AnswerForm(
                answerState.getValue(),
                text.en.getValue(),
                department.getValue(),
                followUp.getValue(),
                promisedDate.getValue(),
                onAirTime.getValue(),
                recordingLink.getValue(),
                text.zh.getValue());
    }

    private void count() {
        text.zh.setHelperText(getTranslation("input.count", Texts.length(text.zh.getValue()), AnswerDesk.BODY_MAX));
        text.en.setHelperText(getTranslation("input.count", Texts.length(text.en.getValue()), AnswerDesk.BODY_MAX));
    }

    private void showState() {
        status.setText(
                getTranslation(draft.version() == null ? "answers.state.new" : "answers.state." + draft.status()));
    }

    private Div commitmentsBlock() {
        commitmentText.setId("commitment-text");
        commitmentText.setLabel(getTranslation("commitment.text"));
        commitmentText.setWidthFull();
        commitmentDue.setId("commitment-due");
        commitmentDue.setLabel(getTranslation("commitment.due"));
        var add = new Button(getTranslation("commitment.add"), e -> addCommitment());
        add.setId("commitment-add");
        commitmentList.addClassName("commitments");
        var block = new Div(
                new Span(getTranslation("commitment.heading")), commitmentList, commitmentText, commitmentDue, add);
        block.addClassName("commitment-editor");
        return block;
    }

    private void showCommitments() {
        commitmentList.removeAll();
        if (draft.answerId() == null) {
            return;
        }
        for (var c : commitments.list(draft.questionId())) {
            var statusSelect = new Select<CommitmentStatus>();
            statusSelect.setId("commitment-status-" + c.id());
            statusSelect.setItems(CommitmentStatus.values());
            statusSelect.setItemLabelGenerator(s -> s == null ? "" : getTranslation("commitment.status." + s.name()));
            statusSelect.setValue(c.status());
            statusSelect.setAriaLabel(getTranslation("commitment.status-aria", c.body()));
            statusSelect.addValueChangeListener(e -> {
                if (e.getValue() != null && e.getOldValue() != e.getValue()) {
                    commitments.change(c.id(), e.getValue(), c.version());
                    showCommitments();
                }
            });
            var row = new Div(new Span(c.body() + " · " + time.date(c.dueDate(), getLocale())), statusSelect);
            row.addClassName("commitment");
            commitmentList.add(row);
        }
    }

    /** Each field under the name the answer desk refuses it with (decision 034). */
    private void bindRefusals() {
        refusals.bind("text", text);
        refusals.bind("department", department);
        refusals.bind("followUp", followUp);
        refusals.bind("promisedDate", promisedDate);
        refusals.bind("recordingTime", onAirTime);
        refusals.bind("recordingLink", recordingLink);
        commitmentRefusals.bind("commitment", commitmentText);
        commitmentRefusals.bind("due", commitmentDue);
    }

    private void addCommitment() {
        commitmentRefusals.clear();
        try {
            commitments.add(draft.questionId(), commitmentText.getValue(), commitmentDue.getValue());
            commitmentText.clear();
            commitmentDue.clear();
            showCommitments();
        } catch (DomainException refused) {
            commitmentRefusals.show(refused, "commitment");
        }
    }

    private void run(Action action, boolean publishes, Runnable afterPublish) {
        refusals.clear();
        try {
            draft = action.apply(draft.questionId(), form(), draft.version());
            showState();
            showCommitments();
            if (publishes) {
                close();
                afterPublish.run();
            }
        } catch (DomainException refused) {
            refusals.show(refused, "text.zh");
        }
    }
}
