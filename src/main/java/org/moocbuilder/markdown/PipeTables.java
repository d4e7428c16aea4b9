package org.moocbuilder.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import java.util.Set;

/**
 * flexmark's tables, with its table check run only on paragraphs that have a pipe. flexmark
 * checks every paragraph of every page: it compiles the separator-row pattern once per page and
 * then scans each paragraph's first line for a pipe through its sequence interfaces. A paragraph
 * whose first line has no pipe is never a table (flexmark's own check gives up there), so the
 * pipe is looked for in the plain string, and the check is set up the first time a page needs it.
 */
final class PipeTables extends OwnParsingStep<TablesExtension> {

    PipeTables() {
        super((TablesExtension) TablesExtension.create());
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new GatedFactory(TableParagraphPreProcessor.Factory()));
    }

    private record GatedFactory(ParagraphPreProcessorFactory tableCheck) implements ParagraphPreProcessorFactory {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new GatedCheck(tableCheck, state);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tableCheck.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tableCheck.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tableCheck.affectsGlobalScope();
        }
    }

    /** One page's table check, made when the page's first paragraph with a pipe comes. */
    private static final class GatedCheck implements ParagraphPreProcessor {
        private final ParagraphPreProcessorFactory factory;
        private final ParserState state;
        private ParagraphPreProcessor check;

        GatedCheck(ParagraphPreProcessorFactory factory, ParserState state) {
            this.factory = factory;
            this.state = state;
        }

        @Override
        public int preProcessBlock(Paragraph block, ParserState state) {
            if (!firstLineHasPipe(block)) {
                return 0;
            }
            if (check == null) {
                check = factory.apply(this.state);
            }
            return check.preProcessBlock(block, state);
        }

        private static boolean firstLineHasPipe(Paragraph block) {
            if (block.getLineCount() == 0) {
                return true; // nothing to judge by: let flexmark decide
            }
            return Chars.of(block.getLineChars(0)).indexOf('|') >= 0;
        }
    }
}
