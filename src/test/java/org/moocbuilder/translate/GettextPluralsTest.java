package org.moocbuilder.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;

class GettextPluralsTest {

    @Test
    void headersFollowCldrCategories() {
        assertEquals("nplurals=2; plural=(n == 1 && 1) ? 0 : 1;", GettextPlurals.header(ULocale.ENGLISH));
        assertEquals("nplurals=1; plural=0;", GettextPlurals.header(ULocale.forLanguageTag("zh")));
        assertEquals("nplurals=6; plural=(n == 0) ? 0 : (n == 1) ? 1 : (n == 2) ? 2 : ((n % 100 >= 3 && n % 100 <= 10)) ? 3"
                + " : ((n % 100 >= 11 && n % 100 <= 99)) ? 4 : 5;", GettextPlurals.header(ULocale.forLanguageTag("ar")));
        assertEquals(List.of("one", "few", "many", "other"), GettextPlurals.categories(ULocale.forLanguageTag("ru")));
        assertEquals(3, GettextPlurals.declaredForms("nplurals=3; plural=(n > 1);"));
        assertEquals(-1, GettextPlurals.declaredForms("plural=0;"));
    }

    @Test
    void aCountOfFormsTooLargeForANumberCannotBeReadRatherThanFailing() {
        // Found by PoReaderFuzzTest: Integer.parseInt threw, and the exception ended the build.
        assertEquals(-1, GettextPlurals.declaredForms("nplurals=99999999999999999999999; plural=0;"));
        assertEquals(-1, GettextPlurals.declaredForms("nplurals=2147483648; plural=0;"));
        assertEquals(2147483647, GettextPlurals.declaredForms("nplurals=2147483647; plural=0;"));
    }
}
