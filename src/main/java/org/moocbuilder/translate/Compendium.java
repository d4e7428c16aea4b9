package org.moocbuilder.translate;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.moocbuilder.translate.po.PoEntry;
import org.moocbuilder.translate.po.PoFile;

/**
 * Translations a translator already has, in PO catalogs made by another tool (an mdBook
 * course's gettext catalogs, say), offered to a bundle's untranslated entries as GNU
 * {@code msgmerge --compendium} does, and more: a catalog cut the Markdown differently.
 *
 * <p>An entry whose source text is in a catalog word for word takes that translation as
 * translated. One that differs only in form takes it as fuzzy, with the catalog's source as
 * the previous source ({@code #| msgid}) so the translator sees what differed: white space and
 * line wrapping, list and heading markers ({@code - }, {@code 1. }, {@code ## }), the form of a
 * link ({@code [text](url)} for {@code [text][ref]}: the target is not compared, which is why it
 * is fuzzy), and a catalog entry that holds several of our segments (a whole list, or a heading
 * and its paragraph) when its translation splits the same way. A translation's links are
 * rewritten to the bundle's form where the two sources' links pair up. Only entries with no
 * translation are filled; an existing translation, fuzzy or not, is never replaced.
 */
public final class Compendium {

    /** What filling one bundle did. */
    public record Result(PoFile file, int exact, int near, int untranslated) {
    }

    /** A translation to offer: the catalog's source text (or part of it) and its translation. */
    private record Offer(String source, String translation) {
    }

    /** A link in a text: where its target part ({@code (url)}, {@code [ref]}, or nothing) is. */
    private record LinkTarget(int start, int end, String written, String reference) {
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern MARKER = Pattern.compile("^(?:#{1,6}|[-*+]|\\d{1,9}[.)])[ \\t]+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$");
    private static final Pattern BLOCK_BREAK = Pattern.compile("\\n[ \\t]*\\n+");
    private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]{0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+.*");
    private static final Pattern HEADING = Pattern.compile("^[ \\t]{0,3}#{1,6}[ \\t]+.*");

    private final Parser parser = Parser.builder().build();
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, Offer> near = new LinkedHashMap<>();

    /** @param catalogs in order of preference: the first catalog with a text wins */
    public Compendium(List<PoFile> catalogs) {
        List<PoEntry> usable = catalogs.stream().flatMap(c -> c.entries().stream())
                .filter(e -> !e.obsolete() && e.isTranslated() && e.idPlural() == null && !e.id().isBlank()).toList();
        usable.forEach(e -> exact.putIfAbsent(exactKey(e.context(), e.id()), e.translation()));
        usable.forEach(e -> offer(new Offer(e.id(), e.translation())));
        // Parts last, so that a whole entry that matches is preferred to a part of another.
        usable.forEach(e -> parts(e.id(), e.translation()).forEach(this::offer));
    }

    /**
     * An exact match is the same text in the same context, as msgmerge has it (gettext joins the two
     * with EOT); the same text in another context is only a near match, offered as fuzzy.
     */
    private static String exactKey(String context, String id) {
        return (context == null ? "" : context) + "\u0004" + id;
    }

    /** Keeps the first offer for each form; a text that is only markers and links' targets matches nothing. */
    private void offer(Offer offer) {
        String key = key(offer.source());
        if (!key.isEmpty()) {
            near.putIfAbsent(key, offer);
        }
    }

    public Result fill(PoFile bundle) {
        List<PoEntry> entries = new ArrayList<>();
        int exactCount = 0;
        int nearCount = 0;
        int untranslated = 0;
        for (PoEntry entry : bundle.entries()) {
            if (entry.obsolete() || !entry.translation().isEmpty() || entry.idPlural() != null) {
                entries.add(entry);
                continue;
            }
            String same = exact.get(exactKey(entry.context(), entry.id()));
            Optional<Offer> similar = Optional.ofNullable(near.get(key(entry.id())));
            if (same != null) {
                entries.add(new PoEntry(entry.translatorComments(), entry.extractedComments(), entry.references(),
                        entry.flags(), entry.previousContext(), entry.previousId(), entry.context(), entry.id(), null,
                        List.of(same), false, entry.line()));
                exactCount++;
            } else if (similar.isPresent()) {
                List<String> flags = new ArrayList<>(entry.flags());
                flags.add(0, "fuzzy");
                entries.add(new PoEntry(entry.translatorComments(), entry.extractedComments(), entry.references(), flags,
                        null, similar.get().source(), entry.context(), entry.id(), null,
                        List.of(adapt(similar.get(), entry.id())), false, entry.line()));
                nearCount++;
            } else {
                entries.add(entry);
                untranslated++;
            }
        }
        return new Result(new PoFile(bundle.header(), entries), exactCount, nearCount, untranslated);
    }

    /** The form two texts share when they differ only in form: links without targets, no markers, one space. */
    String key(String text) {
        StringBuilder withoutTargets = new StringBuilder(text);
        List<LinkTarget> links = links(text);
        for (int i = links.size() - 1; i >= 0; i--) {
            withoutTargets.delete(links.get(i).start(), links.get(i).end());
        }
        StringBuilder key = new StringBuilder();
        for (String line : withoutTargets.toString().split("\n", -1)) {
            String bare = CLOSING_HASHES.matcher(MARKER.matcher(line.strip()).replaceFirst("")).replaceFirst("");
            key.append(bare).append(' ');
        }
        return WHITE_SPACE.matcher(key).replaceAll(" ").strip();
    }

    /** The catalog's translation in the form of our text: no marker our text lacks, one line if ours is, our links. */
    private String adapt(Offer offer, String ours) {
        String translation = offer.translation();
        if (!MARKER.matcher(ours.strip()).find()) {
            translation = MARKER.matcher(translation.strip()).replaceFirst("");
            translation = CLOSING_HASHES.matcher(translation).replaceFirst("");
        }
        if (!ours.contains("\n")) {
            translation = LINE_BREAK.matcher(translation.strip()).replaceAll(" ");
        }
        return relink(offer.source(), ours, translation);
    }

    /**
     * Gives the translation's links our text's targets: the catalog's source and ours have the
     * same links in the same order (their keys are equal), so each of the catalog's targets
     * names one of ours. A target that would name two is left alone.
     */
    private String relink(String theirs, String ours, String translation) {
        List<LinkTarget> from = links(theirs);
        List<LinkTarget> to = links(ours);
        if (from.isEmpty() || from.size() != to.size()) {
            return translation;
        }
        Map<String, String> targets = new HashMap<>();
        for (int i = 0; i < from.size(); i++) {
            LinkTarget mine = to.get(i);
            // A shortcut ([text]) or collapsed ([text][]) reference is found by its text, which the
            // translation changes: name its reference in full.
            String target = mine.reference() != null ? "[" + mine.reference() + "]" : mine.written();
            String before = targets.putIfAbsent(from.get(i).written(), target);
            if (before != null && !before.equals(target)) {
                return translation;
            }
        }
        StringBuilder out = new StringBuilder(translation);
        List<LinkTarget> inTranslation = links(translation);
        for (int i = inTranslation.size() - 1; i >= 0; i--) {
            LinkTarget link = inTranslation.get(i);
            String target = targets.get(link.written());
            if (target != null) {
                out.replace(link.start(), link.end(), target);
            }
        }
        return out.toString();
    }

    /** The links and images of a text, each with the range of its target part, in text order. */
    private List<LinkTarget> links(String text) {
        List<LinkTarget> links = new ArrayList<>();
        for (Node node : parser.parse(text).getDescendants()) {
            if (!(node instanceof Link || node instanceof LinkRef || node instanceof Image || node instanceof ImageRef)) {
                continue;
            }
            int start = node.getStartOffset();
            int end = node.getEndOffset();
            int afterText = afterBrackets(text, node instanceof Image || node instanceof ImageRef ? start + 1 : start, end);
            if (afterText < 0) {
                continue;
            }
            String reference = node instanceof LinkRef ref ? ref.getReference().toString()
                    : node instanceof ImageRef ref ? ref.getReference().toString() : null;
            links.add(new LinkTarget(afterText, end, text.substring(afterText, end), reference));
        }
        return links;
    }

    /** The offset just after the bracketed text that starts at {@code from}, or -1. */
    private static int afterBrackets(String text, int from, int end) {
        if (from >= end || text.charAt(from) != '[') {
            return -1;
        }
        int depth = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The pieces of a catalog entry that cut the text coarser than we do: its blocks (split at
     * blank lines and around headings), and the items of a list, paired with the same pieces of
     * its translation when that splits into as many.
     */
    private static List<Offer> parts(String source, String translation) {
        List<Offer> parts = new ArrayList<>();
        List<String> sourceBlocks = blocks(source);
        List<String> translatedBlocks = blocks(translation);
        if (sourceBlocks.size() > 1 && sourceBlocks.size() == translatedBlocks.size()) {
            for (int i = 0; i < sourceBlocks.size(); i++) {
                parts.add(new Offer(sourceBlocks.get(i), translatedBlocks.get(i)));
            }
        } else {
            sourceBlocks = List.of(source);
            translatedBlocks = List.of(translation);
        }
        for (int i = 0; i < sourceBlocks.size(); i++) {
            List<String> sourceItems = items(sourceBlocks.get(i));
            List<String> translatedItems = items(translatedBlocks.get(i));
            if (sourceItems.size() > 1 && sourceItems.size() == translatedItems.size()) {
                for (int j = 0; j < sourceItems.size(); j++) {
                    parts.add(new Offer(sourceItems.get(j), translatedItems.get(j)));
                }
            }
        }
        return parts;
    }

    private static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        for (String block : BLOCK_BREAK.split(text.strip())) {
            StringBuilder current = new StringBuilder();
            for (String line : block.split("\n")) {
                boolean heading = HEADING.matcher(line).matches();
                if (heading && !current.isEmpty()) {
                    blocks.add(current.toString().strip());
                    current.setLength(0);
                }
                current.append(line).append('\n');
                if (heading) {
                    blocks.add(current.toString().strip());
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                blocks.add(current.toString().strip());
            }
        }
        return blocks;
    }

    /** The items of a list, each with its continuation lines; a text that is not a list is one item. */
    private static List<String> items(String block) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : block.split("\n")) {
            if (LIST_ITEM.matcher(line).matches() && !current.isEmpty()) {
                items.add(current.toString().strip());
                current.setLength(0);
            }
            current.append(line).append('\n');
        }
        items.add(current.toString().strip());
        return items;
    }
}
