package news.reliability.scoring.ml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A model shipped on the class path, read on first use and then shared. A missing or unreadable file is a
 * packaging error: every call until it is fixed fails with a message naming the resource and the command that
 * trains it (not only the first, as a class initialiser would).
 *
 * @param <T> the model's type
 */
public final class ShippedModel<T> {

    /** Reads a model from a stream; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private final String resource;
    private final String trainCommand;
    private final Reader<T> reader;
    private volatile T model;

    /**
     * @param resource     absolute class-path resource, e.g. {@code /models/quality.model}
     * @param trainCommand the command that writes it, for the error message
     * @param reader       how to read it
     */
    public ShippedModel(String resource, String trainCommand, Reader<T> reader) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.trainCommand = Objects.requireNonNull(trainCommand, "trainCommand");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The model, read on the first call. */
    public T get() {
        T loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = read();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    private T read() {
        try (InputStream in = ShippedModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped model " + resource
                        + " is missing from the class path; run " + trainCommand);
            }
            return reader.read(new BufferedInputStream(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped model " + resource + " (" + e.getMessage()
                    + "); run " + trainCommand, e);
        }
    }
}
