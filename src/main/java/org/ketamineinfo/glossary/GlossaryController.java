package org.ketamineinfo.glossary;

import org.ketamineinfo.system.Redirects;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class GlossaryController {

    @GetMapping("/glossary")
    String glossary() {
        return "glossary";
    }

    @GetMapping({"/glossary/", "/glossary.html"})
    ResponseEntity<Void> variant() {
        return Redirects.permanent("/glossary");
    }
}
