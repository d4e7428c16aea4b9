package org.moocbuilder.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A build in another process, for {@link StagedSiteTest}: opens a staging folder for the output
 * folder named by its first argument, writes a page, says {@code staged}, then either dies at once
 * as under kill -9 ({@code halt}: no cleanup, no shutdown hooks) or waits to be killed ({@code wait}).
 */
public final class StagingProcess {

    private StagingProcess() {
    }

    public static void main(String[] args) throws Exception {
        StagedSite site = StagedSite.open(Path.of(args[0]));
        site.write(OutputFile.of("index.html", "<p>half a site".getBytes(StandardCharsets.UTF_8)));
        System.out.println("staged");
        System.out.flush();
        if (args[1].equals("halt")) {
            Runtime.getRuntime().halt(137);
        }
        System.in.read();
        Runtime.getRuntime().halt(137);
    }
}
