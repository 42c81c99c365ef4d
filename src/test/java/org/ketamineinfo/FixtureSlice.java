package org.ketamineinfo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.ketamineinfo.publish.PublishingConfiguration;
import org.ketamineinfo.system.ContentConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** For {@code @WebMvcTest} slices: the content pipeline and publishing, loading the "good" fixture site. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ContentConfiguration.class, PublishingConfiguration.class})
@TestPropertySource(properties = "site.content.location=src/test/resources/fixtures/good")
public @interface FixtureSlice {
}
