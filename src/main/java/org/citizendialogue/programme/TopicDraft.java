package org.citizendialogue.programme;

import org.citizendialogue.shared.Bilingual;

/**
 * What an admin types into the topic form: title and summary in Chinese, English or both
 * (decision 025); a summary needs a title in its language. Limits match the topic table (V002, V036).
 */
public record TopicDraft(Bilingual title, String slug, Bilingual summary) {

    public static final int TITLE_MAX = 200;
    public static final int SLUG_MAX = 80;
    public static final int SUMMARY_MAX = 2000;

    public TopicDraft {
        title = ProgrammeDraft.orNone(title);
        summary = ProgrammeDraft.orNone(summary);
    }
}
