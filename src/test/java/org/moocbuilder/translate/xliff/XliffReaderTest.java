package org.moocbuilder.translate.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.translate.po.PoEntry;

/** The reader takes files from outside: what it keeps, what it refuses, and where it says so. */
class XliffReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<XliffFile> read(String xml) {
        return XliffReader.read(xml, "t.xlf", diagnostics);
    }

    private List<String> found() {
        return diagnostics.sorted().stream().map(d -> d.position() + " " + d.code() + " " + d.message()).toList();
    }

    private static List<String> translations(XliffFile file) {
        return file.po().entries().stream().map(e -> e.id() + " = " + e.translation()).toList();
    }

    @Test
    void altTransIsASuggestionAndNeitherItsSourceNorItsTargetIsRead() {
        XliffFile file = read("""
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="c.po" source-language="en" target-language="fr"><body>
                <trans-unit id="1"><source>One</source><target>Un</target>
                  <alt-trans><source>Once</source><target>Une fois</target></alt-trans></trans-unit>
                <trans-unit id="2"><alt-trans><target>Deux (TM)</target></alt-trans><source>Two</source></trans-unit>
                <trans-unit id="3"><source>Three</source><seg-source><mrk mtype="seg" mid="1">Three</mrk></seg-source>
                  <target><mrk mtype="seg" mid="1">Trois</mrk></target></trans-unit>
                </body></file></xliff>
                """).orElseThrow();
        assertEquals(List.of(), found());
        assertEquals(List.of("One = Un", "Two = ", "Three = Trois"), translations(file));
    }

    @Test
    void matchesInXliff2AreSuggestionsToo() {
        XliffFile file = read("""
                <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"
                  xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" srcLang="en" trgLang="fr">
                <file id="f1" original="c.po">
                <unit id="u1"><mtc:matches><mtc:match ref="#s1"><source>One</source><target>Suggestion</target></mtc:match></mtc:matches>
                  <segment id="s1"><source>One</source></segment></unit>
                <unit id="u2"><segment state="final"><source>Two</source><target>Deux</target></segment>
                  <mtc:matches><mtc:match ref="#s1"><source>Two</source><target>Suggestion</target></mtc:match></mtc:matches></unit>
                </file></xliff>
                """).orElseThrow();
        assertEquals(List.of(), found());
        assertEquals(List.of("One = ", "Two = Deux"), translations(file));
    }

    @Test
    void wrappingInlineElementsKeepTheirTextAndCodesRefuseOnlyTheirUnit() {
        XliffFile file = read("""
                <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="fr">
                <file id="f1" original="c.po">
                <unit id="u1"><segment><source><pc id="1">Bold</pc> text</source><target><pc id="1">Gras</pc> <mrk id="m1" translate="no">texte</mrk></target></segment></unit>
                <unit id="u2"><segment><source>A <sm id="c1" type="comment" value="check"/>note<em startRef="c1"/></source><target>Une note</target></segment></unit>
                <unit id="u3"><segment><source>B</source><target><sc id="1"/>Bé<ec startRef="1"/></target></segment></unit>
                <unit id="u4"><originalData><data id="d1">**</data></originalData>
                  <segment><source><ph id="1" dataRef="d1"/>C</source><target>Cé</target></segment></unit>
                <unit id="u5"><segment><source>D</source><target><cp hex="0007"/>Dé</target></segment></unit>
                <unit id="u6"><segment><source>E</source><target><other xmlns="urn:example">?</other>É</target></segment></unit>
                </file></xliff>
                """).orElseThrow();
        assertEquals(List.of(), found());
        assertEquals(List.of("Bold text = Gras texte", "A note = Une note"), translations(file));
        assertEquals(List.of("u3 5 t.xlf:5:50 target sc", "u4 6 t.xlf:7:20 source ph", "u5 8 t.xlf:8:50 target cp",
                        "u6 9 t.xlf:9:50 target other"),
                file.refused().stream().map(u -> u.id() + " " + u.line() + " " + u.at() + " " + u.part() + " " + u.element()).toList());
    }

    @Test
    void segmentsAndIgnorablesOfAUnitMakeOneText() {
        XliffFile file = read("""
                <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="fr">
                <file id="f1" original="c.po">
                <unit id="u1"><segment state="final"><source>One.</source><target>Un.</target></segment><ignorable><source> </source></ignorable>
                  <segment state="final"><source>Two.</source><target>Deux.</target></segment></unit>
                <unit id="u2"><segment state="final"><source>Three.</source><target>Trois.</target></segment><ignorable><source> </source></ignorable>
                  <segment state="initial"><source>Four.</source></segment></unit>
                <unit id="u3"><segment state="final"><source>Five.</source><target>Cinq.</target></segment>
                  <segment state="initial"><source>Six.</source><target>Six.</target></segment></unit>
                </file></xliff>
                """).orElseThrow();
        assertEquals(List.of(), found());
        assertEquals(List.of("One. Two. = Un. Deux.", "Three. Four. = ", "Five.Six. = Cinq.Six."), translations(file));
        assertTrue(file.po().entries().get(2).isFuzzy(), "a unit with an initial segment is not finished");
    }

    @Test
    void everyElementOutOfPlaceIsReportedWhereItIsAndNothingIsReturned() {
        Optional<XliffFile> file = read("""
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="c.po" source-language="en" target-language="fr">
                <header><trans-unit id="h"><source>H</source></trans-unit><tool tool-id="x"/></header>
                <body><group><group><note>n</note><trans-unit id="1"><source>One</source><target>Un</target><target>Uno</target></trans-unit></group></group>
                <trans-unit id="2"><source>Two</source><source>Deux</source><file/></trans-unit>
                <trans-unit id="3"/><x:ext xmlns:x="urn:example"><target>ignored: another vocabulary</target></x:ext>
                </body></file>
                <file original="d.po" source-language="en" target-language="fr"/></xliff>
                """);
        assertTrue(file.isEmpty());
        assertEquals(List.of(
                "t.xlf:3:9 XLF006 <trans-unit> is not allowed in <header>",
                "t.xlf:4:93 XLF006 <trans-unit> `1` has a second <target>",
                "t.xlf:5:40 XLF006 <trans-unit> `2` has a second <source>",
                "t.xlf:5:61 XLF006 <file> is not allowed in <trans-unit>",
                "t.xlf:6:1 XLF006 <trans-unit> `3` has no <source>",
                "t.xlf:8:1 XLF006 a second <file>; mooc export writes one <file> per XLIFF file, for one bundle"), found());
    }

    @Test
    void aFileThatIsNotXliffOrHasNoVersionOrNoFileIsRefused() {
        read("<?xml version=\"1.0\"?>\n<html/>");
        read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n  <file/></xliff>");
        read("<xliff version=\"1.0\"/>");
        read("<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">\n</xliff>");
        read("<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"><file id=\"f1\" original=\"c.po\"><unit id=\"1\"/></file></xliff>");
        assertEquals(List.of(
                "t.xlf:1:1 XLF002 <xliff> has no `version`; mooc import reads XLIFF 1.2 and 2.0",
                "t.xlf:1:1 XLF006 <xliff> holds no <file>, so it names no bundle to import into",
                "t.xlf:1:8 XLF002 XLIFF version `1.0` is not supported; use 1.2 or 2.0",
                "t.xlf:1:78 XLF006 <unit> `1` has no <segment>",
                "t.xlf:2:1 XLF006 the root element is <html>, not <xliff>: this is not an XLIFF file"), found());
    }

    @Test
    void groupsNestedWithoutEndAreRefusedWithoutExhaustingTheStack() {
        String deep = "<group>".repeat(5_000) + "</group>".repeat(5_000);
        String inline = "<g>".repeat(5_000) + "x" + "</g>".repeat(5_000);
        assertTrue(read("<xliff version=\"1.2\"><file original=\"c.po\" target-language=\"fr\"><body>" + deep
                + "</body></file></xliff>").isEmpty());
        assertEquals(List.of("t.xlf:1:421 XLF006 groups nested more than 50 deep"), found());
        XliffFile file = read("<xliff version=\"1.2\"><file original=\"c.po\" target-language=\"fr\"><body><trans-unit id=\"1\">"
                + "<source>x</source><target>" + inline + "</target></trans-unit></body></file></xliff>").orElseThrow();
        assertEquals(List.of("1 g"), file.refused().stream().map(u -> u.id() + " " + u.element()).toList());
    }

    @Test
    void gettextFlagsFromTheFileCannotBreakTheirPoLine() {
        XliffFile file = read("""
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:g="https://moocbuilder.org/xliff/gettext">
                <file original="c.po" source-language="en" target-language="fr"><body>
                <trans-unit id="1" g:flags="no-wrap, x&#10;msgid &quot;Evil&quot;"><source>One</source><target>Un</target>
                  <note from="translator">line one&#13;msgid "Evil"</note></trans-unit>
                </body></file></xliff>
                """).orElseThrow();
        PoEntry entry = file.po().entries().get(0);
        assertEquals(List.of("no-wrap"), entry.flags());
        assertEquals(List.of("line one", "msgid \"Evil\""), entry.translatorComments());
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsRead() {
        assertTrue(read("""
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <xliff version="1.2"><file original="c.po" target-language="fr"><body>
                <trans-unit id="1"><source>One</source><target>&lol2;</target></trans-unit></body></file></xliff>
                """).isEmpty());
        assertEquals(List.of("t.xlf:2:1 XLF007 the file has a DOCTYPE; XLIFF needs none, and its entities could read other"
                + " files, so nothing was imported from it"), found());
    }

    @Test
    void textQuotedFromAFileIsPrintedWithoutItsControlCharacters() {
        assertEquals("a\\u001B[31mb\\nc", XliffReader.printable("a\u001B[31mb\nc"));
        assertEquals("x".repeat(200) + "…", XliffReader.printable("x".repeat(201)));
    }
}
