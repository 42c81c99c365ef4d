package org.ketamineinfo.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ketamineinfo.system.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code java -jar site.jar --export=out/} writes the static site and exits (no web server starts). */
@Component
@ConditionalOnProperty(StaticExport.OPTION)
class ExportRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final PublishedSite published;
    private final Assets assets;
    private final SiteProperties site;

    ExportRunner(PublishedSite published, Assets assets, SiteProperties site) {
        this.published = published;
        this.assets = assets;
        this.site = site;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path folder = Path.of(args.getOptionValues(StaticExport.OPTION).get(0)).toAbsolutePath().normalize();
        List<String> files = StaticExport.write(published.awaitRendered(Duration.ofMinutes(30)), assets, site,
                folder);
        log.info("Exported {} files ({} pages) to {}", files.size(), published.current().pages().size() + 1, folder);
    }
}
