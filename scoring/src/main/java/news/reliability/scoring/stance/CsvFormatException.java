package news.reliability.scoring.stance;

/** A malformed CSV file: the message names the file, the line and the problem. */
public final class CsvFormatException extends IllegalArgumentException {

    private final String file;
    private final int line;
    private final String problem;

    public CsvFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The file's name as given. */
    public String file() {
        return file;
    }

    /** The 1-based line where the problem is (a record's first line for a record-wide problem). */
    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
