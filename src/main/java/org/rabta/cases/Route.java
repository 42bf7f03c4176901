package org.rabta.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where the person came from, went through and was going, as the API's {@code route} object shows it. The columns
 * are those of {@code victim_case}; {@link CaseField} lists each value with its rules.
 */
@Embeddable
public class Route {

    @Column(name = "origin_country")
    private String originCountry;

    @Column(name = "origin_district_code")
    private String originDistrictCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "transit_countries", nullable = false, columnDefinition = "varchar(2)[]")
    private String[] transitCountries = new String[0];

    @Column(name = "destination_country")
    private String destinationCountry;

    @Column(name = "destination_district_code")
    private String destinationDistrictCode;

    protected Route() {
    }

    /** The route section of a validated, normalised form. */
    Route(CaseForm form) {
        this.originCountry = form.getOriginCountry();
        this.originDistrictCode = form.getOriginDistrictCode();
        this.transitCountries = form.getTransitCountries().toArray(String[]::new);
        this.destinationCountry = form.getDestinationCountry();
        this.destinationDistrictCode = form.getDestinationDistrictCode();
    }

    void copyTo(CaseForm form) {
        form.setOriginCountry(originCountry);
        form.setOriginDistrictCode(originDistrictCode);
        form.setTransitCountries(new ArrayList<>(getTransitCountries()));
        form.setDestinationCountry(destinationCountry);
        form.setDestinationDistrictCode(destinationDistrictCode);
    }

    /**
     * Whether any part of the route is known: a case page says "Not recorded" for a route of which nothing is. Not a
     * bean property, so that the API, which writes the route as it is, does not answer it as a field of the route.
     */
    public boolean hasAnyPart() {
        return originCountry != null || originDistrictCode != null || transitCountries.length > 0
                || destinationCountry != null || destinationDistrictCode != null;
    }

    public String getOriginCountry() {
        return originCountry;
    }

    public String getOriginDistrictCode() {
        return originDistrictCode;
    }

    public List<String> getTransitCountries() {
        return List.of(transitCountries);
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public String getDestinationDistrictCode() {
        return destinationDistrictCode;
    }
}
