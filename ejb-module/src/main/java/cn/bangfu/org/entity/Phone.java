package cn.bangfu.org.entity;

import java.util.regex.Pattern;

/** Phone numbers as people write them: mobile 13800138000, landline 0730-1234567, with +86, spaces or an extension. */
public final class Phone {

    private static final Pattern SHAPE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{4,28}[0-9](\\s*(转|ext\\.?|x)\\s*[0-9]{1,6})?");

    private Phone() {
    }

    public static boolean valid(String phone) {
        return phone != null && SHAPE.matcher(phone.strip()).matches();
    }
}
