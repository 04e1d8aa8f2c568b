package org.citizendialogue.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.shared.Bilingual;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * A programme's closed polls with their final results as open data (decision 028), beside its
 * questions: {@code /api/dialogues/{slug}/polls.json}, both languages of every text, cached a
 * minute like the other open data.
 */
@RestController
class PollOpenData {

    /** The version of this file's shape; fields are only ever added. */
    static final int FORMAT = 1;

    record Text(String en, String zh) {}

    record Option(Text label, int votes) {}

    record ClosedPoll(
            long id, Text question, Instant openedAt, Instant closedAt, int totalVotes, List<Option> options) {}

    record File(int format, String programme, List<ClosedPoll> polls) {}

    private final ProgrammeService programmes;
    private final Polls polls;
    private final JsonMapper json;

    PollOpenData(ProgrammeService programmes, Polls polls, JsonMapper json) {
        this.programmes = programmes;
        this.polls = polls;
        this.json = json;
    }

    @GetMapping("/api/dialogues/{slug}/polls.json")
    ResponseEntity<byte[]> closedPolls(@PathVariable String slug) {
        return programmes
                .publicProgramme(slug)
                .map(d -> {
                    var closed = polls.closedIn(d.id()).stream()
                            .map(p -> new ClosedPoll(
                                    p.id(),
                                    text(p.question()),
                                    p.openedAt(),
                                    p.closedAt(),
                                    p.totalVotes(),
                                    p.options().stream()
                                            .map(o -> new Option(text(o.label()), o.votes()))
                                            .toList()))
                            .toList();
                    var body = json.writeValueAsBytes(new File(FORMAT, d.slug(), closed));
                    return ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_JSON)
                            .cacheControl(
                                    CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                            .body(body);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static Text text(Bilingual text) {
        return new Text(text.en(), text.zh());
    }
}
