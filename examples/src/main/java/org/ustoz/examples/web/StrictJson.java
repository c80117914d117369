package org.ustoz.examples.web;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Strict JSON reading for the REST API (Jackson 3): what a client did not mean is refused with a 400 problem, not
 * guessed at.
 *
 * <ul>
 * <li>an enum only by its name, never by its ordinal ({@link EnumFeature#FAIL_ON_NUMBERS_FOR_ENUMS});</li>
 * <li>nothing after the document ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}), no property twice
 *     ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}), no fraction where a whole number is expected
 *     ({@link DeserializationFeature#ACCEPT_FLOAT_AS_INT} off);</li>
 * <li>a UUID only in its canonical 36-character form: Jackson's own reader trims the text, so that a trailing NUL
 *     or space would pass;</li>
 * <li>a {@code double} or {@code float} only when the number fits: no silent overflow to infinity, no underflow
 *     of a non-zero number to zero (Jackson has no feature for these, hence the readers below).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    /** A UUID as {@link UUID#toString()} writes it, either case. */
    static final Pattern CANONICAL_UUID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Bean
    SimpleModule strictJsonValues() {
        SimpleModule module = new SimpleModule("ustoz-strict");
        module.addDeserializer(UUID.class, new ValueDeserializer<UUID>() {
            @Override
            public UUID deserialize(JsonParser p, DeserializationContext context) {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return (UUID) context.handleUnexpectedToken(UUID.class, p);
                }
                String text = p.getString();
                if (!CANONICAL_UUID.matcher(text).matches()) {
                    throw InvalidFormatException.from(p, "not a canonical UUID", text, UUID.class);
                }
                return UUID.fromString(text);
            }
        });
        ValueDeserializer<Double> doubles = new ValueDeserializer<>() {
            @Override
            public Double deserialize(JsonParser p, DeserializationContext context) {
                return finite(p, context, Double.class, Double.MAX_VALUE, Double.MIN_VALUE).doubleValue();
            }
        };
        ValueDeserializer<Float> floats = new ValueDeserializer<>() {
            @Override
            public Float deserialize(JsonParser p, DeserializationContext context) {
                return finite(p, context, Float.class, Float.MAX_VALUE, Float.MIN_VALUE).floatValue();
            }
        };
        module.addDeserializer(Double.class, doubles);
        module.addDeserializer(Double.TYPE, doubles);
        module.addDeserializer(Float.class, floats);
        module.addDeserializer(Float.TYPE, floats);
        return module;
    }

    /** The JSON number, if it is within the type's range and, when not zero, not below its smallest value. */
    private static BigDecimal finite(JsonParser p, DeserializationContext context, Class<?> type, double max,
            double min) {
        if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            return BigDecimal.valueOf(((Number) context.handleUnexpectedToken(type, p)).doubleValue());
        }
        String text = p.getString();
        BigDecimal value = new BigDecimal(text);
        BigDecimal magnitude = value.abs();
        if (magnitude.compareTo(new BigDecimal(max)) > 0
                || value.signum() != 0 && magnitude.compareTo(new BigDecimal(min)) < 0) {
            throw InvalidFormatException.from(p, "number out of range", text, type);
        }
        return value;
    }
}
