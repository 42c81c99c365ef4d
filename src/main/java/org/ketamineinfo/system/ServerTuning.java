package org.ketamineinfo.system;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat settings with no application property, measured with src/bench. */
@Configuration(proxyBeanMethods = false)
class ServerTuning {

    /**
     * A gzip article and its headers are about 9 KB, more than Tomcat's default 8 KB write buffer, so
     * each answer took two socket writes; with 32 KB it takes one (measured: about a quarter more
     * requests/s on one core).
     */
    static final String WRITE_BUFFER_BYTES = "32768";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatWriteBuffer() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.appWriteBufSize", WRITE_BUFFER_BYTES));
    }
}
