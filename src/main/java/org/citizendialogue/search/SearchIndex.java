package org.citizendialogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.citizendialogue.answer.PublishedAnswer;
import org.citizendialogue.shared.Bilingual;
import org.citizendialogue.submission.PublishedQuestion;
import org.citizendialogue.submission.PublishedText;
import org.citizendialogue.submission.SubmissionKind;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The Lucene index in memory (docs/decisions/006). One document per published question, comment
 * and answer; every document carries the thread (its question, or itself for a topic comment), so
 * that a thread is replaced as a whole when anything in it changes. Writes are serialised; reads
 * go through a {@link SearcherManager} and never wait for writes.
 */
@Component
class SearchIndex implements DisposableBean {

    static final String KEY = "key";
    static final String THREAD = "thread";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String QUESTION = "question";
    static final String DIALOGUE = "dialogue";
    static final String TOPIC = "topic";
    static final String ANSWERED = "answered";
    static final String AUTHOR = "author";
    static final String AT = "at";
    static final String TEXT = "text";

    /** One stored hit, as read back from the index. */
    record Stored(
            HitKind kind,
            long id,
            Long questionId,
            long dialogueId,
            long topicId,
            String author,
            Instant at,
            boolean answered,
            String text) {}

    private final Analyzer analyzer = new BilingualAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    SearchIndex() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        writer.commit();
        searchers = new SearcherManager(writer, null);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Replaces the whole index with these texts and answers (the answers' questions are given for their place). */
    synchronized void rebuild(
            List<PublishedText> texts,
            Collection<PublishedAnswer> answers,
            Map<Long, PublishedQuestion> answeredQuestions) {
        write(() -> {
            writer.deleteAll();
            for (var text : texts) {
                writer.addDocument(document(text));
            }
            for (var answer : answers) {
                var question = answeredQuestions.get(answer.questionId());
                if (question != null) {
                    writer.addDocument(document(answer, question));
                }
            }
        });
    }

    /** Replaces everything of one thread: pass what is published of it now (nothing removes it). */
    synchronized void replaceThread(
            long threadId, List<PublishedText> texts, PublishedAnswer answer, PublishedQuestion question) {
        write(() -> {
            writer.deleteDocuments(new Term(THREAD, Long.toString(threadId)));
            for (var text : texts) {
                writer.addDocument(document(text));
            }
            if (answer != null && question != null) {
                writer.addDocument(document(answer, question));
            }
        });
    }

    /** Removes one submission's document (and, for a question, nothing else: use replaceThread for that). */
    synchronized void removeSubmission(long submissionId) {
        write(() -> writer.deleteDocuments(new Term(KEY, "s-" + submissionId)));
    }

    /** One page of stored documents, best first, and how many match in all. */
    record Found(List<Stored> hits, int total) {}

    Found search(Query query, int offset, int limit) {
        try {
            var searcher = searchers.acquire();
            try {
                var top = searcher.search(query, offset + limit);
                var stored = searcher.storedFields();
                var hits = new ArrayList<Stored>(limit);
                for (var scoreDoc : Arrays.asList(top.scoreDocs)
                        .subList(Math.min(offset, top.scoreDocs.length), top.scoreDocs.length)) {
                    var doc = stored.document(scoreDoc.doc);
                    var question = doc.getField(QUESTION).numericValue().longValue();
                    hits.add(new Stored(
                            HitKind.valueOf(doc.get(KIND)),
                            doc.getField(ID).numericValue().longValue(),
                            question < 0 ? null : question,
                            Long.parseLong(doc.get(DIALOGUE)),
                            Long.parseLong(doc.get(TOPIC)),
                            doc.get(AUTHOR),
                            Instant.ofEpochMilli(doc.getField(AT).numericValue().longValue()),
                            Boolean.parseBoolean(doc.get(ANSWERED)),
                            doc.get(TEXT)));
                }
                return new Found(hits, searcher.count(query));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(PublishedText text) {
        var kind = text.kind() == SubmissionKind.QUESTION ? HitKind.QUESTION : HitKind.COMMENT;
        return document(
                "s-" + text.id(),
                text.threadId(),
                kind,
                text.id(),
                text.questionId(),
                text.dialogueId(),
                text.topicId(),
                text.answered(),
                text.authorName(),
                text.publishedAt(),
                text.body());
    }

    private static Document document(PublishedAnswer answer, PublishedQuestion question) {
        return document(
                "a-" + answer.id(),
                question.id(),
                HitKind.ANSWER,
                answer.id(),
                question.id(),
                question.dialogueId(),
                question.topicId(),
                true,
                answer.bureau().in(Bilingual.ENGLISH),
                answer.publishedAt(),
                answer.text().both());
    }

    private static Document document(
            String key,
            long thread,
            HitKind kind,
            long id,
            Long questionId,
            long dialogueId,
            long topicId,
            boolean answered,
            String author,
            Instant at,
            String text) {
        var doc = new Document();
        doc.add(new StringField(KEY, key, Field.Store.YES));
        doc.add(new StringField(THREAD, Long.toString(thread), Field.Store.NO));
        doc.add(new StringField(KIND, kind.name(), Field.Store.YES));
        doc.add(new StoredField(ID, id));
        doc.add(new StoredField(QUESTION, questionId == null ? -1L : questionId));
        doc.add(new StringField(DIALOGUE, Long.toString(dialogueId), Field.Store.YES));
        doc.add(new StringField(TOPIC, Long.toString(topicId), Field.Store.YES));
        doc.add(new StringField(ANSWERED, Boolean.toString(answered), Field.Store.YES));
        doc.add(new StoredField(AUTHOR, author == null ? "" : author));
        doc.add(new StoredField(AT, at == null ? 0L : at.toEpochMilli()));
        doc.add(new TextField(TEXT, text, Field.Store.YES));
        return doc;
    }

    private interface IndexWrite {
        void run() throws IOException;
    }

    private void write(IndexWrite change) {
        try {
            change.run();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
