package org.ketamineinfo.system;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Hostile requests and security headers. The headers are set by a Tomcat valve ahead of everything,
 * so that pages from memory, 304s, assets, redirects, error pages and Tomcat's own rejections all get
 * them from one place; the request guard sits right after the published page filter.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityHeaders securityHeaders() {
        return SecurityHeaders.standard();
    }

    @Bean
    FilterRegistrationBean<RequestGuardFilter> requestGuardFilter() {
        var registration = new FilterRegistrationBean<>(new RequestGuardFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Runs after Spring Boot's own Tomcat customizer (unordered customizers come last), so the plain
     * error valve replaces the one Boot adds to the host.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatSecurity(SecurityHeaders headers,
            SiteProperties site) {
        return factory -> {
            // Servlet 6's "suspicious" addresses, such as an encoded /%2e%2e/ or /..;x/, get 400 from Tomcat.
            factory.addConnectorCustomizers(connector -> connector.setRejectSuspiciousURIs(true));
            factory.addEngineValves(new SecurityHeadersValve(headers));
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new PlainErrorReportValve(headers, site.name()));
                // The host adds its default error valve at start unless one of this class is present.
                host.setErrorReportValveClass(PlainErrorReportValve.class.getName());
            });
        };
    }
}
