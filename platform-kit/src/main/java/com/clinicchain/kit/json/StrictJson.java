package com.clinicchain.kit.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as it is written: numbers are numbers, strings are strings, booleans are booleans, dates and times are
 * ISO strings. Jackson's lenient defaults would turn {@code "sex":0} into the first sex, {@code "dateOfBirth":12345}
 * into a day in 2003, {@code "givenName":-1} into "-1", {@code 1.5} units into 1 and an empty expiry into none; here
 * each is an error that names its field (see {@code ProblemHandler}), and nothing is stored.
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .defaultLeniency(false)
                .withCoercionConfigDefaults(coercion -> coercion
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, coercion -> coercion
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("strict-json").setDeserializerModifier(new IsoStringsOnly()));
    }

    /**
     * Dates and times only as ISO strings: Jackson's own readers of {@code java.time} also take numbers (epoch seconds
     * or days) and arrays ({@code [1980,2,29]}), whatever the leniency and coercion settings say.
     */
    private static final class IsoStringsOnly extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                       ValueDeserializer<?> deserializer) {
            if (bean.getBeanClass() == String.class) {
                return new PrintableText(deserializer);
            }
            return bean.getBeanClass().getPackageName().equals("java.time") ? new IsoString(deserializer)
                    : deserializer;
        }
    }

    /**
     * Text without control characters: a NUL or an escape sequence in a name is a fault or an attack, never a name.
     * Tabs and line breaks are kept for notes and reasons; a name of only those is blank, which validation names.
     */
    private static final class PrintableText extends DelegatingDeserializer {

        PrintableText(ValueDeserializer<?> delegatee) {
            super(delegatee);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new PrintableText(delegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value instanceof String text && hasControlCharacters(text)) {
                return context.reportInputMismatch(this, "contains control characters");
            }
            return value;
        }
    }

    static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    private static final class IsoString extends DelegatingDeserializer {

        IsoString(ValueDeserializer<?> delegatee) {
            super(delegatee);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new IsoString(delegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.reportInputMismatch(this, "expected an ISO-8601 string");
            }
            return super.deserialize(parser, context);
        }
    }
}
