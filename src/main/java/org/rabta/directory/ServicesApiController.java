package org.rabta.directory;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.shared.Childhood;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The service directory on the API: {@code GET /api/v1/services?type=SHELTER&district=PK617&sex=FEMALE&age=28}.
 * Given the person's sex and age, only the offers that take in such a person are listed, as on the referral form.
 */
@RestController
@RequiredArgsConstructor
class ServicesApiController {

    private static final int MAX_AGE = 120;

    private final ServiceDirectory directory;

    @GetMapping("/api/v1/services")
    List<ServiceListing> search(@RequestParam(required = false) ServiceType type,
                                @RequestParam(required = false) String district,
                                @RequestParam(required = false) Eligibility.Sex sex,
                                @RequestParam(required = false) Integer age) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "age must be a whole number from 0 to " + MAX_AGE);
        }
        return directory.search(type, district,
                Eligibility.neededBy(sex, Childhood.isChild(age)));
    }
}
