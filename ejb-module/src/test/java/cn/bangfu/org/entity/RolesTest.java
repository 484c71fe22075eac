package cn.bangfu.org.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import cn.bangfu.platform.entity.Roles;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void everyRoleHasItsConstantNamedAndSpelledAsTheEnum() throws Exception {
        Set<String> constants = new TreeSet<>();
        for (Field f : Roles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                assertEquals(f.getName(), f.get(null), f.getName());
                constants.add(f.getName());
            }
        }
        assertEquals(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toCollection(TreeSet::new)), constants);
    }
}
