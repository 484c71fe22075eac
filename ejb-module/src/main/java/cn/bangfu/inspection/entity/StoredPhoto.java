package cn.bangfu.inspection.entity;

/** A checked photo as written under the data directory: its path there, type by content, size, pixels and SHA-256. */
public record StoredPhoto(String path, String contentType, long size, int width, int height, String sha256) {
}
