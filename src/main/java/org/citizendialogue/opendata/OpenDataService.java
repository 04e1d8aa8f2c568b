package org.citizendialogue.opendata;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.answer.PublishedAnswers;
import org.citizendialogue.programme.ProgrammeDetails;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.TopicSummary;
import org.citizendialogue.submission.PublishedQuestion;
import org.citizendialogue.submission.PublishedSubmissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the open data shows, composed from the owning modules' public read services: three
 * queries per export (programme, questions, answers) and three per feed, never one per row.
 * Only public programmes, published questions and published answers appear.
 */
@Service
@Transactional(readOnly = true)
class OpenDataService {

    /** How many answers a feed carries, newest first. */
    static final int FEED_SIZE = 50;

    private final ProgrammeService programmes;
    private final PublishedSubmissions submissions;
    private final PublishedAnswers answers;

    OpenDataService(ProgrammeService programmes, PublishedSubmissions submissions, PublishedAnswers answers) {
        this.programmes = programmes;
        this.submissions = submissions;
        this.answers = answers;
    }

    /** A public programme by its slug; a draft or unknown one is empty. */
    Optional<ProgrammeDetails> programme(String slug) {
        return programmes.publicProgramme(slug);
    }

    List<ExportedQuestion> questions(ProgrammeDetails dialogue) {
        var topics = dialogue.topics().stream().collect(Collectors.toMap(TopicSummary::id, Function.identity()));
        var questions = submissions.questionsOf(dialogue.id());
        var published = answers.forQuestions(
                questions.stream().map(PublishedQuestion::id).toList());
        return questions.stream()
                .map(q -> new ExportedQuestion(q, topics.get(q.topicId()), published.get(q.id())))
                .toList();
    }

    /** The newest published answers, of one programme or (null) of every public one. */
    List<FeedEntry> feed(ProgrammeDetails dialogue) {
        var latest = answers.latest(dialogue == null ? null : dialogue.id(), FEED_SIZE);
        var questions = submissions.questions(
                latest.stream().map(PublishedAnswer::questionId).toList());
        var topics = programmes.topics(questions.values().stream()
                .map(PublishedQuestion::topicId)
                .distinct()
                .toList());
        return latest.stream()
                .filter(a -> questions.containsKey(a.questionId()))
                .map(a -> {
                    var q = questions.get(a.questionId());
                    return new FeedEntry(a, q, topics.get(q.topicId()));
                })
                .filter(e -> e.topic() != null && e.topic().status().isPublic())
                .toList();
    }
}
