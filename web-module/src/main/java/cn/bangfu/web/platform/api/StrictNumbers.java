package cn.bangfu.web.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The API's JSON-B: whole numbers that do not fit their field (a version of 99999999999999999999)
 * are refused, where JSON-B would silently wrap them into some other number.
 */
@Provider
public class StrictNumbers implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new WholeLong(), new WholeInteger()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The number as written, read by JSON-B's own reader for BigDecimal (so text and other values fail as they always did). */
    static BigDecimal whole(JsonParser parser, DeserializationContext context) {
        BigDecimal value = context.deserialize(BigDecimal.class, parser);
        if (value != null && value.stripTrailingZeros().scale() > 0) {
            throw new JsonbException("not a whole number: " + value);
        }
        return value;
    }

    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                BigDecimal value = whole(parser, context);
                return value == null ? null : value.longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("out of range for a long", e);
            }
        }
    }

    static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                BigDecimal value = whole(parser, context);
                return value == null ? null : value.intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("out of range for an int", e);
            }
        }
    }
}
