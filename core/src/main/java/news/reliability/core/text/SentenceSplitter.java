package news.reliability.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import news.reliability.core.model.Block;
import news.reliability.core.model.Sentence;

/**
 * Splits blocks into sentences with OpenNLP's English sentence model (Universal Dependencies EWT, from the
 * {@code opennlp-models-sentdetect-en} artifact). A block never shares a sentence with another block, so a
 * headline without a full stop stays its own sentence. Offsets point into the article's text.
 *
 * <p>Thread-safe: the model is shared, each thread gets its own detector.
 */
public final class SentenceSplitter {

    private static final String MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** Longest span handed to the model at once; longer blocks are cut at whitespace first. */
    private static final int MAX_CHUNK = 20_000;

    private static final SentenceModel SHARED_MODEL = load();

    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SHARED_MODEL));

    private static SentenceModel load() {
        try (InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("sentence model " + MODEL + " missing from the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentence model " + MODEL, e);
        }
    }

    /** The sentences of the given blocks, in order; {@code text} is the text the blocks' offsets point into. */
    public List<Sentence> split(String text, List<Block> blocks) {
        List<Sentence> sentences = new ArrayList<>();
        for (Block block : blocks) {
            int start = Math.max(0, block.start());
            int end = Math.min(text.length(), block.end());
            for (int chunkStart = start; chunkStart < end; ) {
                int chunkEnd = chunkEnd(text, chunkStart, end);
                split(text, chunkStart, chunkEnd, sentences);
                chunkStart = chunkEnd;
            }
        }
        return sentences;
    }

    private void split(String text, int from, int to, List<Sentence> out) {
        String chunk = text.substring(from, to);
        for (Span span : detector.get().sentPosDetect(chunk)) {
            int s = from + span.getStart();
            int e = from + span.getEnd();
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Sentence(s, e, text.substring(s, e)));
            }
        }
    }

    private static int chunkEnd(String text, int from, int end) {
        if (end - from <= MAX_CHUNK) {
            return end;
        }
        int limit = from + MAX_CHUNK;
        for (int i = limit; i > from + MAX_CHUNK / 2; i--) {
            if (text.charAt(i - 1) == '.' && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        for (int i = limit; i > from + MAX_CHUNK / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return limit;
    }
}
