package org.ketamineinfo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KetamineInfoApplication {

    public static void main(String[] args) {
        SpringApplication.run(KetamineInfoApplication.class, args);
    }
}
