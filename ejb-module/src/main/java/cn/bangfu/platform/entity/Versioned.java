package cn.bangfu.platform.entity;

/**
 * A record changed under optimistic locking: a change names the version it was read at, and a
 * stale one is refused before anything is changed (the second writer is told, not overwritten).
 */
public interface Versioned {

    long getVersion();

    /**
     * @throws InvalidInputException when no version was sent
     * @throws ConflictException     when someone saved the record since that version was read
     */
    default void requireVersion(Long sent) {
        if (sent == null) {
            throw new InvalidInputException(FieldError.of("version", "field.required"));
        }
        if (sent != getVersion()) {
            throw new ConflictException(FieldError.of("version", "record.stale"));
        }
    }

    /** As {@link #requireVersion}, for changes where the version is optional: checked when sent. */
    default void checkVersion(Long sent) {
        if (sent != null) {
            requireVersion(sent);
        }
    }
}
