package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A few bytes from a Spring MVC endpoint: what the framework itself costs per request. */
@SpringBootApplication
@RestController
public class BareApplication {

    private static final byte[] OK = "ok\n".getBytes();

    @GetMapping(value = "/bare", produces = "text/plain")
    byte[] bare() {
        return OK;
    }

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }
}
