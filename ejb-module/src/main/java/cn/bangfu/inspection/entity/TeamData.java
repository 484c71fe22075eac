package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A team as the API shows and changes it: {@code leader} is a login and is among the members; {@code capacity} is visits
 * per working day; {@code homeRegionCode} its home township (optional); {@code blockedDays} days kept free.
 */
public record TeamData(Long id, String name, String leader, List<Member> members, Integer capacity, String homeRegionCode,
                       List<LocalDate> blockedDays, Long version) implements Serializable {

    /** An inspector of the team: {@code {"login", "name", "unitCode"}} (only the login is read on the way in). */
    public record Member(String login, String name, String unitCode, String unitName) implements Serializable {
    }
}
