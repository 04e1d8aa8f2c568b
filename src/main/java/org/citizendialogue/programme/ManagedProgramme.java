package org.citizendialogue.programme;

import java.util.List;

/** A programme as the admin form edits it: its fields as a draft, its state and its topics in order. */
public record ManagedProgramme(
        long id, int version, ProgrammeStatus status, ProgrammeDraft draft, List<TopicSummary> topics) {}
