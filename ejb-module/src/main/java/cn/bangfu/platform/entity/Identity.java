package cn.bangfu.platform.entity;

import java.util.function.Function;

/**
 * The equality of entities: two objects are the same record when they are of one class and have the
 * same id. A record not stored yet has no id and is equal only to itself. Its hash is its class's, so it
 * stays the same when the record is stored and gets its id (a set it was put in still finds it); EclipseLink
 * weaves the entity classes themselves, never subclasses, so the class is the entity's own.
 */
public final class Identity {

    private Identity() {
    }

    /** For {@code equals}: {@code other} is the same record as {@code self}, by the id {@code id} reads. */
    @SuppressWarnings("unchecked")
    public static <T> boolean same(T self, Object other, Function<T, Object> id) {
        if (self == other) {
            return true;
        }
        if (other == null || other.getClass() != self.getClass()) {
            return false;
        }
        Object mine = id.apply(self);
        return mine != null && mine.equals(id.apply((T) other));
    }

    /** For {@code hashCode}: the same for every record of the class, stored or not. */
    public static int hash(Object self) {
        return self.getClass().hashCode();
    }
}
