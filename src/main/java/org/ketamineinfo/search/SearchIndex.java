package org.ketamineinfo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.ThreadInterruptedException;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.content.Article;
import org.ketamineinfo.content.GlossaryEntry;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.Page;
import org.ketamineinfo.content.RenderedMarkdown;
import org.ketamineinfo.content.SiteContent;
import org.springframework.web.util.HtmlUtils;

/**
 * An in-memory Lucene index of one content snapshot. Each part of a page (the text under one heading)
 * is a document, carrying its page's title and key points too, so a hit can say which part matched.
 *
 * <p>English stemming makes "side effect" find "side effects" and "infusions" find "infusion". A word
 * the index does not know is first corrected to the closest word it does ("ketmaine" to "ketamine").
 * Title hits count most, then headings, then key points, then body text. Immutable once built and
 * safe to search from many threads.
 */
public final class SearchIndex {

    /** Longer queries are cut: no real question needs more, and it bounds the work a request can ask. */
    public static final int MAX_QUERY_LENGTH = 200;
    /** Words searched for at most; the rest of a long query is ignored. */
    static final int MAX_WORDS = 12;
    static final int MAX_HITS = 20;

    private static final String TITLE = "title";
    private static final String HEADING = "heading";
    private static final String KEY_POINTS = "keyPoints";
    private static final String BODY = "body";
    /** Every word of the document, lower-cased but not stemmed: what misspellings are corrected to. */
    private static final String WORDS = "words";
    private static final String ENTRY = "entry";

    /** Set on glossary entries, which are offered as a definition above the pages found, not among them. */
    private static final String GLOSSARY = "glossary";
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 6f, HEADING, 3f, KEY_POINTS, 2f, BODY, 1f);

    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]");
    private static final FieldType HIGHLIGHTED = highlighted();
    private static final FieldType WORDS_ONLY = wordsOnly();

    /**
     * What a document stands for; documents keep only its index in {@link #entries}, as a doc value. The
     * page's part is shared by the entries of all its passages (this and the passage headings kept as
     * arrays in RenderedMarkdown took 1.3 KB an article off, measured together).
     */
    private record Entry(Found page, @Nullable String heading, @Nullable String anchor, int passage) {
        /** The text this document's body was indexed from. */
        String bodyText() {
            return page.body() == null ? page.text() : page.body().passageText(passage);
        }
    }

    /**
     * A page as a hit shows it, and the key points and body it was indexed from, read again only to
     * highlight a hit. The index stores no text of its own: a page's passages are already kept, deflated,
     * with its rendered body, and storing them again took two thirds of the index (4.2 of 6.1 KB an article
     * at 1,000 articles). The key points are joined again when needed rather than kept joined.
     *
     * @param lead the first line of the key points (a page's description), or null when they have none
     * @param body the rendered body whose passages are the text, or null when the text is {@code text}
     */
    private record Found(String title, String path, @Nullable String topic, String summary, @Nullable String lead,
            List<String> points, @Nullable RenderedMarkdown body, String text) {
        String keyPoints() {
            String rest = String.join("\n", points);
            return lead == null ? rest : lead + "\n" + rest;
        }
    }

    private final List<Entry> entries;
    private final Analyzer analyzer;
    private final Analyzer words;
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;
    private final DirectSpellChecker speller = new DirectSpellChecker();

    private SearchIndex(List<Entry> entries, Analyzer analyzer, Analyzer words, DirectoryReader reader,
            Language language) {
        this.entries = List.copyOf(entries);
        this.analyzer = analyzer;
        this.words = words;
        this.searcher = new IndexSearcher(reader);
        this.highlighter = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                // Sentences, and each list item or table cell (one per line) on its own.
                .withBreakIterator(() -> new SplittingBreakIterator(BreakIterator.getSentenceInstance(language.locale()),
                        '\n'))
                .withMaxNoHighlightPassages(0)) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                return texts(fields, docs, cacheCharsThreshold);
            }
        };
    }

    /**
     * The highlighter's text for each document, from what it was indexed from rather than from stored
     * fields; like Lucene's own, it stops once it holds {@code cacheCharsThreshold} characters (0: one document).
     */
    private List<CharSequence[]> texts(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> byDocument = new ArrayList<>();
        int chars = 0;
        do {
            int doc = docs.nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            Entry entry = entry(doc);
            CharSequence[] byField = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                byField[i] = fields[i].equals(BODY) ? entry.bodyText() : fields[i].equals(KEY_POINTS)
                        ? entry.page().keyPoints() : null;
                chars += byField[i] == null ? 0 : byField[i].length();
            }
            byDocument.add(byField);
        } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
        return byDocument;
    }

    /** The index of one edition: English with English stemming, Spanish with Spanish stemming and accents folded. */
    public static SearchIndex of(SiteContent content) {
        Language language = content.language();
        Analyzer words = language == Language.ES ? SpanishAnalysis.words()
                : new StandardAnalyzer(CharArraySet.EMPTY_SET);
        Analyzer stemmed = language == Language.ES ? SpanishAnalysis.stems() : new EnglishAnalyzer();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(stemmed, Map.of(WORDS, words));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        List<Entry> entries = new ArrayList<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Article article : content.articles()) {
                stopIfInterrupted();
                String topic = content.section(article.section()).map(s -> s.title()).orElse(null);
                addPage(writer, entries, article.title(), article.path(), topic, article.description(),
                        article.summary(), article.body());
            }
            for (Page page : content.pages()) {
                addPage(writer, entries, page.title(), page.path(), null, page.description(), page.summary(),
                        page.body());
            }
            if (content.prepare().published()) {
                // The tool is found by what it asks about, such as "blood pressure" or "how to get home".
                String asks = content.prepare().questions().stream().map(q -> q.text())
                        .collect(java.util.stream.Collectors.joining("\n"));
                String title = language.text("content.title.prepare");
                String summary = language.text("content.prepare.summary");
                add(writer, entries, new Entry(new Found(title, language.prepare(), null, summary, null,
                        List.of(summary), null, asks), null, null, 0), title, "", summary, asks);
            }
            // A glossary entry is found by its names, which are indexed as its heading.
            for (GlossaryEntry entry : content.glossary()) {
                Entry found = new Entry(new Found(entry.term(), language.glossary() + "#" + entry.slug(),
                        language.text("content.title.glossary"), entry.definition(), null, List.of(), null,
                        entry.definition()), null, null, 0);
                String names = entry.term() + "\n" + String.join("\n", entry.aliases());
                Document document = document(entries.size(), "", names, "", entry.definition());
                document.add(new StringField(GLOSSARY, GLOSSARY, Field.Store.NO));
                writer.addDocument(document);
                entries.add(found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the search index", e);
        } catch (ThreadInterruptedException e) {
            // Lucene saw the interrupt first (closing the writer waits on a queue): the same cancellation.
            throw new CancellationException("Search index build stopped: newer content is loading");
        }
        try {
            return new SearchIndex(entries, analyzer, words, DirectoryReader.open(directory), language);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index", e);
        }
    }

    /** A background build is interrupted when newer content arrives; a request thread never is. */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Search index build stopped: newer content is loading");
        }
    }

    /** An article or page: its description is both what a hit shows and the first of its key points. */
    private static void addPage(IndexWriter writer, List<Entry> entries, String title, String path,
            @Nullable String topic, String description, List<String> points, RenderedMarkdown body)
            throws IOException {
        List<RenderedMarkdown.Passage> written = body.passages();
        // A page with no text still gets a document, found by its title and key points.
        Found found = new Found(title, path, topic, description, description, points,
                written.isEmpty() ? null : body, "");
        List<RenderedMarkdown.Passage> passages = written.isEmpty()
                ? List.of(new RenderedMarkdown.Passage(null, null, "")) : written;
        String keyPoints = found.keyPoints();
        for (int i = 0; i < passages.size(); i++) {
            RenderedMarkdown.Passage passage = passages.get(i);
            add(writer, entries, new Entry(found, passage.heading(), passage.headingId(), i), found.title(),
                    passage.heading() == null ? "" : passage.heading(), keyPoints, passage.text());
        }
    }

    private static void add(IndexWriter writer, List<Entry> entries, Entry entry, String title, String heading,
            String keyPoints, String body) throws IOException {
        writer.addDocument(document(entries.size(), title, heading, keyPoints, body));
        entries.add(entry);
    }

    private static Document document(int entry, String title, String heading, String keyPoints, String body) {
        Document document = new Document();
        document.add(new NumericDocValuesField(ENTRY, entry));
        document.add(new TextField(TITLE, title, Field.Store.NO));
        document.add(new TextField(HEADING, heading, Field.Store.NO));
        document.add(new Field(KEY_POINTS, keyPoints, HIGHLIGHTED));
        document.add(new Field(BODY, body, HIGHLIGHTED));
        document.add(new Field(WORDS, String.join("\n", title, heading, keyPoints, body), WORDS_ONLY));
        return document;
    }

    /**
     * Highlighted by analysing the few passages shown again (see {@link Found}), rather than keep offsets
     * (and positions, which no query on these fields uses) for every word of the site: measured at 1,000
     * articles, the index took half the memory (14.8 MB before, 7.7 MB after).
     */
    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /** The speller asks only which words there are and in how many documents. */
    private static FieldType wordsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** Searches for what a reader typed. Never throws for any input: at worst nothing is found. */
    public SearchResults search(@Nullable String typed) {
        String cleaned = UNPRINTABLE.matcher(typed == null ? "" : typed).replaceAll(" ").strip().replaceAll("\\s+", " ");
        boolean shortened = cleaned.codePointCount(0, cleaned.length()) > MAX_QUERY_LENGTH;
        String query = shortened ? cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_QUERY_LENGTH)).strip()
                : cleaned;
        if (query.isEmpty()) {
            return new SearchResults(query, shortened, null, SearchResults.Outcome.EMPTY, null, List.of());
        }
        try {
            List<String> typedWords = tokens(words, query).stream().limit(MAX_WORDS).toList();
            List<String> searched = typedWords.stream().map(this::corrected).toList();
            String corrected = searched.equals(typedWords) ? null : String.join(" ", searched);
            Set<String> stems = new LinkedHashSet<>();
            for (String word : searched) {
                stems.addAll(tokens(analyzer, word));
            }
            if (stems.isEmpty()) {
                return new SearchResults(query, shortened, null, SearchResults.Outcome.NO_WORDS, null, List.of());
            }
            String words = String.join(" ", searched);
            List<SearchHit> hits = hits(query(stems, words, BooleanClause.Occur.MUST));
            SearchResults.Outcome outcome = SearchResults.Outcome.ALL_WORDS;
            if (hits.isEmpty() && stems.size() > 1) {
                hits = hits(query(stems, words, BooleanClause.Occur.SHOULD));
                outcome = SearchResults.Outcome.SOME_WORDS;
            }
            return new SearchResults(query, shortened, corrected, hits.isEmpty() ? SearchResults.Outcome.NONE : outcome,
                    definition(stems), hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory index does no I/O that can fail
        }
    }

    /** The closest word in the index to one it does not know; the word itself when known or unmatched. */
    private String corrected(String word) {
        try {
            List<String> stems = tokens(analyzer, word);
            if (stems.isEmpty() || stems.stream().anyMatch(this::known)) {
                return word;
            }
            SuggestWord[] suggestions = speller.suggestSimilar(new Term(WORDS, word), 1, searcher.getIndexReader(),
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return suggestions.length == 0 ? word : suggestions[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean known(String stem) {
        try {
            for (String field : BOOSTS.keySet()) {
                if (searcher.getIndexReader().docFreq(new Term(field, stem)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each stem in any field; a title or heading hit outweighs a body hit, and a title or heading that
     * has the words in the order typed ("questions to ask") outweighs one that merely has them.
     */
    private Query query(Set<String> stems, String words, BooleanClause.Occur each) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String stem : stems) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            BOOSTS.forEach((field, boost) ->
                    anyField.add(new BoostQuery(new TermQuery(new Term(field, stem)), boost), BooleanClause.Occur.SHOULD));
            query.add(anyField.build(), each);
        }
        if (stems.size() > 1) {
            QueryBuilder phrases = new QueryBuilder(analyzer);
            for (String field : List.of(TITLE, HEADING)) {
                Query phrase = phrases.createPhraseQuery(field, words, 1);
                if (phrase != null) {
                    query.add(new BoostQuery(phrase, BOOSTS.get(field)), BooleanClause.Occur.SHOULD);
                }
            }
        }
        query.add(new TermQuery(new Term(GLOSSARY, GLOSSARY)), BooleanClause.Occur.MUST_NOT);
        return query.build();
    }

    /** The glossary entry named by all the words, such as "infusions" for Infusion. */
    private @Nullable SearchHit definition(Set<String> stems) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(GLOSSARY, GLOSSARY)), BooleanClause.Occur.FILTER);
        stems.forEach(stem -> query.add(new TermQuery(new Term(HEADING, stem)), BooleanClause.Occur.MUST));
        TopDocs top = searcher.search(query.build(), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        Entry entry = entry(top.scoreDocs[0].doc);
        return new SearchHit(entry.page().title(), entry.page().path(), entry.page().topic(), null, null,
                HtmlUtils.htmlEscape(entry.page().summary()));
    }

    /** The best part of each page, best page first. */
    private List<SearchHit> hits(Query query) throws IOException {
        TopDocs top = searcher.search(query, 500);
        Map<String, ScoreDoc> best = new LinkedHashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Entry entry = entry(hit.doc);
            if (!best.containsKey(entry.page().path()) && best.size() < MAX_HITS) {
                best.put(entry.page().path(), hit);
            }
        }
        ScoreDoc[] chosen = best.values().toArray(ScoreDoc[]::new);
        Map<String, String[]> snippets = highlighter.highlightFields(new String[] {BODY, KEY_POINTS}, query,
                new TopDocs(new TotalHits(chosen.length, TotalHits.Relation.EQUAL_TO), chosen), new int[] {2, 1});
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            Entry entry = entry(chosen[i].doc);
            String snippet = snippets.get(BODY)[i];
            if (snippet == null) {
                snippet = snippets.get(KEY_POINTS)[i];
            }
            if (snippet == null) {
                snippet = HtmlUtils.htmlEscape(entry.page().summary());
            }
            Found page = entry.page();
            String sectionPath = entry.anchor() == null ? null : page.path() + "#" + entry.anchor();
            hits.add(new SearchHit(page.title(), page.path(), page.topic(), entry.heading(), sectionPath,
                    snippet.strip()));
        }
        return hits;
    }

    /**
     * What a matching document stands for, from its doc value: reading the stored document instead
     * decompressed its passage text for each of up to 500 hits, and was over half of a search's time.
     */
    private Entry entry(int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), ENTRY);
        if (!values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("Search document " + doc + " has no entry");
        }
        return entries.get((int) values.longValue());
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
