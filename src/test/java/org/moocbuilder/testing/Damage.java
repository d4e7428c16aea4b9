package org.moocbuilder.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damage done to text files by editors, tools and transfers, for the fuzz tests: bits flipped,
 * files cut short, lines lost, repeated or swapped, bytes that are not UTF-8, huge lines, odd
 * numbers, other line endings. Every choice comes from the caller's seeded {@link Random}, so a
 * failing variant is made again by running the test again.
 *
 * <p>A file is held as its raw bytes, one byte a char (ISO-8859-1), so that bytes which are not
 * UTF-8 survive the mutations that come after them; {@link #raw} and {@link #bytes} convert.
 */
public final class Damage {

    /** Byte sequences that are not UTF-8: stray continuation, truncated sequence, overlong, surrogate, beyond U+10FFFF. */
    private static final List<byte[]> NOT_UTF_8 = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE9});

    private static final List<String> ODD_NUMBERS = List.of("0", "-1", "00", "2147483648", "99999999999999999999999", "-0", "1e400",
            "0x1F", "1_000", "٣", "3.5", "");

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private Damage() {
    }

    /** The UTF-8 bytes of {@code text}, one byte a char. */
    public static String raw(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    public static byte[] bytes(String raw) {
        return raw.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The text an editor would show: bytes that are not UTF-8 become U+FFFD. */
    public static String decoded(String raw) {
        return new String(bytes(raw), StandardCharsets.UTF_8);
    }

    /** One of the generic kinds of damage, picked at random. */
    public static String any(String raw, Random random) {
        if (raw.isEmpty()) {
            return raw(random.nextBoolean() ? "\n" : "x");
        }
        return switch (random.nextInt(11)) {
            case 0 -> flipBit(raw, random);
            case 1 -> raw.substring(0, random.nextInt(raw.length()));
            case 2 -> deleteBytes(raw, random);
            case 3 -> duplicateLine(raw, random);
            case 4 -> removeLines(raw, random);
            case 5 -> swapLines(raw, random);
            case 6 -> hugeLine(raw, random);
            case 7 -> notUtf8(raw, random);
            case 8 -> oddNumber(raw, random);
            case 9 -> lineEndings(raw, random);
            default -> insertAnywhere(raw, raw(List.of("\u0000", "\t", "\uFEFF", "\u2028", "\u00A0", "😀", "\u202E", "\\", "\"",
                    "'", ":", "#").get(random.nextInt(12))), random);
        };
    }

    public static String flipBit(String raw, Random random) {
        char[] chars = raw.toCharArray();
        int at = random.nextInt(chars.length);
        chars[at] = (char) ((chars[at] ^ (1 << random.nextInt(8))) & 0xFF);
        return new String(chars);
    }

    /** Removes up to 40 bytes from a random place, often in the middle of a character. */
    public static String deleteBytes(String raw, Random random) {
        int start = random.nextInt(raw.length());
        return raw.substring(0, start) + raw.substring(Math.min(raw.length(), start + 1 + random.nextInt(40)));
    }

    public static String duplicateLine(String raw, Random random) {
        List<String> lines = lines(raw);
        int at = random.nextInt(lines.size());
        lines.add(random.nextInt(lines.size() + 1), lines.get(at));
        return join(lines);
    }

    /** Removes one to three neighbouring lines. */
    public static String removeLines(String raw, Random random) {
        List<String> lines = lines(raw);
        int at = random.nextInt(lines.size());
        int count = Math.min(lines.size() - at, 1 + random.nextInt(3));
        lines.subList(at, at + count).clear();
        return join(lines);
    }

    public static String swapLines(String raw, Random random) {
        List<String> lines = lines(raw);
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
        return join(lines);
    }

    /** Repeats a short run of bytes of one line thousands of times, up to some 60 kB. */
    public static String hugeLine(String raw, Random random) {
        int start = random.nextInt(raw.length());
        int end = Math.min(raw.length(), start + 1 + random.nextInt(8));
        String run = raw.substring(start, end).replace("\n", "");
        if (run.isEmpty()) {
            run = "x";
        }
        return raw.substring(0, start) + run.repeat(1 + random.nextInt(60_000 / run.length())) + raw.substring(start);
    }

    public static String notUtf8(String raw, Random random) {
        byte[] sequence = NOT_UTF_8.get(random.nextInt(NOT_UTF_8.size()));
        return insertAnywhere(raw, new String(sequence, StandardCharsets.ISO_8859_1), random);
    }

    /** Replaces a number in the file (a line reference, a count, a duration) by one at or past some limit. */
    public static String oddNumber(String raw, Random random) {
        List<int[]> numbers = new ArrayList<>();
        Matcher m = DIGITS.matcher(raw);
        while (m.find()) {
            numbers.add(new int[] {m.start(), m.end()});
        }
        if (numbers.isEmpty()) {
            return raw;
        }
        int[] number = numbers.get(random.nextInt(numbers.size()));
        return raw.substring(0, number[0]) + raw(ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size()))) + raw.substring(number[1]);
    }

    /** CRLF or a lone CR for one line end, or a byte order mark at the start. */
    public static String lineEndings(String raw, Random random) {
        int newline = raw.indexOf('\n', random.nextInt(raw.length()));
        if (newline < 0 || random.nextInt(4) == 0) {
            return raw("\uFEFF") + raw;
        }
        return raw.substring(0, newline) + (random.nextBoolean() ? "\r\n" : "\r") + raw.substring(newline + 1);
    }

    public static String insertAnywhere(String raw, String insert, Random random) {
        int at = random.nextInt(raw.length() + 1);
        return raw.substring(0, at) + insert + raw.substring(at);
    }

    /** Puts {@code line} (raw, without its line end) before a random line. */
    public static String insertLine(String raw, String line, Random random) {
        List<String> lines = lines(raw);
        lines.add(random.nextInt(lines.size() + 1), line);
        return join(lines);
    }

    /** The lines of a file, without their line ends; a final line end gives a last empty line. */
    public static List<String> lines(String raw) {
        return new ArrayList<>(List.of(raw.split("\n", -1)));
    }

    public static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    /**
     * How many lines an editor shows for the text a reader gets (line ends normalized): the bound
     * for a diagnostic's line is one more, the empty line after the last line end.
     */
    public static int lineCount(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        int count = (int) normalized.chars().filter(c -> c == '\n').count();
        return normalized.isEmpty() || normalized.endsWith("\n") ? count : count + 1;
    }
}
