package org.rabta.directory;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service directory on the API: {@code GET /api/v1/services?type=SHELTER&district=PK617}. */
@RestController
class ServicesApiController {

    private final ServiceDirectory directory;

    ServicesApiController(ServiceDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/v1/services")
    List<ServiceListing> search(@RequestParam(required = false) ServiceType type,
                                @RequestParam(required = false) String district) {
        return directory.search(type, district);
    }
}
