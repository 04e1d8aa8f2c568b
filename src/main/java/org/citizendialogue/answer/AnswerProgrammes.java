package org.citizendialogue.answer;

import java.util.Optional;

import org.citizendialogue.shared.ProgrammeOfSubject;
import org.citizendialogue.submission.SubmissionProgrammes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The programme an answer belongs to (its question's), for the audit trail. */
@Component
class AnswerProgrammes implements ProgrammeOfSubject {

    private final AnswerRepository answers;
    private final SubmissionProgrammes questions;

    AnswerProgrammes(AnswerRepository answers, SubmissionProgrammes questions) {
        this.answers = answers;
        this.questions = questions;
    }

    @Override
    public String targetType() {
        return "ANSWER";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> programmeOf(long answerId) {
        return answers.findById(answerId).flatMap(a -> questions.programmeOf(a.questionId()));
    }
}
