package org.ketamineinfo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KetamineInfoApplication {

    public static void main(String[] args) {
        SpringApplication.run(KetamineInfoApplication.class, args);
    }
}
