package news.reliability.core.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import news.reliability.core.claim.ClaimExtractor;
import news.reliability.core.entity.ArticleEntities;
import news.reliability.core.entity.EntityExtractor;
import news.reliability.core.entity.EntityMention;
import news.reliability.core.model.Article;
import news.reliability.core.model.Block;
import news.reliability.core.model.Sentence;
import news.reliability.core.parse.ParsedDocument;
import news.reliability.core.quantity.QuantityContext;
import news.reliability.core.quantity.QuantityExtractor;
import news.reliability.core.story.MinHash;
import news.reliability.core.story.StoryFeatures;
import news.reliability.core.text.LanguageDetector;
import news.reliability.core.text.SentenceSplitter;
import news.reliability.core.text.Stemmer;
import news.reliability.core.text.Token;
import news.reliability.core.text.Tokenizer;

/**
 * Reads one article's main text: language, then (for English) sentences, entities, claims and story
 * features. Never throws on the text's content. Thread-safe.
 */
public final class ArticleReader {

    private static final int MIN_CONTENT_WORD = 3;

    private final LanguageDetector languages = new LanguageDetector();
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final EntityExtractor entityExtractor = new EntityExtractor();
    private final ClaimExtractor claimExtractor = new ClaimExtractor(new QuantityExtractor());
    private final Tokenizer tokenizer = new Tokenizer();
    private final Set<String> stopWords = LanguageDetector.functionWords("en");

    /**
     * Reads an article.
     *
     * @param article  the article
     * @param document its parsed content
     * @param main     the blocks of its main text (all blocks when no boilerplate was removed)
     */
    public ReadArticle read(Article article, ParsedDocument document, List<Block> main) {
        String text = document.text();
        StringBuilder mainText = new StringBuilder();
        for (Block block : main) {
            mainText.append(block.text()).append('\n');
        }
        String language = languages.detect(mainText.toString());
        if (!language.equals("en") && !language.equals(LanguageDetector.UNDETERMINED)) {
            return new ReadArticle(article, document, language, false, List.of(),
                    entityExtractor.extract(text, List.of()), List.of(),
                    new StoryFeatures(Map.of(), MinHash.signature(List.of()), article.publishedAt()));
        }
        List<Sentence> sentences = sentenceSplitter.split(text, main);
        ArticleEntities entities = entityExtractor.extract(text, sentences);
        QuantityContext context = new QuantityContext(article.publishedAt(),
                QuantityExtractor.dominantCurrency(mainText.toString()));
        var claims = claimExtractor.extract(article.id(), text, sentences, entities, context);
        return new ReadArticle(article, document, language, true, sentences, entities, claims,
                features(article, text, sentences, entities));
    }

    private StoryFeatures features(Article article, String text, List<Sentence> sentences, ArticleEntities entities) {
        Map<String, Integer> entityCounts = new HashMap<>();
        for (EntityMention mention : entities.mentions()) {
            entityCounts.merge(mention.key(), 1, Integer::sum);
        }
        Set<String> words = new HashSet<>();
        for (Sentence sentence : sentences) {
            for (Token token : tokenizer.tokenize(text, sentence.start(), sentence.end())) {
                String lower = token.text().toLowerCase(Locale.ROOT);
                if (token.alphabetic() && lower.length() >= MIN_CONTENT_WORD && !stopWords.contains(lower)) {
                    words.add(Stemmer.stem(lower));
                }
            }
        }
        return new StoryFeatures(entityCounts, MinHash.signature(words), article.publishedAt());
    }

}
