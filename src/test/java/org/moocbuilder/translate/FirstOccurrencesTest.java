package org.moocbuilder.translate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirstOccurrencesTest {

    private static int[] indexOf(String in, List<String> texts) {
        return texts.stream().mapToInt(in::indexOf).toArray();
    }

    @Test
    void findsWhereEachTextFirstOccursAsIndexOfDoes() {
        String yaml = """
                id: q
                question: Which one? (choice 1 or choice 10)
                choices:
                  - text: choice 1
                  - text: choice 10
                  - text: "Ce n’est pas ça : 中文"
                  - text: choice 1
                """;
        List<String> texts = List.of("Which one?", "choice 1", "choice 10", "choice 100", "Ce n’est pas ça : 中文", "choice 1",
                "", "\n", yaml, yaml + "x", "e", "q");
        assertArrayEquals(indexOf(yaml, texts), FirstOccurrences.of(yaml, texts));
    }

    @Test
    void agreesWithIndexOfOnManyOverlappingTexts() {
        Random random = new Random(7);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            in.append((char) ('a' + random.nextInt(3)));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                text.append((char) ('a' + random.nextInt(3)));
            }
            texts.add(text.toString());
        }
        assertArrayEquals(indexOf(in.toString(), texts), FirstOccurrences.of(in.toString(), texts));
    }
}
