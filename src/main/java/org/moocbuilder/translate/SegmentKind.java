package org.moocbuilder.translate;

/** What a segment is, told to translators in the {@code #.} comment of its PO entry. */
public enum SegmentKind {
    SITE_TITLE("site title"),
    COURSE_TITLE("course title"),
    COURSE_SUMMARY("course summary"),
    COURSE_AUDIENCE("course audience"),
    COURSE_LEVEL("course level"),
    MODULE_TITLE("module title"),
    MODULE_DESCRIPTION("module description"),
    LESSON_TITLE("lesson title"),
    LESSON_DESCRIPTION("lesson description"),
    OBJECTIVE("learning objective"),
    HEADING("heading"),
    PARAGRAPH("paragraph"),
    LIST_ITEM("list item"),
    TABLE_CELL("table cell"),
    QUOTE("quoted paragraph"),
    TERM("defined term"),
    DEFINITION("definition"),
    CALLOUT_TITLE("callout title"),
    CALLOUT("callout text"),
    FOOTNOTE("footnote"),
    ALT_TEXT("image alt text"),
    IMAGE_TITLE("image title"),
    QUIZ("quiz text"),
    DIAGRAM_TEXT("diagram text");

    private final String label;

    SegmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
