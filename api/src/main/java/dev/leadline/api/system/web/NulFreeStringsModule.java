package dev.leadline.api.system.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;

/**
 * Refuses NUL (U+0000) in every JSON string read into a text field: PostgreSQL cannot
 * store it. The refusal is an {@link InvalidFormatException} with the field's path, which
 * the problem details advice answers with 400 naming the field.
 */
@Component
public class NulFreeStringsModule extends SimpleModule {

	public NulFreeStringsModule() {
		super("leadline-nul-free-strings");
		addDeserializer(String.class, new NulFreeStringDeserializer());
	}

	private static final class NulFreeStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && value.indexOf('\0') >= 0) {
				throw InvalidFormatException.from(parser, "contains a NUL character", value, String.class);
			}
			return value;
		}

	}

}
