package io.demarc.launcher;

/** Every port the local stack listens on, with the environment variable that overrides its default. */
public enum PortSetting {
    POSTGRES("DEMARC_POSTGRES_PORT", 15432), KAFKA("DEMARC_KAFKA_PORT", 19092), KAFKA_CONTROLLER(
            "DEMARC_KAFKA_CONTROLLER_PORT",
            19093), KEYCLOAK("DEMARC_KEYCLOAK_PORT", 18080), KEYCLOAK_MANAGEMENT("DEMARC_KEYCLOAK_MANAGEMENT_PORT",
                    19000), INVENTORY("DEMARC_INVENTORY_PORT", 8081), OWNERSHIP("DEMARC_OWNERSHIP_PORT",
                            8082), ASSESSMENT("DEMARC_ASSESSMENT_PORT", 8083), REPORTING("DEMARC_REPORTING_PORT",
                                    8084), CONSOLE(
                                            "DEMARC_CONSOLE_PORT", 8080);

    private final String environmentVariable;
    private final int defaultPort;

    PortSetting(String environmentVariable, int defaultPort) {
        this.environmentVariable = environmentVariable;
        this.defaultPort = defaultPort;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
