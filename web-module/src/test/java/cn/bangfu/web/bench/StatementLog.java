package cn.bangfu.web.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL statements the server ran, counted in its log: the bench container logs EclipseLink's SQL
 * category at FINE (BANGFU_SQL_LOG) to a file of its own (bench/logging.properties), one line per
 * statement sent to the database. A count waits until the file stops growing: logging may lag.
 */
final class StatementLog {

    /** One line per statement: time, the logger (EclipseLink's sql category of the session) and the SQL. */
    private static final Pattern STATEMENT = Pattern.compile("(?m)^\\S+ \\S+\\.sql (\\w+)");

    private final Path file;
    private long mark;

    StatementLog(Path file) {
        this.file = file;
    }

    boolean available() {
        return Files.exists(file);
    }

    /** Starts counting from here, once what the server is still writing has arrived. */
    void mark() throws IOException, InterruptedException {
        mark = settledSize();
    }

    /** The statements logged since {@link #mark()}: all of them and the SELECTs among them. */
    Count sinceMark() throws IOException, InterruptedException {
        long end = settledSize();
        String text = read(mark, end);
        mark = end;
        int statements = 0;
        int selects = 0;
        Matcher m = STATEMENT.matcher(text);
        while (m.find()) {
            statements++;
            selects += m.group(1).equalsIgnoreCase("select") ? 1 : 0;
        }
        return new Count(statements, selects, text);
    }

    record Count(int statements, int selects, String text) {
    }

    private long settledSize() throws IOException, InterruptedException {
        long size = Files.size(file);
        for (int stable = 0, waited = 0; stable < 2 && waited < 50; waited++) {
            Thread.sleep(250);
            long now = Files.size(file);
            stable = now == size ? stable + 1 : 0;
            size = now;
        }
        return size;
    }

    private String read(long from, long to) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, to - from)];
            f.seek(from);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
