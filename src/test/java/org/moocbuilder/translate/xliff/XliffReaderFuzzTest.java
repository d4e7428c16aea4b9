package org.moocbuilder.translate.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.translate.po.PoFile;
import org.moocbuilder.translate.po.PoReader;
import org.moocbuilder.translate.po.PoWriter;

/**
 * Thousands of damaged variants of valid XLIFF files, made from a fixed seed (so a failure is
 * reproducible): bits flipped, files cut short, elements copied to other places, attributes
 * swapped, XML oddities dropped in. The reader must never throw: it returns a file or
 * diagnostics, never both errors and a file; and whatever it returns, merged into a bundle and
 * written, is a PO file that reads back without error.
 */
class XliffReaderFuzzTest {

    private static final long SEED = 20_240_611L;
    private static final int VARIANTS = 3_000;

    private static final String PO = """
            # Translations into French.
            msgid ""
            msgstr ""
            "Language: fr\\n"

            #. paragraph
            #: content/c/01-m/01-l.md:7
            #, fuzzy, no-wrap
            #| msgid "Old <source> & text"
            msgid "New <source> & text"
            msgstr "Nouveau « texte » & <b>"

            msgctxt "button"
            msgid "Open"
            msgstr "Ouvrir"

            #. heading
            msgid "Untranslated"
            msgstr ""

            #~ msgid "Gone"
            #~ msgstr "Parti"
            """;

    private static final String TOOL_12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="course.po" source-language="en" target-language="fr" datatype="po">
                <header><tool tool-id="t" tool-name="CAT"/></header>
                <body>
                  <group id="g1">
                    <trans-unit id="1"><source>Open</source><target state="final"><g id="1">Ouvrir</g></target>
                      <alt-trans><source>Opened</source><target>Ouvert</target></alt-trans></trans-unit>
                    <trans-unit id="2"><source>Untranslated</source><target><mrk mtype="seg" mid="1">Non</mrk> <x id="2"/>traduit</target></trans-unit>
                  </group>
                  <trans-unit id="3" approved="yes"><source><![CDATA[New <source> & text]]></source><target>Nouveau</target>
                    <note from="translator">checked</note></trans-unit>
                </body>
              </file>
            </xliff>
            """;

    private static final String TOOL_20 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"
                srcLang="en" trgLang="fr">
              <file id="f1" original="course.po">
                <unit id="u1"><mtc:matches><mtc:match ref="#s1"><source>Open</source><target>Suggestion</target></mtc:match></mtc:matches>
                  <segment id="s1" state="final"><source>Open</source><target><pc id="1">Ouvrir</pc></target></segment></unit>
                <group id="g"><unit id="u2"><segment><source>Untranslated</source><target><sc id="1"/>Non<ec startRef="1"/></target></segment>
                  <ignorable><source> </source></ignorable></unit></group>
              </file>
            </xliff>
            """;

    /** Bits of XML, valid and not, dropped into the files at random. */
    private static final List<String> SNIPPETS = List.of("<target>x</target>", "<source>Open</source>", "<x/>", "<g>", "</g>",
            "<trans-unit id=\"9\">", "</trans-unit>", "<unit id=\"9\">", "<segment>", "</body>", "<file original=\"a.po\">",
            "<alt-trans><target>alt</target></alt-trans>", "<!DOCTYPE x>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "&e;", "&amp;", "&#0;", "&#x1F600;", "<![CDATA[", "]]>", "<?pi data?>", "<!--", "-->", "<", ">", "\"", "'", "&",
            "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\"/>", "\u0000", "\uFEFF", "😀", "\n",
            "<group>".repeat(60), "<mrk>".repeat(60));

    @Test
    void damagedFilesGiveDiagnosticsNeverAnException() {
        PoFile bundle = PoReader.read(PO, "fr.po", new Diagnostics()).orElseThrow();
        List<String> bases = List.of(XliffWriter.write(bundle, "course.po", "en", "fr", XliffVersion.V1_2),
                XliffWriter.write(bundle, "course.po", "en", "fr", XliffVersion.V2_0), TOOL_12, TOOL_20);
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < VARIANTS; i++) {
            String xml = bases.get(i % bases.size());
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                xml = mutate(xml, random);
            }
            try {
                Diagnostics diagnostics = new Diagnostics();
                Optional<XliffFile> file = XliffReader.read(xml, "v.xlf", diagnostics);
                String problem = check(file, diagnostics, bundle);
                if (problem != null) {
                    failures.add("variant " + i + ": " + problem + "\n" + xml);
                }
                if (file.isPresent()) {
                    accepted++;
                } else {
                    refused++;
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add("variant " + i + ": " + e + "\n" + xml);
            }
        }
        assertEquals(List.of(), failures.stream().limit(3).toList(), failures.size() + " of " + VARIANTS + " variants failed");
        assertTrue(accepted > VARIANTS / 20 && refused > VARIANTS / 2,
                "the variants should exercise both paths: " + accepted + " read, " + refused + " refused");
    }

    /** What must hold for any input; null when it does. */
    private static String check(Optional<XliffFile> file, Diagnostics diagnostics, PoFile bundle) {
        for (Diagnostic d : diagnostics.sorted()) {
            if (!d.position().file().equals("v.xlf") || d.position().line() < 0 || d.position().column() < 0
                    || !d.code().startsWith("XLF")) {
                return "diagnostic out of place: " + d.format();
            }
        }
        if (file.isEmpty()) {
            return diagnostics.hasErrors() ? null : "refused without an error";
        }
        if (diagnostics.hasErrors()) {
            return "read although errors were reported: " + diagnostics.sorted();
        }
        if (file.get().po().entries().stream().anyMatch(e -> e.id().isEmpty())) {
            return "an entry with an empty msgid, which PO reads as a header";
        }
        String written = PoWriter.write(XliffMerge.merge(bundle, file.get()).file());
        Diagnostics reread = new Diagnostics();
        if (PoReader.read(written, "fr.po", reread).isEmpty() || reread.hasErrors()) {
            return "the merged bundle does not read back: " + reread.sorted() + "\n" + written;
        }
        return null;
    }

    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w:-]*)[^<>]*?(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");

    private static String mutate(String xml, Random random) {
        if (xml.isEmpty()) {
            return SNIPPETS.get(random.nextInt(SNIPPETS.size()));
        }
        return switch (random.nextInt(7)) {
            case 0 -> flipBit(xml, random);
            case 1 -> xml.substring(0, random.nextInt(xml.length()));
            case 2 -> duplicateElement(xml, random);
            case 3 -> swapAttributes(xml, random);
            case 4 -> insertAtTag(xml, SNIPPETS.get(random.nextInt(SNIPPETS.size())), random);
            case 5 -> {
                int start = random.nextInt(xml.length());
                yield xml.substring(0, start) + xml.substring(Math.min(xml.length(), start + 1 + random.nextInt(40)));
            }
            default -> moveAttribute(xml, random);
        };
    }

    private static String flipBit(String xml, Random random) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Copies an element (up to its end tag, or itself when empty) to the place of another tag. */
    private static String duplicateElement(String xml, Random random) {
        List<int[]> tags = tags(xml);
        if (tags.isEmpty()) {
            return xml;
        }
        int[] tag = tags.get(random.nextInt(tags.size()));
        String name = xml.substring(tag[0] + 1, tag[2]);
        int end = tag[1];
        if (xml.charAt(tag[1] - 2) != '/') {
            int close = xml.indexOf("</" + name + ">", tag[1]);
            end = close < 0 ? tag[1] : close + name.length() + 3;
        }
        return insertAtTag(xml, xml.substring(tag[0], end), random);
    }

    private static String insertAtTag(String xml, String text, Random random) {
        List<int[]> tags = tags(xml);
        int at = tags.isEmpty() ? random.nextInt(xml.length() + 1)
                : random.nextBoolean() ? tags.get(random.nextInt(tags.size()))[0] : tags.get(random.nextInt(tags.size()))[1];
        return xml.substring(0, at) + text + xml.substring(at);
    }

    /** Swaps the values, or the names, of two attributes anywhere in the file. */
    private static String swapAttributes(String xml, Random random) {
        List<int[]> attributes = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(xml);
        while (m.find()) {
            attributes.add(new int[] {m.start(1), m.end(1), m.start(2), m.end(2)});
        }
        if (attributes.size() < 2) {
            return xml;
        }
        int[] a = attributes.get(random.nextInt(attributes.size()));
        int[] b = attributes.get(random.nextInt(attributes.size()));
        if (a[0] == b[0]) {
            return xml;
        }
        if (a[0] > b[0]) {
            int[] t = a;
            a = b;
            b = t;
        }
        int part = random.nextBoolean() ? 0 : 2;
        return xml.substring(0, a[part]) + xml.substring(b[part], b[part + 1]) + xml.substring(a[part + 1], b[part])
                + xml.substring(a[part], a[part + 1]) + xml.substring(b[part + 1]);
    }

    /** Takes one attribute off its element and puts it on another (or the same) start tag. */
    private static String moveAttribute(String xml, Random random) {
        List<int[]> attributes = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(xml);
        while (m.find()) {
            attributes.add(new int[] {m.start(), m.end()});
        }
        if (attributes.isEmpty()) {
            return xml;
        }
        int[] a = attributes.get(random.nextInt(attributes.size()));
        String attribute = xml.substring(a[0], a[1]);
        String without = xml.substring(0, a[0]) + xml.substring(a[1]);
        List<int[]> tags = tags(without);
        if (tags.isEmpty()) {
            return without;
        }
        int at = tags.get(random.nextInt(tags.size()))[2];
        return without.substring(0, at) + " " + attribute + without.substring(at);
    }

    /** Start tags as {start, end, end of name}. */
    private static List<int[]> tags(String xml) {
        List<int[]> tags = new ArrayList<>();
        Matcher m = START_TAG.matcher(xml);
        while (m.find()) {
            tags.add(new int[] {m.start(), m.end(), m.end(1)});
        }
        return tags;
    }
}
