package org.rabta.web;

import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Bean Validation with one change: a constraint that names its own message key, such as
 * {@code @Pattern(message = "{admin.user.error.usernameFormat}")}, uses that key as its error code.
 * Spring otherwise resolves the generic code first ({@code Pattern}, "The format is not valid."), so
 * the specific message would never be shown beside the field. Such a message is then formatted by
 * Spring, so it uses numbered arguments: {0} is the field, then the constraint's attributes in
 * alphabetical order (for {@code @Size}: {1} max, {2} min), not Bean Validation's {max}.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    static LocalValidatorFactoryBean defaultValidator(ApplicationContext context) {
        LocalValidatorFactoryBean validator = new ExplicitMessageKeyValidator();
        validator.setMessageInterpolator(new MessageInterpolatorFactory(context).getObject());
        return validator;
    }

    static final class ExplicitMessageKeyValidator extends LocalValidatorFactoryBean {

        /** A Rabta message key in braces; Bean Validation's own defaults live under jakarta. and org.hibernate. */
        private static final Pattern OWN_KEY = Pattern.compile("\\{((?!jakarta\\.|org\\.hibernate\\.)[a-z][\\w.]*)}");

        @Override
        protected String determineErrorCode(ConstraintDescriptor<?> descriptor) {
            Matcher key = OWN_KEY.matcher(descriptor.getMessageTemplate());
            return key.matches() ? key.group(1) : super.determineErrorCode(descriptor);
        }
    }
}
