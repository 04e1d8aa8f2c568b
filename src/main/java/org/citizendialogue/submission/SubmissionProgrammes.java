package org.citizendialogue.submission;

import java.util.Optional;

import org.citizendialogue.shared.ProgrammeOfSubject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme a submission belongs to, whatever its state: for the audit trail (entries on a
 * submission are filed under its programme) and for modules whose subjects hang off a question.
 */
@Component
public class SubmissionProgrammes implements ProgrammeOfSubject {

    private final SubmissionRepository submissions;

    SubmissionProgrammes(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    @Override
    public String targetType() {
        return "SUBMISSION";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> programmeOf(long submissionId) {
        return submissions.findById(submissionId).map(Submission::dialogueId);
    }
}
