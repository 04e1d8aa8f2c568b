package org.citizendialogue.poll;

import java.util.List;

/**
 * What staff type to prepare a poll: the question and 2 to 6 options, each in English, Chinese or
 * both (at least one of the two).
 */
public record PollDraft(String questionEn, String questionZh, List<Option> options) {

    public static final int QUESTION_MAX = 200;
    public static final int OPTION_MAX = 100;
    public static final int OPTIONS_MIN = 2;
    public static final int OPTIONS_MAX = 6;

    public record Option(String en, String zh) {}
}
