package org.citizendialogue.poll;

import java.time.Instant;
import java.util.List;

import org.citizendialogue.shared.Bilingual;

/**
 * A poll as every screen and open data show it: the question, each option with its votes, the
 * state and times, and (for the signed-in reader) the option they chose.
 */
public record Poll(
        long id,
        long dialogueId,
        Bilingual question,
        PollStatus status,
        List<Option> options,
        Instant openedAt,
        Instant closedAt,
        Long myChoice) {

    public record Option(long id, Bilingual label, int votes) {}

    public int totalVotes() {
        return options.stream().mapToInt(Option::votes).sum();
    }

    /** The option's share of the votes in whole per cent (0 when nobody voted). */
    public int percent(Option option) {
        int total = totalVotes();
        return total == 0 ? 0 : Math.round(100f * option.votes() / total);
    }

    public boolean open() {
        return status == PollStatus.OPEN;
    }
}
