package cn.bangfu.report.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A circular as the API and pages show it: the round it reports, title, 文号, issuer, status, its four narrative
 * paragraphs, the round's figures and the table of findings by unit as generated, the day it was published, and whether
 * the caller may still edit it.
 */
public record CircularData(Long id, String campaign, Long round, String roundName, String title, String docNumber, String issuer,
                           String status, String summary, String praise, String criticism, String requirements, Figures figures,
                           List<Row> rows, LocalDate publishedOn, boolean editable, long version) implements Serializable {

    /** The round's figures: visits, findings (serious among them), units with findings, findings rectified and verified. */
    public record Figures(int visits, int findings, int serious, int units, int rectified) implements Serializable {
    }

    /** A unit's line of the table. */
    public record Row(String unitCode, String unitName, int findings, int minor, int major, int serious, String items, int rectified)
            implements Serializable {
    }

    public CircularData {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
