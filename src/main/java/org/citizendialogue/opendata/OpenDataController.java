package org.citizendialogue.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

import org.citizendialogue.shared.Bilingual;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open data addresses (docs/product.md §4). Public, no session: SecurityConfig permits /api/** and
 * /feeds/**. Responses may be cached for a minute by anyone and carry an ETag (and, for feeds,
 * Last-Modified), so a client that asks again gets 304 Not Modified. Unknown and draft programmes
 * are 404.
 */
@RestController
class OpenDataController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final OpenDataService data;
    private final String tagPrefix;
    private final String baseUrl;

    /** Links use the configured base URL: a Host header copied into cacheable data could poison caches. */
    OpenDataController(
            OpenDataService data,
            @Value("${dialogue.base-url:http://localhost:8080/}") String baseUrl,
            @Value("${dialogue.opendata.tag-authority:citizen-dialogue.example}") String tagAuthority,
            @Value("${dialogue.opendata.tag-year:2026}") String tagYear) {
        this.data = data;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.tagPrefix = "tag:" + tagAuthority + "," + tagYear + ":";
    }

    @GetMapping("/api/dialogues/{slug}/questions.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug) {
        return data.programme(slug)
                .map(d -> {
                    var body = OpenDataFormats.csv(data.questions(d), baseUrl());
                    return cached(CSV, body)
                            .header(
                                    HttpHeaders.CONTENT_DISPOSITION,
                                    ContentDisposition.inline()
                                            .filename(d.slug() + "-questions.csv")
                                            .build()
                                            .toString())
                            .body(body);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/api/dialogues/{slug}/questions.json")
    ResponseEntity<byte[]> json(@PathVariable String slug) {
        return data.programme(slug)
                .map(d -> {
                    var body = OpenDataFormats.json(d, data.questions(d), baseUrl());
                    return cached(MediaType.APPLICATION_JSON, body).body(body);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /**
     * A feed is in one language (decision 025): {@code ?lang=zh} or {@code ?lang=zh-CN} gives the
     * Chinese one, anything else the English one, as before. Each has its own id.
     */
    @GetMapping("/feeds/answers.atom")
    ResponseEntity<byte[]> siteFeed(@RequestParam(name = "lang", required = false) String lang) {
        var base = baseUrl();
        var language = feedLanguage(lang);
        var entries = data.feed(null);
        var head = new OpenDataFormats.FeedHead(
                tagPrefix + "feeds/answers" + idSuffix(language),
                OpenDataFormats.feedWord(language, "Citizen Dialogue: published answers", "市民对话：已发布的答复"),
                base + "/feeds/answers.atom" + query(language),
                base + "/",
                OpenDataFormats.feedWord(language, "Citizen Dialogue", "市民对话"),
                tagPrefix,
                language);
        var body = OpenDataFormats.atom(head, entries, base);
        return cached(ATOM, body).lastModified(OpenDataFormats.updated(entries)).body(body);
    }

    @GetMapping("/feeds/dialogues/{slug}/answers.atom")
    ResponseEntity<byte[]> dialogueFeed(
            @PathVariable String slug, @RequestParam(name = "lang", required = false) String lang) {
        var language = feedLanguage(lang);
        return data.programme(slug)
                .map(d -> {
                    var base = baseUrl();
                    var entries = data.feed(d);
                    var head = new OpenDataFormats.FeedHead(
                            tagPrefix + "feeds/dialogues/" + d.id() + "/answers" + idSuffix(language),
                            d.title().in(language)
                                    + OpenDataFormats.feedWord(language, ": published answers", "：已发布的答复"),
                            base + "/feeds/dialogues/" + d.slug() + "/answers.atom" + query(language),
                            base + "/dialogues/" + d.slug(),
                            d.bureauName().in(language),
                            tagPrefix,
                            language);
                    var body = OpenDataFormats.atom(head, entries, base);
                    return cached(ATOM, body)
                            .lastModified(OpenDataFormats.updated(entries))
                            .body(body);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static Locale feedLanguage(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("zh") ? Bilingual.CHINESE : Bilingual.ENGLISH;
    }

    /** The English feed keeps the id it always had; the Chinese one is another feed. */
    private static String idSuffix(Locale language) {
        return Bilingual.isChinese(language) ? "/zh" : "";
    }

    private static String query(Locale language) {
        return Bilingual.isChinese(language) ? "?lang=zh" : "";
    }

    private static ResponseEntity.BodyBuilder cached(MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type).cacheControl(CACHE).eTag(etag(body));
    }

    private static String etag(byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String baseUrl() {
        return baseUrl;
    }
}
