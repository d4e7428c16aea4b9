package org.moocbuilder.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;
import org.moocbuilder.translate.po.PoReader;

class CompendiumTest {

    private static PoFile po(String text) {
        return PoReader.read(text, "test.po", new Diagnostics()).orElseThrow();
    }

    private static PoFile bundle(String... ids) {
        return new PoFile(null, Arrays.stream(ids).map(id -> PoEntry.of(id, "")).toList());
    }

    @Test
    void whiteSpaceAndOrderedListMarkersAreNearMatches() {
        Compendium compendium = new Compendium(List.of(po("""
                msgid "1.  Gather   the\\n    data."
                msgstr "1. Rassembler les\\ndonnées."
                """)));
        PoEntry filled = compendium.fill(bundle("Gather the data.")).file().entries().get(0);
        assertTrue(filled.isFuzzy());
        assertEquals("Rassembler les données.", filled.translation());
        assertEquals("1.  Gather   the\n    data.", filled.previousId());
    }

    @Test
    void anExactMatchWinsOverANearOneAndTheFirstCatalogOverLaterOnes() {
        Compendium compendium = new Compendium(List.of(po("""
                msgid "- Train the model."
                msgstr "- Entraîner le modèle (proche)."
                """), po("""
                msgid "Train the model."
                msgstr "Entraîner le modèle."

                msgid "Check the results."
                msgstr "Vérifier les résultats."
                """), po("""
                msgid "Check the results."
                msgstr "Contrôler les résultats."
                """)));
        Compendium.Result result = compendium.fill(bundle("Train the model.", "Check the results."));
        assertEquals(List.of("Entraîner le modèle.", "Vérifier les résultats."),
                result.file().entries().stream().map(PoEntry::translation).toList());
        assertEquals(2, result.exact());
        assertFalse(result.file().entries().get(0).isFuzzy());
    }

    @Test
    void theSameTextInAnotherContextIsOnlyANearMatch() {
        Compendium compendium = new Compendium(List.of(po("""
                msgctxt "menu"
                msgid "Open"
                msgstr "Ouvrir"
                """)));
        PoEntry filled = compendium.fill(bundle("Open")).file().entries().get(0);
        assertTrue(filled.isFuzzy(), "a translation made for another context is offered for review, as msgmerge does");
        assertEquals("Ouvrir", filled.translation());
    }

    @Test
    void aHeadingWrittenAboveItsParagraphSplitsWhenTheTranslationDoes() {
        Compendium compendium = new Compendium(List.of(po("""
                msgid "## Data\\nData is what a model learns from."
                msgstr "## Données\\nLes données sont ce dont un modèle apprend."
                """)));
        Compendium.Result result = compendium.fill(bundle("Data", "Data is what a model learns from."));
        assertEquals(List.of("Données", "Les données sont ce dont un modèle apprend."),
                result.file().entries().stream().map(PoEntry::translation).toList());
        assertEquals(2, result.near());
    }

    @Test
    void aTranslationThatDoesNotSplitLikeItsSourceOffersNoParts() {
        Compendium compendium = new Compendium(List.of(po("""
                msgid "- One.\\n- Two."
                msgstr "- Un et deux."
                """)));
        assertEquals(0, compendium.fill(bundle("One.", "Two.")).near());
    }

    @Test
    void imagesAndShortcutLinksKeepTheBundlesTargets() {
        Compendium compendium = new Compendium(List.of(po("""
                msgid "See ![a chart](img/chart.svg) and the [glossary](https://example.org/g)."
                msgstr "Voir ![un graphique](img/chart.svg) et le [glossaire](https://example.org/g)."
                """)));
        PoEntry filled = compendium.fill(bundle("See ![a chart](chart.svg) and the [glossary].")).file().entries().get(0);
        assertEquals("Voir ![un graphique](chart.svg) et le [glossaire][glossary].", filled.translation());
    }
}
