package org.citizendialogue.opendata;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.programme.ProgrammeDetails;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.shared.FormerResident;

import tools.jackson.databind.json.JsonMapper;

/**
 * The three formats of the open data, written from numbers and published text only. Times are
 * ISO-8601 in UTC, to the second. The shapes are versioned (docs/decisions/007): a change that
 * removes or renames a field raises {@link #VERSION}.
 */
final class OpenDataFormats {

    static final int VERSION = 1;
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final List<String> CSV_HEADER = List.of(
            "id",
            "url",
            "topic",
            "topic_title",
            "question",
            "author",
            "votes",
            "state",
            "submitted_at",
            "published_at",
            "answered_at",
            "comment_count",
            "answer",
            "answer_bureau",
            "answer_official_title",
            "answer_published_at",
            "answer_updated_at",
            "answer_state",
            "answer_department",
            "answer_promised_date",
            "topic_title_zh",
            "topic_title_en",
            "answer_zh",
            "answer_en",
            "answer_bureau_zh",
            "answer_bureau_en",
            "answer_official_title_zh",
            "answer_official_title_en");

    private static final Locale EN = Bilingual.ENGLISH;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenDataFormats() {}

    static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String answerState(PublishedAnswer answer) {
        return answer.state() == null ? "answered" : answer.state().name().toLowerCase(Locale.ROOT);
    }

    static String state(ExportedQuestion row) {
        return row.answer() != null || row.question().answered() ? "answered" : "open";
    }

    // ---- CSV ----

    static byte[] csv(List<ExportedQuestion> rows, String baseUrl) {
        var table = new CsvTable().row(CSV_HEADER.toArray());
        for (var row : rows) {
            var q = row.question();
            var a = row.answer();
            table.row(
                    q.id(),
                    baseUrl + "/questions/" + q.id(),
                    row.topic() == null ? null : row.topic().slug(),
                    row.topic() == null ? null : row.topic().title().in(EN),
                    q.body(),
                    FormerResident.inOpenData(q.authorName()),
                    q.votes(),
                    state(row),
                    time(q.submittedAt()),
                    time(q.publishedAt()),
                    time(q.answeredAt()),
                    q.commentCount(),
                    a == null ? null : a.text().in(EN),
                    a == null ? null : a.bureau().in(EN),
                    a == null ? null : a.author().in(EN),
                    a == null ? null : time(a.publishedAt()),
                    a == null ? null : time(a.updatedAt()),
                    a == null ? null : answerState(a),
                    a == null ? null : a.department(),
                    a == null ? null : date(a.promisedDate()),
                    row.topic() == null ? null : row.topic().title().zh(),
                    row.topic() == null ? null : row.topic().title().en(),
                    a == null ? null : a.text().zh(),
                    a == null ? null : a.text().en(),
                    a == null ? null : a.bureau().zh(),
                    a == null ? null : a.bureau().en(),
                    a == null ? null : a.author().zh(),
                    a == null ? null : a.author().en());
        }
        return table.bytes();
    }

    // ---- JSON ----

    record JsonExport(int version, JsonDialogue dialogue, List<JsonQuestion> questions) {}

    /**
     * title, bureau, guest and guestTitle are as in version 1 (the English text, else the Chinese);
     * the fields ending in Zh and En carry each language's version, null where it is not written.
     */
    record JsonDialogue(
            String slug,
            String title,
            String status,
            String bureau,
            String guest,
            String guestTitle,
            String startsAt,
            String url,
            String titleZh,
            String titleEn,
            String summaryZh,
            String summaryEn,
            String bureauZh,
            String bureauEn,
            String guestZh,
            String guestEn,
            String guestTitleZh,
            String guestTitleEn) {}

    record JsonTopic(String slug, String title, String titleZh, String titleEn) {}

    /** state is answered, forwarded (to the department) or later (promised for promisedDate). */
    record JsonAnswer(
            String body,
            String bureau,
            String officialTitle,
            String publishedAt,
            String updatedAt,
            String state,
            String department,
            String promisedDate,
            String bodyZh,
            String bodyEn,
            String bureauZh,
            String bureauEn,
            String officialTitleZh,
            String officialTitleEn) {}

    record JsonQuestion(
            long id,
            String url,
            JsonTopic topic,
            String body,
            String author,
            int votes,
            String state,
            String submittedAt,
            String publishedAt,
            String answeredAt,
            int commentCount,
            JsonAnswer answer) {}

    static byte[] json(ProgrammeDetails d, List<ExportedQuestion> rows, String baseUrl) {
        var dialogue = new JsonDialogue(
                d.slug(),
                d.title().in(EN),
                d.status().name(),
                d.bureauName().in(EN),
                d.guestName().in(EN),
                d.guestTitle().in(EN),
                time(d.startsAt()),
                baseUrl + "/dialogues/" + d.slug(),
                d.title().zh(),
                d.title().en(),
                d.summary().zh(),
                d.summary().en(),
                d.bureauName().zh(),
                d.bureauName().en(),
                d.guestName().zh(),
                d.guestName().en(),
                d.guestTitle().zh(),
                d.guestTitle().en());
        var questions = rows.stream()
                .map(row -> {
                    var q = row.question();
                    var a = row.answer();
                    return new JsonQuestion(
                            q.id(),
                            baseUrl + "/questions/" + q.id(),
                            row.topic() == null
                                    ? null
                                    : new JsonTopic(
                                            row.topic().slug(),
                                            row.topic().title().in(EN),
                                            row.topic().title().zh(),
                                            row.topic().title().en()),
                            q.body(),
                            FormerResident.inOpenData(q.authorName()),
                            q.votes(),
                            state(row),
                            time(q.submittedAt()),
                            time(q.publishedAt()),
                            time(q.answeredAt()),
                            q.commentCount(),
                            a == null
                                    ? null
                                    : new JsonAnswer(
                                            a.text().in(EN),
                                            a.bureau().in(EN),
                                            a.author().in(EN),
                                            time(a.publishedAt()),
                                            time(a.updatedAt()),
                                            answerState(a),
                                            a.department(),
                                            date(a.promisedDate()),
                                            a.text().zh(),
                                            a.text().en(),
                                            a.bureau().zh(),
                                            a.bureau().en(),
                                            a.author().zh(),
                                            a.author().en()));
                })
                .toList();
        return JSON.writeValueAsBytes(new JsonExport(VERSION, dialogue, questions));
    }

    // ---- Atom ----

    /** The feed's identity and links; ids are tag: URIs that never change with the host name. */
    record FeedHead(
            String id,
            String title,
            String selfUrl,
            String alternateUrl,
            String author,
            String tagPrefix,
            Locale language) {}

    /** The words of a feed in its language; admin-written texts come in that language, else the other one. */
    static String feedWord(Locale language, String english, String chinese) {
        return Bilingual.isChinese(language) ? chinese : english;
    }

    static Instant updated(FeedEntry entry) {
        var a = entry.answer();
        return a.updatedAt() != null && a.updatedAt().isAfter(a.publishedAt()) ? a.updatedAt() : a.publishedAt();
    }

    /** When the feed last changed: its newest entry, or the epoch for a feed with none (stable, so cacheable). */
    static Instant updated(List<FeedEntry> entries) {
        return entries.stream()
                .map(OpenDataFormats::updated)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
    }

    static byte[] atom(FeedHead head, List<FeedEntry> entries, String baseUrl) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute(
                    "xml",
                    "http://www.w3.org/XML/1998/namespace",
                    "lang",
                    head.language().toLanguageTag());
            element(xml, "id", head.id());
            element(xml, "title", head.title());
            element(xml, "updated", time(updated(entries)));
            link(xml, "self", "application/atom+xml", head.selfUrl());
            link(xml, "alternate", "text/html", head.alternateUrl());
            xml.writeStartElement("author");
            element(xml, "name", head.author());
            xml.writeEndElement();
            element(xml, "generator", "Citizen Dialogue");
            for (var entry : entries) {
                var a = entry.answer();
                var q = entry.question();
                xml.writeStartElement("entry");
                element(xml, "id", head.tagPrefix() + "answer/" + a.id());
                element(
                        xml,
                        "title",
                        feedWord(head.language(), "Answer to question " + q.id() + ": ", "对问题 " + q.id() + " 的答复：")
                                + shortened(q.body(), 100));
                element(xml, "published", time(a.publishedAt()));
                element(xml, "updated", time(updated(entry)));
                link(xml, "alternate", "text/html", baseUrl + "/questions/" + q.id());
                xml.writeStartElement("author");
                element(xml, "name", a.bureau().in(head.language()));
                xml.writeEndElement();
                xml.writeEmptyElement("category");
                xml.writeAttribute(
                        "term",
                        entry.topic().dialogueSlug() + "/" + entry.topic().topicSlug());
                xml.writeAttribute("label", safe(entry.topic().topicTitle().in(head.language())));
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(safe(q.body()));
                xml.writeEndElement();
                xml.writeStartElement("content");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(safe(a.text().in(head.language()) + "\n\n— "
                        + a.author().in(head.language()) + (Bilingual.isChinese(head.language()) ? "，" : ", ")
                        + a.bureau().in(head.language())));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(safe(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    static String shortened(String text, int codePoints) {
        var single = text.replaceAll("\\s+", " ").strip();
        if (single.codePointCount(0, single.length()) <= codePoints) {
            return single;
        }
        return single.substring(0, single.offsetByCodePoints(0, codePoints)) + "…";
    }

    /** Drops the characters XML 1.0 cannot carry at all (control characters other than tab and line breaks). */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c > 0xFFFF)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
