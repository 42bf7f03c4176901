package org.rabta.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting to record. Attendance is ticked from the roster on the meeting's day; guests are one per line, as
 * "name, organisation".
 */
public record MeetingForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        @NotBlank @Size(max = 200) String place,
        @NotBlank @Size(max = 4000) String agenda,
        @Size(max = 20000) String minutes,
        @Size(max = 8000) String decisions,
        Set<Long> attendees,
        @Size(max = 4000) String guests) {

    public MeetingForm {
        attendees = attendees == null ? Set.of() : Set.copyOf(attendees);
    }

    public static MeetingForm on(LocalDate day) {
        return new MeetingForm(day, "", "", "", "", Set.of(), "");
    }

    List<Meeting.Guest> guestList() {
        List<Meeting.Guest> list = new ArrayList<>();
        if (guests == null) {
            return list;
        }
        for (String line : guests.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            String name = (comma < 0 ? line : line.substring(0, comma)).strip();
            String organisation = comma < 0 ? null : line.substring(comma + 1).strip();
            list.add(new Meeting.Guest(name, organisation == null || organisation.isEmpty() ? null : organisation));
        }
        return list;
    }
}
