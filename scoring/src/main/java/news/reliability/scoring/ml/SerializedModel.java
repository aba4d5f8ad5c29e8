package news.reliability.scoring.ml;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes and reads models as Java serialisation, reading only the classes a filter allows (a model file is
 * input like any other: a stream naming other classes is refused, not instantiated). Stateless.
 */
public final class SerializedModel {

    private SerializedModel() {
    }

    /** Writes {@code model} to {@code out}, which stays open. */
    public static void write(Serializable model, OutputStream out) throws IOException {
        ObjectOutputStream objects = new ObjectOutputStream(out);
        objects.writeObject(model);
        objects.flush();
    }

    /** Writes {@code model} to a file, replacing it. */
    public static void save(Serializable model, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(model, out);
        }
    }

    /**
     * Reads one object of {@code type} written by {@link #write}.
     *
     * @param allowed the classes the stream may name
     * @param what    what the model is, for error messages ("tree classifier", "stance model")
     * @throws IOException when the stream holds no readable object of that type ("not a readable WHAT: ...",
     *                     "not a WHAT: CLASS")
     */
    public static <T> T read(InputStream in, Class<T> type, ObjectInputFilter allowed, String what)
            throws IOException {
        try {
            ObjectInputStream objects = new ObjectInputStream(in);
            objects.setObjectInputFilter(allowed);
            Object object = objects.readObject();
            if (type.isInstance(object)) {
                return type.cast(object);
            }
            throw new IOException("not a " + what + ": " + object.getClass().getName());
        } catch (ClassNotFoundException | ClassCastException | ObjectStreamException | EOFException e) {
            String why = e instanceof EOFException ? "the stream ends too early" : e.getMessage();
            throw new IOException("not a readable " + what + ": " + why, e);
        }
    }
}
