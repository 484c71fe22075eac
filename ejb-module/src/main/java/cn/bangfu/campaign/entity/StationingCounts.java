package cn.bangfu.campaign.entity;

import java.io.Serializable;

/** How many stationings a list holds in all, and how many of them are 在驻, 已结束 and 待驻 on the day counted. */
public record StationingCounts(long total, long active, long ended, long upcoming) implements Serializable {
}
