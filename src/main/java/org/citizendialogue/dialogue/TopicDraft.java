package org.citizendialogue.dialogue;

/** What an admin types into the topic form; limits match the topic table (V002). */
public record TopicDraft(String title, String slug, String summary) {

    public static final int TITLE_MAX = 200;
    public static final int SLUG_MAX = 80;
    public static final int SUMMARY_MAX = 2000;
}
