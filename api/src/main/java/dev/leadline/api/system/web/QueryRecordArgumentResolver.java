package dev.leadline.api.system.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Builds a record argument marked {@link ParameterObject} (the filters of a list) from
 * the query string: each component from the parameter of its name, converted by MVC's
 * conversion service (so {@code @DateTimeFormat} and repeated parameters work as before),
 * then validated when the argument is {@code @Valid}. Errors are those of Spring's
 * constructor binding: a value of the wrong type is a binding failure of its field, and
 * {@link MethodArgumentNotValidException} carries every field's error together.
 * <p>
 * Spring's own constructor binding reads the constructor's parameters, their annotations
 * and their nullability again on every request: it took a quarter of the app's CPU per
 * contacts page (docs/BENCHMARKS.md). Here that is worked out once per record type.
 */
final class QueryRecordArgumentResolver implements HandlerMethodArgumentResolver {

	private final ConversionService conversions;

	private final SmartValidator validator;

	private final Map<Class<?>, RecordShape> shapes = new ConcurrentHashMap<>();

	QueryRecordArgumentResolver(ConversionService conversions, SmartValidator validator) {
		this.conversions = conversions;
		this.validator = validator;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(ParameterObject.class) && parameter.getParameterType().isRecord();
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) throws Exception {
		RecordShape shape = shapes.computeIfAbsent(parameter.getParameterType(), RecordShape::new);
		Object[] values = new Object[shape.names.length];
		FieldError[] failures = new FieldError[shape.names.length];
		String objectName = Conventions.getVariableNameForParameter(parameter);
		for (int i = 0; i < values.length; i++) {
			String[] given = request.getParameterValues(shape.names[i]);
			if (given == null) {
				continue;
			}
			Object source = given.length == 1 ? given[0] : given;
			try {
				values[i] = conversions.convert(source, TypeDescriptor.forObject(source), shape.types[i]);
			}
			catch (ConversionException ex) {
				failures[i] = mismatch(objectName, shape, i, source, ex);
			}
		}
		Object argument = shape.constructor.newInstance(values);
		DirectFieldBindingResult result = new DirectFieldBindingResult(argument, objectName);
		Arrays.stream(failures).filter(f -> f != null).forEach(result::addError);
		if (parameter.hasParameterAnnotation(jakarta.validation.Valid.class)) {
			validator.validate(argument, result);
		}
		if (result.hasErrors()) {
			throw new MethodArgumentNotValidException(parameter, result);
		}
		return argument;
	}

	private static FieldError mismatch(String objectName, RecordShape shape, int i, Object source,
			ConversionException cause) {
		TypeMismatchException mismatch = new TypeMismatchException(source, shape.types[i].getType(), cause);
		mismatch.initPropertyName(shape.names[i]);
		FieldError error = new FieldError(objectName, shape.names[i], source, true,
				new String[] { "typeMismatch." + shape.names[i], "typeMismatch" }, null, "has an invalid value");
		error.wrap(mismatch);
		return error;
	}

	/** What binding needs of a record type: its constructor and components. */
	private static final class RecordShape {

		private final Constructor<?> constructor;

		private final String[] names;

		private final TypeDescriptor[] types;

		RecordShape(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Class<?>[] raw = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
			try {
				this.constructor = type.getDeclaredConstructor(raw);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("A record without its canonical constructor: " + type, ex);
			}
			this.constructor.setAccessible(true);
			this.names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
			this.types = new TypeDescriptor[components.length];
			for (int i = 0; i < components.length; i++) {
				if (raw[i].isPrimitive()) {
					throw new IllegalStateException("Query parameter records take no primitives (an absent "
							+ "parameter is null): " + type.getSimpleName() + "." + names[i]);
				}
				this.types[i] = new TypeDescriptor(MethodParameter.forExecutable(constructor, i));
			}
		}

	}

}
