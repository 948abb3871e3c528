package dev.leadline.api.system.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.SmartValidator;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameter records (the filters of the lists) are bound by
 * {@link QueryRecordArgumentResolver}, with MVC's own conversion service and validator.
 * They are looked up lazily: both are made by the MVC configuration this configurer is
 * part of.
 */
@Configuration(proxyBeanMethods = false)
class QueryParametersConfiguration implements WebMvcConfigurer {

	private final ConversionService conversions;

	private final SmartValidator validator;

	QueryParametersConfiguration(@Lazy @Qualifier("mvcConversionService") ConversionService conversions,
			@Lazy @Qualifier("mvcValidator") SmartValidator validator) {
		this.conversions = conversions;
		this.validator = validator;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new QueryRecordArgumentResolver(conversions, validator));
	}

}
