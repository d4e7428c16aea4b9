package org.moocbuilder.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParentLocalesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh-TW | zh-TW zh-Hant-TW zh-Hant",
            "zh-HK | zh-HK zh-Hant-HK zh-Hant",
            "zh-Hant-MO | zh-Hant-MO zh-Hant-HK zh-Hant",
            "zh-Hant | zh-Hant",
            "zh-CN | zh-CN zh",
            "sr-Latn | sr-Latn",
            "sr-ME | sr-ME sr-Latn-ME sr-Latn",
            "en-AU | en-AU en-001 en",
            "en-GB | en-GB en-001 en",
            "es-MX | es-MX es-419 es",
            "pt-AO | pt-AO pt-PT pt",
            "fr-CA | fr-CA fr",
            "ar | ar"})
    void theChainIsCldrs(String tag, String chain) {
        assertEquals(List.of(chain.split(" ")), ParentLocales.chain(tag));
    }

    /**
     * The same chain ICU walks when it loads its own locale data (ICU keeps that walk internal,
     * so the test reaches into it): from the locale ICU resolves the tag to, up to root.
     */
    @ParameterizedTest
    @ValueSource(strings = {"zh_Hant_TW", "zh_Hant_HK", "zh_Hant_MO", "en_AU", "en_IN", "en_DE", "es_MX", "es_AR", "pt_AO",
            "pt_MZ", "sr_Latn_ME", "fr_CA", "zh_Hans_SG", "az_Cyrl_AZ", "uz_Arab_AF", "nb_NO", "hi_Latn_IN"})
    void itAgreesWithTheChainIcuLoadsItsOwnDataAlong(String id) {
        ICUResourceBundle bundle = (ICUResourceBundle) UResourceBundle.getBundleInstance(ICUData.ICU_BASE_NAME, id,
                ICUResourceBundle.ICU_DATA_CLASS_LOADER);
        assertEquals(id, bundle.getULocale().getName(), "ICU has data for " + id);
        List<String> icu = new ArrayList<>();
        for (ICUResourceBundle b = bundle; b != null && !b.getULocale().getName().isEmpty()
                && !b.getULocale().getName().equals("root"); b = b.getParent()) {
            icu.add(b.getULocale().toLanguageTag());
        }
        assertEquals(icu, ParentLocales.chain(new ULocale(id).toLanguageTag()), Arrays.toString(icu.toArray()));
    }
}
