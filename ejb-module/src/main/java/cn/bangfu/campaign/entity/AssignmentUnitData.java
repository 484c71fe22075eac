package cn.bangfu.campaign.entity;

import java.io.Serializable;

/**
 * A unit of an assignment as pages and the API show it: code, name, role (LEADING or CO), first
 * responsible person (head), and contact person with phone (the contact cadre's id when there is one).
 */
public record AssignmentUnitData(String code, String name, String role, String headName, Long contactCadre, String contactName,
                                 String contactPhone) implements Serializable {
}
