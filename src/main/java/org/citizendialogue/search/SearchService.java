package org.citizendialogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.citizendialogue.programme.ProgrammeService;
import org.citizendialogue.programme.TopicContext;
import org.springframework.stereotype.Service;

/**
 * Searches published questions, comments and answers. Every word of the query must occur (after
 * stemming, and as character bigrams for Chinese); matches come back as text fragments for the
 * page to mark. Hits in a programme that is not public are left out.
 */
@Service
public class SearchService {

    /** The most hits one page of a search returns. */
    public static final int LIMIT = 50;
    /** Long texts are cut to about this many characters around the first match. */
    static final int SNIPPET = 320;

    private final SearchIndex index;
    private final ProgrammeService programmes;

    SearchService(SearchIndex index, ProgrammeService programmes) {
        this.index = index;
        this.programmes = programmes;
    }

    /** The best {@value #LIMIT} hits; empty for a query with no searchable word. */
    public List<SearchHit> search(SearchQuery query) {
        return search(query, 0, LIMIT).hits();
    }

    /**
     * One page of hits, best first, and how many match in all. A limit above {@value #LIMIT} is
     * cut to it.
     */
    public SearchResults search(SearchQuery query, int offset, int limit) {
        var terms = terms(query.text());
        if (terms.isEmpty()) {
            return new SearchResults(List.of(), 0);
        }
        var lucene = new BooleanQuery.Builder();
        for (var term : terms) {
            lucene.add(new TermQuery(new Term(SearchIndex.TEXT, term)), Occur.MUST);
        }
        if (query.dialogueId() != null) {
            lucene.add(
                    new TermQuery(
                            new Term(SearchIndex.DIALOGUE, query.dialogueId().toString())),
                    Occur.FILTER);
        }
        if (query.topicId() != null) {
            lucene.add(new TermQuery(new Term(SearchIndex.TOPIC, query.topicId().toString())), Occur.FILTER);
        }
        if (query.answered() != AnsweredFilter.ANY) {
            lucene.add(
                    new TermQuery(new Term(
                            SearchIndex.ANSWERED, Boolean.toString(query.answered() == AnsweredFilter.ANSWERED))),
                    Occur.FILTER);
        }
        var found = index.search(lucene.build(), Math.max(offset, 0), Math.clamp(limit, 1, LIMIT));
        var stored = found.hits();
        var topics = programmes.topics(
                stored.stream().map(SearchIndex.Stored::topicId).distinct().toList());
        var hits = new ArrayList<SearchHit>(stored.size());
        for (var s : stored) {
            TopicContext topic = topics.get(s.topicId());
            if (topic == null || !topic.status().isPublic()) {
                continue;
            }
            hits.add(new SearchHit(
                    s.kind(),
                    s.id(),
                    s.questionId(),
                    s.dialogueId(),
                    s.topicId(),
                    s.author(),
                    s.at(),
                    s.answered(),
                    fragments(s.text(), terms)));
        }
        return new SearchResults(hits, found.total());
    }

    /** The index terms of a text, in order, without repeats. */
    Set<String> terms(String text) {
        var terms = new LinkedHashSet<String>();
        try (var stream = index.analyzer().tokenStream(SearchIndex.TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * Splits a text into plain and matching pieces: a piece matches where the analyser produces
     * one of the query's terms, so "stations" is marked for the query "station". Long texts are
     * cut around the first match, on code point boundaries.
     */
    List<TextFragment> fragments(String text, Set<String> queryTerms) {
        var marked = new boolean[text.length()];
        int first = -1;
        try (var stream = index.analyzer().tokenStream(SearchIndex.TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (queryTerms.contains(term.toString())) {
                    int start = offset.startOffset();
                    int end = Math.min(offset.endOffset(), text.length());
                    for (int i = start; i < end; i++) {
                        marked[i] = true;
                    }
                    first = first < 0 ? start : Math.min(first, start);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int from = 0;
        int to = text.length();
        if (text.length() > SNIPPET) {
            from = Math.max(0, Math.max(first, 0) - SNIPPET / 3);
            to = Math.min(text.length(), from + SNIPPET);
            from = boundary(text, from);
            to = boundary(text, to);
        }
        var fragments = new ArrayList<TextFragment>();
        if (from > 0) {
            fragments.add(new TextFragment("… ", false));
        }
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && marked[j] == marked[i]) {
                j++;
            }
            fragments.add(new TextFragment(text.substring(i, j), marked[i]));
            i = j;
        }
        if (to < text.length()) {
            fragments.add(new TextFragment(" …", false));
        }
        return fragments;
    }

    private static int boundary(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }
}
