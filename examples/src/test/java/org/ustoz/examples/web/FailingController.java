package org.ustoz.examples.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test only: a failure whose message looks like SQL, which must never reach a client. */
@RestController
class FailingController {

    static final String SECRET = "select password from app_user where id = 42";

    @GetMapping("/api/test/failure")
    String fail() {
        throw new IllegalStateException("could not execute statement [" + SECRET + "]");
    }
}
