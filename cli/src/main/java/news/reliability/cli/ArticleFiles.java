package news.reliability.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import news.reliability.core.model.Article;
import news.reliability.core.model.ArticleInput;
import news.reliability.core.model.ContentFormat;
import news.reliability.core.model.InvalidArticleException;
import news.reliability.core.model.Source;
import news.reliability.core.parse.ContentDecoder;

/**
 * Reads article files as the SPEC describes: {@code .txt} and {@code .html} are one article each, whose
 * source is the file name without extension; {@code .json} holds one article object or an array of them;
 * {@code .jsonl} one object per line. Errors name the file (and line) and what is wrong.
 */
final class ArticleFiles {

    private ArticleFiles() {
    }

    static List<Article> read(List<Path> files) {
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            articles.addAll(read(file));
        }
        return articles;
    }

    static List<Article> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ScorerCommand.UsageException(file + ": no such file");
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String stem = dot <= 0 ? name : name.substring(0, dot);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new ScorerCommand.UsageException(file + ": cannot read: " + e.getMessage());
        }
        return switch (extension) {
            case "txt", "text" -> List.of(single(file, stem, ContentFormat.TEXT, ContentDecoder.decodeText(bytes)));
            case "html", "htm" -> List.of(single(file, stem, ContentFormat.HTML, ContentDecoder.decodeHtml(bytes)));
            case "json" -> readJson(file, ContentDecoder.decodeText(bytes));
            case "jsonl", "ndjson" -> readJsonLines(file, ContentDecoder.decodeText(bytes));
            default -> throw new ScorerCommand.UsageException(file
                    + ": unknown file type (expected .txt, .html, .json or .jsonl)");
        };
    }

    private static Article single(Path file, String stem, ContentFormat format, String content) {
        if (content.isBlank()) {
            throw new ScorerCommand.UsageException(file + ": the file is empty");
        }
        if (content.length() > ArticleInput.MAX_CONTENT_CHARS) {
            throw new ScorerCommand.UsageException(file + ": longer than " + ArticleInput.MAX_CONTENT_CHARS
                    + " characters");
        }
        Source source;
        try {
            source = new Source(stem);
        } catch (IllegalArgumentException e) {
            throw new ScorerCommand.UsageException(file + ": the file name is not a usable source: " + e.getMessage());
        }
        return Article.of(source, Optional.empty(), Optional.empty(), Optional.empty(), format, content);
    }

    private static List<Article> readJson(Path file, String content) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new ScorerCommand.UsageException(file + ":" + e.getLocation().getLineNr() + ": malformed JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null) {
            throw new ScorerCommand.UsageException(file + ": the file is empty");
        }
        List<Article> articles = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                articles.add(toArticle(file + " [" + i + "]", root.get(i)));
            }
        } else {
            articles.add(toArticle(file.toString(), root));
        }
        return articles;
    }

    private static List<Article> readJsonLines(Path file, String content) {
        List<Article> articles = new ArrayList<>();
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            try {
                articles.add(toArticle(where, Json.MAPPER.readTree(lines.get(i))));
            } catch (JsonProcessingException e) {
                throw new ScorerCommand.UsageException(where + ": malformed JSON: " + e.getOriginalMessage());
            }
        }
        return articles;
    }

    private static Article toArticle(String where, JsonNode node) {
        if (!node.isObject()) {
            throw new ScorerCommand.UsageException(where + ": expected an article object");
        }
        try {
            return Json.MAPPER.treeToValue(node, ArticleInput.class).toArticle();
        } catch (InvalidArticleException e) {
            throw new ScorerCommand.UsageException(where + ": " + e.field() + ": " + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new ScorerCommand.UsageException(where + ": " + e.getOriginalMessage());
        }
    }
}
