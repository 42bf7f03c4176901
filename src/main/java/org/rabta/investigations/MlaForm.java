package org.rabta.investigations;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a mutual legal assistance or extradition request. */
public class MlaForm {

    private MlaKind kind = MlaKind.MLA;
    private MlaDirection direction = MlaDirection.SENT;
    private String country;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate requestedOn;
    private String subject;
    private MlaStatus status = MlaStatus.PENDING;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate statusOn;

    MlaRequestInput toRequest() {
        return new MlaRequestInput(kind, direction, country, requestedOn, subject, status, statusOn);
    }

    public MlaKind getKind() {
        return kind;
    }

    public void setKind(MlaKind kind) {
        this.kind = kind;
    }

    public MlaDirection getDirection() {
        return direction;
    }

    public void setDirection(MlaDirection direction) {
        this.direction = direction;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public MlaStatus getStatus() {
        return status;
    }

    public void setStatus(MlaStatus status) {
        this.status = status;
    }

    public LocalDate getStatusOn() {
        return statusOn;
    }

    public void setStatusOn(LocalDate statusOn) {
        this.statusOn = statusOn;
    }
}
