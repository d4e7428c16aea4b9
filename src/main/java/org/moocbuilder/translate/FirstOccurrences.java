package org.moocbuilder.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each of many short texts first occurs in one long text, as {@link String#indexOf(String)}
 * would say, without one search over the whole text per short text (a quiz with 10,000 choices
 * searched its YAML 10,000 times). The long text is read once per length the short texts have:
 * a rolling hash of each window of that length (equal to the window's {@code String.hashCode()})
 * names the texts it may be, and a comparison confirms it.
 */
final class FirstOccurrences {

    private FirstOccurrences() {
    }

    /** For each of {@code texts}, the offset of its first occurrence in {@code in}, or -1. */
    static int[] of(String in, List<String> texts) {
        int[] first = new int[texts.size()];
        Arrays.fill(first, -1);
        // By length, then by hash: which texts (by index) a window of that length and hash may be.
        Map<Integer, Map<Integer, List<Integer>>> wanted = new TreeMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text.isEmpty()) {
                first[i] = 0;
            } else if (text.length() <= in.length()) {
                wanted.computeIfAbsent(text.length(), length -> new HashMap<>())
                        .computeIfAbsent(text.hashCode(), hash -> new ArrayList<>()).add(i);
            }
        }
        wanted.forEach((length, byHash) -> scan(in, length, byHash, texts, first));
        return first;
    }

    private static void scan(String in, int length, Map<Integer, List<Integer>> byHash, List<String> texts, int[] first) {
        int hash = 0;
        int highest = 1;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + in.charAt(i);
            if (i > 0) {
                highest *= 31;
            }
        }
        for (int start = 0; ; start++) {
            List<Integer> candidates = byHash.get(hash);
            if (candidates != null) {
                for (int k = candidates.size() - 1; k >= 0; k--) {
                    int index = candidates.get(k);
                    if (in.startsWith(texts.get(index), start)) {
                        first[index] = start;
                        candidates.remove(k);
                    }
                }
                if (candidates.isEmpty()) {
                    byHash.remove(hash);
                    if (byHash.isEmpty()) {
                        return;
                    }
                }
            }
            if (start + length >= in.length()) {
                return;
            }
            hash = 31 * (hash - highest * in.charAt(start)) + in.charAt(start + length);
        }
    }
}
