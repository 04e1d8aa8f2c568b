package org.citizendialogue.programme;

import org.citizendialogue.shared.cluster.CrossNode;

/** What happens to programmes. */
public final class ProgrammeEvents {

    private ProgrammeEvents() {}

    public record StatusChanged(long dialogueId, ProgrammeStatus from, ProgrammeStatus to) implements CrossNode {}
}
