package org.citizendialogue.statistics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * The scorecard as open data (issue 17, part 2), like the other open data: public, cached for a
 * minute, JSON with a version ({@code "version": 1}, fields only ever added) and CSV (UTF-8 with
 * BOM, RFC 4180, formula-safe), per programme and per bureau. Counts are always given; a rate is
 * null where the small-number rule withholds it (fewer than ten in its whole).
 * {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD&programme=slug} choose the period and programme.
 */
@RestController
class ScorecardOpenData {

    static final int VERSION = 1;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    record Row(
            String key,
            String nameEn,
            String nameZh,
            long responded,
            long responseWhole,
            Double responseRate,
            long doneOnTime,
            long due,
            Double resolutionRate,
            long satisfied,
            long partly,
            long notSatisfied,
            long ratings,
            Double satisfactionRate,
            Long medianSecondsToAnswer) {}

    record File(
            int version,
            LocalDate from,
            LocalDate to,
            int responseDays,
            int smallNumber,
            Row all,
            List<Row> programmes,
            List<Row> bureaus) {}

    private final ScorecardService scorecards;
    private final JsonMapper json;

    ScorecardOpenData(ScorecardService scorecards, JsonMapper json) {
        this.scorecards = scorecards;
        this.json = json;
    }

    @GetMapping("/api/scorecard.json")
    ResponseEntity<byte[]> json(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String programme) {
        var card = scorecards.of(date(from), date(to), programme);
        var file = new File(
                VERSION,
                card.from(),
                card.to(),
                card.responseDays(),
                Share.SMALL,
                row(card.all()),
                card.programmes().stream().map(ScorecardOpenData::row).toList(),
                card.bureaus().stream().map(ScorecardOpenData::row).toList());
        return cached(MediaType.APPLICATION_JSON, json.writeValueAsBytes(file));
    }

    @GetMapping("/api/scorecard/{kind:programmes|bureaus}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String programme) {
        var card = scorecards.of(date(from), date(to), programme);
        var rows = new ArrayList<Row>();
        rows.add(row(card.all()));
        (kind.equals("bureaus") ? card.bureaus() : card.programmes()).forEach(f -> rows.add(row(f)));
        var out = new StringBuilder("\uFEFF");
        line(
                out,
                "key",
                "name_en",
                "name_zh",
                "from",
                "to",
                "responded",
                "response_whole",
                "response_rate",
                "done_on_time",
                "due",
                "resolution_rate",
                "satisfied",
                "partly",
                "not_satisfied",
                "ratings",
                "satisfaction_rate",
                "median_seconds_to_answer");
        for (var r : rows) {
            line(
                    out,
                    r.key(),
                    r.nameEn(),
                    r.nameZh(),
                    card.from(),
                    card.to(),
                    r.responded(),
                    r.responseWhole(),
                    r.responseRate(),
                    r.doneOnTime(),
                    r.due(),
                    r.resolutionRate(),
                    r.satisfied(),
                    r.partly(),
                    r.notSatisfied(),
                    r.ratings(),
                    r.satisfactionRate(),
                    r.medianSecondsToAnswer());
        }
        return cached(CSV, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Row row(ScorecardFigures f) {
        var s = f.satisfaction();
        return new Row(
                f.key(),
                f.name().en(),
                f.name().zh(),
                f.response().part(),
                f.response().whole(),
                rate(f.response()),
                f.resolution().part(),
                f.resolution().whole(),
                rate(f.resolution()),
                s.satisfied(),
                s.partly(),
                s.notSatisfied(),
                s.ratings(),
                s.percent().isPresent() ? round(s.percent().getAsDouble()) : null,
                f.medianToAnswer() == null ? null : f.medianToAnswer().toSeconds());
    }

    private static Double rate(Share share) {
        return share.percent().isPresent() ? round(share.percent().getAsDouble()) : null;
    }

    private static Double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }

    private static void line(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        var text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ResponseEntity<byte[]> cached(MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                .body(body);
    }
}
