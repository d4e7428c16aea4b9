package org.moocbuilder.diag;

/**
 * A place in an input file: a path as the user would type it (relative to the course folder,
 * forward slashes) and a 1-based line and column. Line or column 0 means "not known", so a
 * finding about a whole file prints just the path.
 */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition at(String file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
