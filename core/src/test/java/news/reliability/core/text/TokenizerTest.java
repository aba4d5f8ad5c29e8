package news.reliability.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> words(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void cutsWordsNumbersAndSymbols() {
        assertEquals(List.of("Amazon", "’s", "$", "10", "billion", "bet", ",", "12,400", "hectares", "and", "2.4", "bn"),
                words("Amazon’s $10 billion bet, 12,400 hectares and 2.4bn"));
        assertEquals(List.of("a", "seven-year", "deal", "isn't", "AT&T", "'s", "U.S", "."),
                words("a seven-year deal isn't AT&T's U.S."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Port Elvary’s fine: £3.6m.";
        for (Token token : tokenizer.tokenize(text)) {
            assertEquals(token.text(), text.substring(token.start(), token.end()));
        }
        List<Token> part = tokenizer.tokenize(text, 2, 13);
        assertEquals(List.of("Port", "Elvary"), part.stream().map(Token::text).toList());
    }
}
