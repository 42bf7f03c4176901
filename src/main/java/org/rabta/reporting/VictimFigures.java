package org.rabta.reporting;

/**
 * The published breakdown of victims (issue "annual report"): transgender persons at any age; girls and boys are
 * female and male persons under 18 at identification, women and men those aged 18 or more; not recorded is a sex
 * left unknown or a female or male person of unknown age. Every person falls in exactly one of women, men,
 * children, transgender and not recorded, so they add up to the total.
 */
public record VictimFigures(long total, long women, long men, long girls, long boys, long children, long transgender,
                            long notRecorded) {

    static VictimFigures count(Iterable<StatisticsCell> cells) {
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
        return new VictimFigures(women + men + girls + boys + transgender + notRecorded, women, men, girls, boys,
                girls + boys, transgender, notRecorded);
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
