package org.rabta.reporting;

import java.util.List;
import org.rabta.cases.AgeBand;

/**
 * The published breakdown of victims (issue "annual report"): transgender persons at any age; girls and boys are
 * female and male persons under 18 at identification, women and men those aged 18 or more; not recorded is a sex
 * left unknown or a female or male person of unknown age. Every person falls in exactly one of women, men,
 * children, transgender and not recorded, so they add up to the total; for a reader outside the owning agency both
 * sums are breakdowns in the sense of {@link SmallCells#breakdown}.
 */
public record VictimFigures(Count total, Count women, Count men, Count girls, Count boys, Count children,
                            Count transgender, Count notRecorded) {

    /** The figures of the cells as {@code rule}'s reader sees them. */
    static VictimFigures count(Iterable<StatisticsCell> cells, SmallCells rule) {
        long women = 0;
        long men = 0;
        long girls = 0;
        long boys = 0;
        long transgender = 0;
        long notRecorded = 0;
        for (StatisticsCell cell : cells) {
            long n = cell.persons();
            switch (category(cell.sex(), cell.ageBand())) {
                case WOMAN -> women += n;
                case MAN -> men += n;
                case GIRL -> girls += n;
                case BOY -> boys += n;
                case TRANSGENDER -> transgender += n;
                case NOT_RECORDED -> notRecorded += n;
            }
        }
        long children = girls + boys;
        // Two breakdowns: girls and boys make the children; women, men, children, transgender persons and those not
        // recorded make the total. Children withheld beside girls and boys both shown would be their sum again: the
        // smaller of the two is withheld with them.
        List<Count> ofChildren = rule.breakdown(List.of(girls, boys));
        List<Count> ofTotal = rule.breakdown(List.of(women, men, transgender, notRecorded, children));
        if (ofTotal.get(4).equals(Count.WITHHELD) && ofChildren.stream().noneMatch(Count::isSuppressed)
                && girls + boys > 0) {
            ofChildren = girls > 0 && (girls <= boys || boys == 0)
                    ? List.of(Count.WITHHELD, ofChildren.get(1)) : List.of(ofChildren.get(0), Count.WITHHELD);
        }
        return new VictimFigures(rule.count(women + men + girls + boys + transgender + notRecorded), ofTotal.get(0),
                ofTotal.get(1), ofChildren.get(0), ofChildren.get(1), ofTotal.get(4), ofTotal.get(2), ofTotal.get(3));
    }

    enum Category {
        WOMAN,
        MAN,
        GIRL,
        BOY,
        TRANSGENDER,
        NOT_RECORDED
    }

    static Category category(String sex, AgeBand band) {
        return switch (sex) {
            case "TRANSGENDER" -> Category.TRANSGENDER;
            case "FEMALE" -> band.isChild() ? Category.GIRL : band.isAdult() ? Category.WOMAN : Category.NOT_RECORDED;
            case "MALE" -> band.isChild() ? Category.BOY : band.isAdult() ? Category.MAN : Category.NOT_RECORDED;
            default -> Category.NOT_RECORDED;
        };
    }
}
