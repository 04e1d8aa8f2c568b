package org.citizendialogue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citizendialogue.account.AccountService;
import org.citizendialogue.answer.AnswerDesk;
import org.citizendialogue.answer.AnswerForm;
import org.citizendialogue.submission.RejectionReason;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.citizendialogue.support.Residents;
import org.citizendialogue.support.Words;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Search on the real database and index: Chinese, English stemming, and nothing unpublished. */
@IntegrationTest
class SearchIntegrationTest {

    @Autowired
    Residents residents;

    @Autowired
    SearchService search;

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    AnswerDesk answers;

    @Autowired
    AccountService accounts;

    @Autowired
    Acting acting;

    private String newResident() {
        return residents.register("Search Tester");
    }

    private int versionOf(long id) {
        return residents.pendingVersion(id);
    }

    private List<SearchHit> find(String text) {
        return search.search(SearchQuery.of(text));
    }

    private static List<Long> ids(List<SearchHit> hits, HitKind kind) {
        return hits.stream().filter(h -> h.kind() == kind).map(SearchHit::id).toList();
    }

    private static List<String> marked(SearchHit hit) {
        return hit.fragments().stream()
                .filter(TextFragment::match)
                .map(TextFragment::text)
                .toList();
    }

    @Test
    void chinese_query_finds_the_demo_question_about_autonomous_driving_and_marks_the_words() {
        var hits = find("自动驾驶");
        assertThat(ids(hits, HitKind.QUESTION)).contains(9L);
        assertThat(ids(hits, HitKind.ANSWER))
                .as("the published answer to question 9")
                .contains(6L);
        var nine = hits.stream()
                .filter(h -> h.kind() == HitKind.QUESTION && h.id() == 9)
                .findFirst()
                .orElseThrow();
        assertThat(marked(nine)).containsOnly("自动驾驶");
        assertThat(String.join(
                        "", nine.fragments().stream().map(TextFragment::text).toList()))
                .as("the whole text, emoji included, comes back unchanged")
                .endsWith("🚗");
        assertThat(nine.elementId()).isEqualTo("search-result-9");
        assertThat(find("无人驾驶").stream().map(SearchHit::id))
                .as("a different phrase")
                .doesNotContain(9L);
    }

    @Test
    void an_english_word_finds_its_plural() {
        var hits = find("station");
        assertThat(ids(hits, HitKind.QUESTION)).contains(3L);
        var three = hits.stream()
                .filter(h -> h.kind() == HitKind.QUESTION && h.id() == 3)
                .findFirst()
                .orElseThrow();
        assertThat(marked(three)).contains("stations");
    }

    @Test
    void rejected_withdrawn_pending_and_draft_demo_texts_never_match() {
        assertThat(find("0013 8000")).as("rejected question 23").isEmpty();
        assertThat(find("parking fees Chaoyang")).as("rejected comment 38").isEmpty();
        assertThat(find("Financial Institutions Group"))
                .as("withdrawn question 25")
                .isEmpty();
        assertThat(find("Personal Information Protection Law"))
                .as("draft answer 9")
                .isEmpty();
        assertThat(find("地下车库")).as("pending question 53").isEmpty();
    }

    @Test
    void pending_text_is_not_found_until_approved_then_found_after_commit() {
        var word = Words.unique();
        var resident = newResident();
        long id = acting.as(
                resident, () -> submissions.ask(Demo.TOPIC_ID, "Will the " + word + " pilot reach Tongzhou?"));
        assertThat(find(word)).isEmpty();

        acting.run(Demo.MODERATOR, () -> moderation.approve(id, versionOf(id)));
        assertThat(find(word)).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(HitKind.QUESTION);
            assertThat(hit.id()).isEqualTo(id);
            assertThat(hit.answered()).isFalse();
            assertThat(marked(hit)).containsExactly(word);
        });
    }

    @Test
    void rejected_and_withdrawn_text_never_matches() {
        var rejectedWord = Words.unique();
        var withdrawnWord = Words.unique();
        var resident = newResident();
        long rejected = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, "Spam about " + rejectedWord));
        acting.run(Demo.MODERATOR, () -> moderation.reject(rejected, versionOf(rejected), RejectionReason.SPAM, null));
        long withdrawn = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, "Never mind " + withdrawnWord));
        acting.run(resident, () -> submissions.withdraw(withdrawn));
        assertThat(find(rejectedWord)).isEmpty();
        assertThat(find(withdrawnWord)).isEmpty();
    }

    @Test
    void comments_and_answers_are_found_once_published_and_the_answered_filter_follows_the_answer() {
        var questionWord = Words.unique();
        var commentWord = Words.unique();
        var answerWord = Words.unique();
        var resident = newResident();
        long question = acting.as(resident, () -> submissions.ask(Demo.TOPIC_ID, "A question on " + questionWord));
        acting.run(Demo.MODERATOR, () -> moderation.approve(question, versionOf(question)));
        long comment = acting.as(resident, () -> submissions.comment(Demo.TOPIC_ID, question, "我也关心 " + commentWord));
        assertThat(find(commentWord)).isEmpty();
        acting.run(Demo.MODERATOR, () -> moderation.approve(comment, versionOf(comment)));
        assertThat(find(commentWord)).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(HitKind.COMMENT);
            assertThat(hit.id()).isEqualTo(comment);
            assertThat(hit.questionId()).isEqualTo(question);
        });

        acting.run(Demo.STAFF, () -> answers.saveDraft(question, AnswerForm.answered("Draft on " + answerWord), null));
        assertThat(find(answerWord)).as("a draft answer").isEmpty();
        var draft = acting.as(Demo.STAFF, () -> answers.editorFor(question));
        acting.run(
                Demo.STAFF,
                () -> answers.publish(question, AnswerForm.answered("Published on " + answerWord), draft.version()));
        var answerHit = find(answerWord);
        assertThat(answerHit).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(HitKind.ANSWER);
            assertThat(hit.questionId()).isEqualTo(question);
            assertThat(hit.author()).isEqualTo(Demo.BUREAU);
            assertThat(hit.elementId()).isEqualTo("search-result-answer-" + hit.id());
        });

        var answered = new SearchQuery(questionWord, null, null, AnsweredFilter.ANSWERED);
        var unanswered = new SearchQuery(questionWord, null, null, AnsweredFilter.UNANSWERED);
        assertThat(search.search(answered)).extracting(SearchHit::id).containsExactly(question);
        assertThat(search.search(unanswered)).isEmpty();
        assertThat(search.search(new SearchQuery(commentWord, null, null, AnsweredFilter.ANSWERED)))
                .as("a comment follows its question")
                .extracting(SearchHit::id)
                .containsExactly(comment);
    }

    @Test
    void programme_and_topic_filters_narrow_the_hits() {
        assertThat(search.search(new SearchQuery("自动驾驶", 1L, 3L, AnsweredFilter.ANY)))
                .extracting(SearchHit::id)
                .contains(9L);
        assertThat(search.search(new SearchQuery("自动驾驶", 1L, 1L, AnsweredFilter.ANY)))
                .extracting(SearchHit::id)
                .doesNotContain(9L);
        assertThat(search.search(new SearchQuery("自动驾驶", 999_999L, null, AnsweredFilter.ANY)))
                .isEmpty();
        assertThat(search.search(new SearchQuery("自动驾驶", null, null, AnsweredFilter.UNANSWERED)))
                .extracting(SearchHit::id)
                .doesNotContain(9L);
    }

    @Test
    void a_query_with_nothing_searchable_finds_nothing() {
        assertThat(find("")).isEmpty();
        assertThat(find("   ")).isEmpty();
        assertThat(find("the")).as("a stop word alone").isEmpty();
    }
}
