package news.reliability.scoring.ml;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * The file of a model built on one {@link TreeClassifier}: a header (the model kind's magic string and format
 * number), the options it was trained with as sorted {@code key=value} lines, then the classifier. Stateless.
 */
public final class ModelFile {

    /** What a model file holds. */
    public record Contents(Properties options, TreeClassifier classifier) {
        public Contents {
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(classifier, "classifier");
        }
    }

    private ModelFile() {
    }

    /** Writes a model to {@code out}, which stays open. */
    public static void write(OutputStream out, String magic, int format, Properties options,
                             TreeClassifier classifier) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(magic);
        data.writeInt(format);
        StringBuilder lines = new StringBuilder();
        options.stringPropertyNames().stream().sorted()
                .forEach(k -> lines.append(k).append('=').append(options.getProperty(k)).append('\n'));
        data.writeUTF(lines.toString());
        data.flush();
        classifier.write(out);
        out.flush();
    }

    /** Writes a model to a file, creating its directory and replacing the file. */
    public static void save(Path file, String magic, int format, Properties options, TreeClassifier classifier)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, magic, format, options, classifier);
        }
    }

    /**
     * Reads a model written by {@link #write} with the same {@code magic} and {@code format}.
     *
     * @param what the model kind, for error messages ("boilerplate model")
     * @throws IOException "not a WHAT" for another file, "unsupported WHAT format N" for another format
     */
    public static Contents read(InputStream in, String magic, int format, String what) throws IOException {
        DataInputStream data = new DataInputStream(in);
        String header;
        try {
            header = data.readUTF();
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("not a " + what, e);
        }
        if (!magic.equals(header)) {
            throw new IOException("not a " + what);
        }
        int found = data.readInt();
        if (found != format) {
            throw new IOException("unsupported " + what + " format " + found);
        }
        Properties options = new Properties();
        options.load(new StringReader(data.readUTF()));
        return new Contents(options, TreeClassifier.read(data));
    }
}
