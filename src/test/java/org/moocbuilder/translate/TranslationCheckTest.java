package org.moocbuilder.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranslationCheckTest {

    private final TranslationCheck check = new TranslationCheck(Set.of("unesco.org"));

    @Test
    void acceptsATranslationThatKeepsTargetsAndCode() {
        assertEquals(Optional.empty(), check.problem("See [the cycle](02-cycle.md#a) and `ls`.",
                "Voir [le cycle](02-cycle.md#a) et `ls`."));
    }

    @Test
    void refusesChangedLinkTargetsChangedCodeAndUnbalancedMarkdown() {
        assertTrue(check.problem("See [x](a.md).", "Voir [x](b.md).").orElseThrow()
                .startsWith("its link targets [b.md] differ from the source's [a.md]"));
        assertTrue(check.problem("Run `ls`.", "Lancez `dir`.").orElseThrow().startsWith("its inline code differs"));
        assertTrue(check.problem("Read *monthly*.", "Lisez *chaque mois.").orElseThrow().startsWith("its Markdown is unbalanced"));
    }

    @Test
    void allowsLocalizedTargetsOnHostsTheCourseNames() {
        assertEquals(Optional.empty(), check.problem("[UNESCO](https://www.unesco.org/en/ai)",
                "[UNESCO](https://www.unesco.org/fr/ai)"));
    }

    @Test
    void showsHtmlTheSourceDoesNotHaveAsText() {
        assertTrue(check.addsHtml("Hello.", "Bonjour <script>alert(1)</script>."));
        assertEquals("Bonjour &lt;script>alert(1)&lt;/script>.", check.defuseHtml("Hello.", "Bonjour <script>alert(1)</script>."));
    }
}
