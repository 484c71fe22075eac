package cn.bangfu.registry.entity;

import cn.bangfu.org.entity.Phone;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.RegionLevel;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Text;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An enterprise as entered on a form, sent to the API or read from a spreadsheet row.
 * {@link #problems()} checks everything that can be checked without the database; field names are
 * the JSON properties. {@code industry} is a GB/T 4754 section letter A–T, {@code scaleFlags} are
 * {@link ScaleFlag} codes, {@code tags} free words.
 */
public record EnterpriseData(String creditCode, String name, String regionCode, String industry, List<String> scaleFlags,
                             String park, String address, String legalRepresentative, String contactName, String contactPhone,
                             List<String> tags, Long version) implements Serializable {

    public static final int NAME_MAX = 100;
    public static final int PARK_MAX = 100;
    public static final int ADDRESS_MAX = 200;
    public static final int PERSON_MAX = 50;
    public static final int TAGS_MAX = 10;
    public static final int TAG_MAX = 20;
    /** What separates tags in one spreadsheet cell, so no tag may contain it. */
    public static final String TAG_SEPARATORS = "、，,；;";

    public EnterpriseData {
        scaleFlags = scaleFlags == null ? List.of() : scaleFlags.stream().filter(Objects::nonNull).toList();
        tags = tags == null ? List.of() : tags.stream().filter(Objects::nonNull).toList();
    }

    /**
     * The same data as it is stored: blanks removed and empty texts as null; the credit code
     * {@link CreditCode#normalise normalised} (full-width and lower case become upper-case ASCII);
     * a known industry as its letter and known flags as their codes, in their order, each once;
     * tags without blanks, each once, sorted. Unknown values are kept so {@link #problems()} can name them.
     */
    public EnterpriseData normalised() {
        Industry i = Industry.of(industry);
        Set<String> flags = new LinkedHashSet<>();
        scaleFlags.stream().map(Text::clean).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(f -> ScaleFlag.of(f) == null ? Integer.MAX_VALUE : ScaleFlag.of(f).ordinal()))
                .forEach(f -> flags.add(ScaleFlag.of(f) == null ? f : ScaleFlag.of(f).name()));
        Set<String> cleanTags = new TreeSet<>();
        tags.stream().map(Text::clean).filter(Objects::nonNull).forEach(cleanTags::add);
        return new EnterpriseData(CreditCode.normalise(creditCode), Text.clean(name), Text.clean(regionCode),
                i == null ? Text.clean(industry) : i.name(), List.copyOf(flags), Text.clean(park), Text.clean(address),
                Text.clean(legalRepresentative), Text.clean(contactName), Text.clean(contactPhone), List.copyOf(cleanTags), version);
    }

    public List<FieldError> problems() {
        EnterpriseData d = normalised();
        List<FieldError> errors = new ArrayList<>(CreditCode.check(d.creditCode));
        Text.required(errors, "name", d.name, NAME_MAX);
        if (d.regionCode == null) {
            errors.add(FieldError.of("regionCode", "field.required"));
        } else if (RegionLevel.of(d.regionCode) == null) {
            errors.add(FieldError.of("regionCode", "region.code.format", d.regionCode));
        }
        Industry section = Industry.of(d.industry);
        if (d.industry == null) {
            errors.add(FieldError.of("industry", "field.required"));
        } else if (section == null) {
            errors.add(FieldError.of("industry", "industry.unknown", d.industry));
        }
        for (String f : d.scaleFlags) {
            ScaleFlag flag = ScaleFlag.of(f);
            if (flag == null) {
                errors.add(FieldError.of("scaleFlags", "scaleFlag.unknown", f));
            } else if (section != null && !flag.appliesTo(section)) {
                errors.add(FieldError.of("scaleFlags", "scaleFlag." + flag.name() + ".industry", section.name()));
            }
        }
        Text.optional(errors, "park", d.park, PARK_MAX);
        Text.optional(errors, "address", d.address, ADDRESS_MAX);
        Text.optional(errors, "legalRepresentative", d.legalRepresentative, PERSON_MAX);
        Text.optional(errors, "contactName", d.contactName, PERSON_MAX);
        if (d.contactPhone != null && !Phone.valid(d.contactPhone)) {
            errors.add(FieldError.of("contactPhone", "phone.format"));
        }
        if (d.tags.size() > TAGS_MAX) {
            errors.add(FieldError.of("tags", "tags.tooMany", TAGS_MAX));
        }
        for (String tag : d.tags) {
            if (Text.longerThan(tag, TAG_MAX)) {
                errors.add(FieldError.of("tags", "tag.tooLong", tag, TAG_MAX));
            } else if (tag.chars().anyMatch(c -> TAG_SEPARATORS.indexOf(c) >= 0)) {
                errors.add(FieldError.of("tags", "tag.separator", tag));
            }
        }
        return errors;
    }

    /**
     * {@link #problems()} plus the rule that needs stored data: the region must exist and lie inside
     * the caller's scope. An unknown region and one outside the scope get the same answer.
     */
    public List<FieldError> problems(Scope scope, Function<String, Region> regionByCode) {
        List<FieldError> errors = problems();
        if (errors.stream().noneMatch(e -> e.field().equals("regionCode"))) {
            String code = normalised().regionCode();
            Region region = regionByCode.apply(code);
            if (region == null || !scope.covers(region)) {
                errors.add(FieldError.of("regionCode", "region.unknown", code));
            }
        }
        return errors;
    }

    /** The same enterprise with another credit code and version, e.g. the one a PUT's path names. */
    public EnterpriseData with(String creditCode, Long version) {
        return new EnterpriseData(creditCode, name, regionCode, industry, scaleFlags, park, address, legalRepresentative,
                contactName, contactPhone, tags, version);
    }

    /** The flags these codes name; unknown codes are left out. */
    static Set<ScaleFlag> flags(List<String> codes) {
        Set<ScaleFlag> flags = EnumSet.noneOf(ScaleFlag.class);
        codes.stream().map(ScaleFlag::of).filter(Objects::nonNull).forEach(flags::add);
        return flags;
    }
}
