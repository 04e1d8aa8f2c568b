package org.citizendialogue.poll;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citizendialogue.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The poll tables: one query for the polls asked for and one for all their options. */
@Component
class PollStore {

    private final JdbcClient jdbc;

    PollStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long dialogueId,
            String questionEn,
            String questionZh,
            List<PollDraft.Option> options,
            long by,
            Instant at) {
        jdbc.sql("""
                INSERT INTO poll (dialogue_id, question_en, question_zh, status, created_by, created_at)
                VALUES (?, ?, ?, 'DRAFT', ?, ?)
                """)
                .params(dialogueId, questionEn, questionZh, by, Timestamp.from(at))
                .update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("INSERT INTO poll_option (poll_id, position, label_en, label_zh) VALUES (?, ?, ?, ?)")
                    .params(id, i + 1, options.get(i).en(), options.get(i).zh())
                    .update();
        }
        return id;
    }

    record Head(long id, long dialogueId, PollStatus status) {}

    Optional<Head> lock(long pollId) {
        return jdbc.sql("SELECT id, dialogue_id, status FROM poll WHERE id = ? FOR UPDATE")
                .param(pollId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), PollStatus.valueOf(rs.getString(3))))
                .optional();
    }

    Optional<Long> openIn(long dialogueId) {
        return jdbc.sql("SELECT id FROM poll WHERE open_dialogue_id = ? FOR UPDATE")
                .param(dialogueId)
                .query(Long.class)
                .optional();
    }

    void open(long pollId, Instant at) {
        jdbc.sql("UPDATE poll SET status = 'OPEN', opened_at = ?, closed_at = NULL, version = version + 1 WHERE id = ?")
                .params(Timestamp.from(at), pollId)
                .update();
    }

    void close(long pollId, Instant at) {
        jdbc.sql("UPDATE poll SET status = 'CLOSED', closed_at = ?, version = version + 1 WHERE id = ?")
                .params(Timestamp.from(at), pollId)
                .update();
    }

    boolean hasOption(long pollId, long optionId) {
        return jdbc.sql("SELECT COUNT(*) FROM poll_option WHERE id = ? AND poll_id = ?")
                        .params(optionId, pollId)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    /**
     * Records the person's choice and moves the counts with it, in the caller's transaction (the
     * poll's row is locked by then): a first vote adds one, a change moves one, the same choice
     * changes nothing.
     */
    void choose(long pollId, long accountId, long optionId, Instant at) {
        var previous = jdbc.sql("SELECT option_id FROM poll_vote WHERE poll_id = ? AND account_id = ? FOR UPDATE")
                .params(pollId, accountId)
                .query(Long.class)
                .optional();
        if (previous.isEmpty()) {
            jdbc.sql("INSERT INTO poll_vote (poll_id, account_id, option_id, cast_at) VALUES (?, ?, ?, ?)")
                    .params(pollId, accountId, optionId, Timestamp.from(at))
                    .update();
            jdbc.sql("UPDATE poll_option SET vote_count = vote_count + 1 WHERE id = ?")
                    .param(optionId)
                    .update();
        } else if (previous.get() != optionId) {
            jdbc.sql("UPDATE poll_vote SET option_id = ?, cast_at = ? WHERE poll_id = ? AND account_id = ?")
                    .params(optionId, Timestamp.from(at), pollId, accountId)
                    .update();
            jdbc.sql("UPDATE poll_option SET vote_count = vote_count - 1 WHERE id = ?")
                    .param(previous.get())
                    .update();
            jdbc.sql("UPDATE poll_option SET vote_count = vote_count + 1 WHERE id = ?")
                    .param(optionId)
                    .update();
        }
    }

    /** The polls of a programme in these states, newest first, with the reader's choices. */
    List<Poll> of(long dialogueId, Collection<PollStatus> states, Long readerId) {
        var ids = jdbc.sql(
                        "SELECT id FROM poll WHERE dialogue_id = :d AND status IN (:s) ORDER BY created_at DESC, id DESC")
                .param("d", dialogueId)
                .param("s", states.stream().map(Enum::name).toList())
                .query(Long.class)
                .list();
        return load(ids, readerId);
    }

    Optional<Poll> one(long pollId, Long readerId) {
        return load(List.of(pollId), readerId).stream().findFirst();
    }

    private List<Poll> load(List<Long> ids, Long readerId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Poll.Option>> options = new HashMap<>();
        jdbc.sql(
                        "SELECT id, poll_id, label_en, label_zh, vote_count FROM poll_option WHERE poll_id IN (:ids) ORDER BY poll_id, position")
                .param("ids", ids)
                .query(rs -> {
                    options.computeIfAbsent(rs.getLong("poll_id"), k -> new ArrayList<>())
                            .add(new Poll.Option(
                                    rs.getLong("id"),
                                    Bilingual.of(rs.getString("label_zh"), rs.getString("label_en")),
                                    rs.getInt("vote_count")));
                });
        Map<Long, Long> mine = new HashMap<>();
        if (readerId != null) {
            jdbc.sql("SELECT poll_id, option_id FROM poll_vote WHERE account_id = :a AND poll_id IN (:ids)")
                    .param("a", readerId)
                    .param("ids", ids)
                    .query(rs -> {
                        mine.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        var polls = new HashMap<Long, Poll>();
        jdbc.sql(
                        "SELECT id, dialogue_id, question_en, question_zh, status, opened_at, closed_at FROM poll WHERE id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong("id");
                    polls.put(
                            id,
                            new Poll(
                                    id,
                                    rs.getLong("dialogue_id"),
                                    Bilingual.of(rs.getString("question_zh"), rs.getString("question_en")),
                                    PollStatus.valueOf(rs.getString("status")),
                                    List.copyOf(options.getOrDefault(id, List.of())),
                                    instant(rs.getTimestamp("opened_at")),
                                    instant(rs.getTimestamp("closed_at")),
                                    mine.get(id)));
                });
        return ids.stream().map(polls::get).toList();
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
