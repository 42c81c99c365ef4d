package org.ketamineinfo;

import java.util.Arrays;
import org.ketamineinfo.check.ContentCheck;
import org.ketamineinfo.publish.StaticExport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KetamineInfoApplication {

    public static void main(String[] args) {
        if (ContentCheck.requested(args)) {
            System.exit(ContentCheck.run(args, System.out)); // check the content, serve nothing
        }
        SpringApplication application = new SpringApplication(KetamineInfoApplication.class);
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + StaticExport.OPTION + "="))) {
            application.setWebApplicationType(WebApplicationType.NONE); // write the files, start no server
        }
        application.run(args);
    }
}
