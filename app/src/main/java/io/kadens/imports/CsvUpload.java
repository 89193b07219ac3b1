package io.kadens.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded HRIS export, read: its header row and data rows with their line numbers in the file.
 *
 * <p>The encoding is detected, not asked for: bytes that are valid UTF-8 (with or without a byte
 * order mark) are UTF-8, anything else is Windows-1252 (what Excel on Windows saves in Sweden).
 * The separator is whichever of comma and semicolon the header line has more of.
 */
public record CsvUpload(String charset, char delimiter, List<String> headers, List<Row> rows) {

    /** Larger exports are refused before parsing: 10,000 people fit in well under a megabyte. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One data row; {@code line} is the line number in the file (the header is line 1). */
    public record Row(int line, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }

        public String value(int column) {
            return column >= 0 && column < values.size() ? values.get(column) : "";
        }

        /** The same row with one cell changed: an inline fix in the validation report. */
        public Row with(int column, String value) {
            List<String> changed = new ArrayList<>(values);
            while (changed.size() <= column) {
                changed.add("");
            }
            changed.set(column, value == null ? "" : value);
            return new Row(line, changed);
        }
    }

    public CsvUpload {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public CsvUpload withRow(Row replacement) {
        List<Row> changed = new ArrayList<>(rows.size());
        for (Row row : rows) {
            changed.add(row.line() == replacement.line() ? replacement : row);
        }
        return new CsvUpload(charset, delimiter, headers, changed);
    }

    public static CsvUpload read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportFileException("people-import.file.too-large");
        }
        String charset;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            charset = "UTF-8";
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, WINDOWS_1252);
            charset = "windows-1252";
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportFileException("people-import.file.empty");
        }
        char delimiter = delimiterOf(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (headers == null) {
                    headers = values;
                    continue;
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new ImportFileException("people-import.file.too-many-rows");
                }
                // The line a row starts on, so the report points where a spreadsheet shows it.
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()), values));
            }
        } catch (java.io.IOException | java.io.UncheckedIOException | IllegalStateException malformed) {
            throw new ImportFileException("people-import.file.malformed");
        }
        if (headers == null || headers.stream().allMatch(String::isBlank)) {
            throw new ImportFileException("people-import.file.empty");
        }
        return new CsvUpload(charset, delimiter, headers, rows);
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Line numbers of ascending character positions, counted once over the text. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long target) {
            while (position < target && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
