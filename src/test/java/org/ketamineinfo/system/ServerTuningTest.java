package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerTuningTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theRunningConnectorUsesTheMeasuredSettings() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("32768");
        assertThat(connector.getProperty("maxKeepAliveRequests")).isEqualTo(10000);
        assertThat(connector.getProperty("maxThreads")).isEqualTo(16);
    }
}
