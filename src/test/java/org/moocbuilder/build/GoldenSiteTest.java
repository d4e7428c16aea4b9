package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the small fixture course in {@code src/test/resources/sites/golden/source} and
 * compares every output file with {@code .../golden/expected}, both ways: a file missing,
 * extra or different fails; the findings the build reports are pinned in {@code diagnostics.txt}. After an intended change to the output, regenerate the expected
 * files with {@code mvn test -Dtest=GoldenSiteTest -Dmooc.updateGolden=true} and review the diff.
 */
class GoldenSiteTest {

    private static final Path GOLDEN = Path.of("src/test/resources/sites/golden");

    @TempDir
    Path work;

    @Test
    void theFixtureCourseBuildsExactlyTheExpectedSite() throws IOException {
        Path out = work.resolve("site-out");
        BuildResult result = new SiteBuilder().build(new BuildRequest(GOLDEN.resolve("source"), out, List.of()));
        assertTrue(result.written(), result.diagnostics().sorted().toString());
        String diagnostics = result.diagnostics().sorted().stream().map(d -> d.format() + "\n").collect(Collectors.joining());

        Path expected = GOLDEN.resolve("expected");
        Path expectedDiagnostics = GOLDEN.resolve("diagnostics.txt");
        if (Boolean.getBoolean("mooc.updateGolden")) {
            Files.writeString(expectedDiagnostics, diagnostics);
            if (Files.exists(expected)) {
                PathUtils.deleteDirectory(expected);
            }
            PathUtils.copyDirectory(out, expected);
            return;
        }
        assertEquals(Files.readString(expectedDiagnostics), diagnostics, "the build's findings changed");
        List<String> actualFiles = ExampleCourseTest.files(out);
        List<String> expectedFiles = ExampleCourseTest.files(expected);
        assertEquals(expectedFiles, actualFiles, "the set of output files changed; regenerate with -Dmooc.updateGolden=true");
        List<String> different = new ArrayList<>();
        for (String file : expectedFiles) {
            String want = Files.readString(expected.resolve(file));
            String got = Files.readString(out.resolve(file));
            if (!want.equals(got)) {
                different.add(file);
            }
        }
        if (!different.isEmpty()) {
            String first = different.get(0);
            assertEquals(Files.readString(expected.resolve(first)), Files.readString(out.resolve(first)),
                    different.size() + " file(s) differ: " + different + "; first shown. Regenerate with -Dmooc.updateGolden=true");
        }
    }
}
