package org.rabta.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who took a step on a record, and when: the username, which never changes, and the full name the user had then, so
 * a page can say who without looking the user up. A record keeps one per step under the step's column prefix
 * ({@code @EmbeddedColumnNaming("updated_%s")}: updated_at, updated_by, updated_by_name); a step not yet taken is null.
 * A stamp never changes: a new step is a new stamp.
 */
@Embeddable
public class Stamp {

    @Column(name = "at")
    private Instant at;

    @Column(name = "by")
    private String by;

    @Column(name = "by_name")
    private String byName;

    protected Stamp() {
    }

    public Stamp(String username, String fullName, Instant at) {
        this.by = username;
        this.byName = fullName;
        this.at = at;
    }

    public static Stamp of(RabtaUser user, Instant at) {
        return new Stamp(user.username(), user.fullName(), at);
    }

    /** The full name, or the username where no name was recorded: how pages show who. */
    public String getName() {
        return byName == null ? by : byName;
    }

    /** The full name with the username, as a stale edit tells who came first. */
    public String getNameAndUsername() {
        return byName == null ? by : byName + " (" + by + ")";
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getByName() {
        return byName;
    }
}
