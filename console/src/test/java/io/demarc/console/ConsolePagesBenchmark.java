package io.demarc.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.demarc.console.matrix.Domains;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * The console's own server-side cost per page for a tenant with 100,000 resources and 300,000 findings: the four REST
 * clients point at local HTTP stubs (one WireMock server per service) that answer every GET path of every console
 * REST client with full pages (50 items, 100 matrix types x 20 domains, 90 days x 8 frameworks of trends, 100
 * resource types, 8 frameworks). Each page is fetched through REST Assured (30 warm-up, 200 timed requests) and
 * p50/p95/max printed; nothing about time is asserted. The stub bodies are generated from the console's own response
 * records, so they carry exactly the fields the pages read (the services send more, which the client skips).
 * Run: {@code ./mvnw -pl console -Pbench test -Dtest=ConsolePagesBenchmark}. Add the p95 of each service call the
 * page makes (reporting-service's PostureBenchmark) for the page's server-side bound (docs/benchmarks.md).
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(ConsolePagesBenchmark.StubbedServices.class)
class ConsolePagesBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 200;

    @Test
    @TestSecurity(user = "bench-admin", roles = {"tenant-admin", "platform-admin"})
    void pages() {
        String t = "/tenants/bench";
        String type = Fake.resourceType(7);
        String domain = Domains.ids().get(3);
        measure("home", t);
        measure("findings (first page)", t + "/findings");
        measure("findings (status=FAIL, severity=HIGH)", t + "/findings?status=FAIL&severity=HIGH");
        measure("findings (owner team)", t + "/findings?ownerTeamId=team-1");
        measure("findings (framework + requirement)", t + "/findings?framework=cis-aws-3.0&requirement=1.1");
        measure("finding detail", t + "/findings/f-7-0");
        measure("inventory (first page)", t + "/inventory");
        measure("inventory resource detail", t + "/inventory/4567");
        measure("matrix (100 types x 20 domains)", t + "/matrix");
        measure("matrix cell", t + "/matrix/" + type + "/" + domain);
        measure("work queues", t + "/work-queues");
        measure("work queue (one team)", t + "/work-queues/team-1");
        measure("frameworks", t + "/frameworks");
        measure("framework (requirements)", t + "/frameworks/cis-aws-3.0");
        measure("reports", t + "/reports");
        measure("exceptions", t + "/exceptions");
        measure("ownership (teams)", t + "/ownership");
        measure("accounts", t + "/accounts");
        measure("custom controls", t + "/custom-controls");
        measure("overview (platform rollup)", "/overview/tenants");
    }

    private static void measure(String label, String path) {
        int status = given().redirects().follow(false).get(path).then().extract().statusCode();
        if (status != 200) {
            System.out.printf("ConsolePagesBenchmark: %s (%s): status %d, not timed%n", label, path, status);
            return;
        }
        for (int i = 0; i < WARM_UP; i++) {
            given().get(path).then().statusCode(200);
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            given().get(path).then().statusCode(200);
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("ConsolePagesBenchmark: %s (GET %s): p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d"
                + " requests%n", label, path, micros[RUNS / 2] / 1000.0, micros[(int) (RUNS * 0.95) - 1] / 1000.0,
                micros[RUNS - 1] / 1000.0, RUNS);
    }

    /** Points the four REST clients at the stubs. */
    public static class StubbedServices implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Stubs.class));
        }
    }

    /** One WireMock server per service, answering every GET of the console's REST clients of that service. */
    public static class Stubs implements QuarkusTestResourceLifecycleManager {

        static final List<Class<?>> APIS = List.of(io.demarc.console.accounts.AccountsApi.class,
                io.demarc.console.customcontrols.CustomControlsApi.class,
                io.demarc.console.exceptions.ExceptionsApi.class,
                io.demarc.console.findings.FindingExceptionsApi.class,
                io.demarc.console.findings.FindingOwnersApi.class, io.demarc.console.findings.FindingsApi.class,
                io.demarc.console.frameworks.FrameworkPostureApi.class,
                io.demarc.console.frameworks.FrameworksApi.class, io.demarc.console.home.HomeApi.class,
                io.demarc.console.inventory.InventoryApi.class,
                io.demarc.console.inventory.ResourceFindingsApi.class,
                io.demarc.console.inventory.ResourceHistoryApi.class,
                io.demarc.console.inventory.ResourceOwnersApi.class, io.demarc.console.matrix.MatrixApi.class,
                io.demarc.console.matrix.MatrixOwnershipApi.class, io.demarc.console.overview.OverviewApi.class,
                io.demarc.console.overview.OverviewTenantsApi.class, io.demarc.console.ownership.OwnershipApi.class,
                io.demarc.console.reports.ReportsApi.class, io.demarc.console.workqueues.WorkQueueTeamsApi.class,
                io.demarc.console.workqueues.WorkQueuesApi.class);

        private final Map<String, WireMockServer> servers = new LinkedHashMap<>();

        @Override
        public Map<String, String> start() {
            ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            // Several clients read the same path (posture by home, frameworks and reports): one body holding the
            // fields of all of them, as the service's answer does.
            Map<String, Map<String, JsonNode>> bodies = new LinkedHashMap<>();
            for (Class<?> api : APIS) {
                String service = api.getAnnotation(RegisterRestClient.class).configKey();
                String base = api.getAnnotation(Path.class).value();
                for (Method method : api.getMethods()) {
                    if (!method.isAnnotationPresent(GET.class)
                            || method.getReturnType() == jakarta.ws.rs.core.Response.class
                            || method.getReturnType() == void.class) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String path = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                            .replaceAll("/$", "");
                    String regex = path.replaceAll("\\{[^}]*}", "[^/]+");
                    JsonNode body = json.valueToTree(Fake.value(method.getGenericReturnType(), "", 0));
                    bodies.computeIfAbsent(service, s -> new LinkedHashMap<>()).merge(regex, body, Fake::merge);
                }
            }
            Map<String, String> config = new HashMap<>();
            for (String service : List.of("inventory", "ownership", "assessment", "reporting")) {
                WireMockServer server = new WireMockServer(
                        WireMockConfiguration.options().dynamicPort().disableRequestJournal().containerThreads(16));
                server.start();
                servers.put(service, server);
                bodies.getOrDefault(service, Map.of()).forEach((regex, body) -> {
                    try {
                        server.stubFor(get(urlPathMatching(regex)).willReturn(aResponse().withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody(json.writeValueAsBytes(body))));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                config.put("quarkus.rest-client." + service + ".url", "http://localhost:" + server.port());
            }
            return config;
        }

        @Override
        public void stop() {
            servers.values().forEach(WireMockServer::stop);
        }
    }

    /** Values for the console's response records: full pages, field values that look like the services' ones. */
    static final class Fake {

        static final List<String> FRAMEWORKS = List.of("cis-aws-3.0", "aws-fsbp", "soc2", "iso27001-2022",
                "nist-800-53-r5", "pci-dss-4.0", "hipaa", "gdpr");
        static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");
        static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
        static final Map<String, Integer> SIZES = Map.of("types", 100, "cells", 20, "days", 90, "posture", 720,
                "frameworks", 8, "domains", Domains.ids().size(), "queues", 5);

        static String resourceType(int i) {
            return "AWS::Bench::Type" + (i % 100);
        }

        static Object value(Type type, String name, int i) {
            return value(type, name, i, Map.of());
        }

        /** @param bindings the type arguments of the generic record being filled (OwnershipApi.Page&lt;Team&gt;) */
        static Object value(Type type, String name, int i, Map<TypeVariable<?>, Type> bindings) {
            if (type instanceof TypeVariable<?> variable) {
                type = bindings.getOrDefault(variable, Object.class);
            }
            if (type instanceof ParameterizedType p && !bindings.isEmpty()) {
                Type[] arguments = p.getActualTypeArguments().clone();
                for (int a = 0; a < arguments.length; a++) {
                    if (arguments[a] instanceof TypeVariable<?> variable) {
                        arguments[a] = bindings.getOrDefault(variable, Object.class);
                    }
                }
                type = new Parameterized((Class<?>) p.getRawType(), arguments);
            }
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            if (raw == String.class) {
                return string(name, i);
            }
            if (raw == int.class || raw == Integer.class) {
                return 3 + i % 40;
            }
            if (raw == long.class || raw == Long.class) {
                return name.equals("sizeBytes") ? 30_000_000L : 12L + i % 400;
            }
            if (raw == double.class || raw == Double.class) {
                return 40.0 + i % 55;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return name.equals("signed");
            }
            if (raw == Instant.class) {
                return NOW.minus(i % 90, ChronoUnit.DAYS).minusSeconds(i * 37L);
            }
            if (raw == LocalDate.class) {
                return TODAY.minusDays(i % 90);
            }
            if (JsonNode.class.isAssignableFrom(raw)) {
                ObjectNode node = new ObjectMapper().createObjectNode();
                node.put("groupId", "sg-0a1b2c3d4e5f" + i).put("description", "web tier");
                ArrayNode rules = node.putArray("ipPermissions");
                for (int r = 0; r < 6; r++) {
                    rules.addObject().put("ipProtocol", "tcp").put("fromPort", 20 + r).put("toPort", 22 + r)
                            .putArray("ipRanges").addObject().put("cidrIp", "10.0." + r + ".0/24");
                }
                return node;
            }
            if (raw.isEnum()) {
                return raw.getEnumConstants()[0];
            }
            if (List.class.isAssignableFrom(raw)) {
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                int size = name.isEmpty()
                        ? SIZES.get("queues")
                        : SIZES.getOrDefault(name, element == String.class ? 3 : 50);
                List<Object> list = new ArrayList<>();
                for (int k = 0; k < size; k++) {
                    list.add(name.equals("posture") ? snapshot(element, k) : value(element, name, k, bindings));
                }
                return list;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
                List<String> keys = name.equals("bySeverity")
                        ? SEVERITIES
                        : name.equals("byServiceModel")
                                ? List.of("IAAS", "PAAS", "SERVERLESS", "SAAS")
                                : FRAMEWORKS;
                Map<String, Object> map = new LinkedHashMap<>();
                for (int k = 0; k < keys.size(); k++) {
                    map.put(keys.get(k), valueType instanceof ParameterizedType
                            ? List.of("1." + (k + 1), "2." + (k + 2))
                            : value(valueType, name, i + k));
                }
                return map;
            }
            if (raw.isRecord()) {
                Map<TypeVariable<?>, Type> own = new HashMap<>();
                if (type instanceof ParameterizedType p) {
                    for (int a = 0; a < raw.getTypeParameters().length; a++) {
                        own.put(raw.getTypeParameters()[a], p.getActualTypeArguments()[a]);
                    }
                }
                RecordComponent[] components = raw.getRecordComponents();
                Object[] args = new Object[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int c = 0; c < components.length; c++) {
                    types[c] = components[c].getType();
                    args[c] = value(components[c].getGenericType(), components[c].getName(), i, own);
                }
                try {
                    var constructor = raw.getDeclaredConstructor(types);
                    constructor.setAccessible(true);
                    return constructor.newInstance(args);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(raw.getName(), e);
                }
            }
            return null;
        }

        private record Parameterized(Class<?> getRawType, Type[] getActualTypeArguments) implements ParameterizedType {
            @Override
            public Type getOwnerType() {
                return null;
            }
        }

        /** Trend snapshots: 90 days of each of the 8 frameworks. */
        private static Object snapshot(Type element, int k) {
            Object snapshot = value(element, "posture", k);
            if (snapshot == null || !((Class<?>) element).isRecord()) {
                return snapshot;
            }
            RecordComponent[] components = ((Class<?>) element).getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                for (int c = 0; c < components.length; c++) {
                    types[c] = components[c].getType();
                    String name = components[c].getName();
                    args[c] = name.equals("day")
                            ? TODAY.minusDays(k / 8)
                            : name.equals("framework")
                                    ? FRAMEWORKS.get(k % 8)
                                    : components[c].getAccessor().invoke(snapshot);
                }
                return ((Class<?>) element).getDeclaredConstructor(types).newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String string(String name, int i) {
            return switch (name) {
                case "tenantId" -> "bench";
                case "status" -> i % 7 == 0 ? "PASS" : "FAIL";
                case "previousStatus" -> "PASS";
                case "state" -> "APPROVED";
                case "severity" -> SEVERITIES.get(i % 4);
                case "domain" -> Domains.ids().get(i % Domains.ids().size());
                case "domains" -> Domains.ids().get(i % Domains.ids().size());
                case "framework", "key" -> FRAMEWORKS.get(i % 8);
                case "teamId", "ownerTeamId" -> "team-" + (i % 4);
                case "nextCursor", "cursor" -> "eyJyIjoyLCJmIjoiZi0xMjM0NS0xIn0";
                case "resourceType" -> resourceType(i);
                case "serviceModel" -> "IAAS";
                case "side" -> i % 3 == 0 ? "AWS" : "CUSTOMER";
                case "controlClass" -> "CUSTOMER_SPECIFIC";
                case "accountId" -> String.valueOf(100_000_000_000L + i % 10);
                case "awsRegion", "region" -> "eu-west-1";
                case "resourceId" -> "i-0" + Integer.toHexString(0x5a3f00 + i * 7919);
                case "arn" -> "arn:aws:ec2:eu-west-1:" + (100_000_000_000L + i % 10) + ":instance/i-0"
                        + Integer.toHexString(0x5a3f00 + i * 7919);
                case "findingId" -> "f-" + (1000 + i) + "-" + (i % 3);
                case "controlId" -> "ec2-sg-ssh-open-world-" + (i % 91);
                case "controlTitle", "title" -> "Security groups do not allow SSH from 0.0.0.0/0 (" + i + ")";
                case "contactEmail", "email" -> "team" + (i % 4) + "@example.com";
                case "remediation" -> "Remove the rule that opens port 22 to the world, or restrict it to the"
                        + " addresses of your bastion hosts.";
                case "itemHash", "sha256" -> "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
                default -> name.isEmpty() ? "value-" + i : name + "-" + i;
            };
        }

        /** Deep merge of two bodies of the same path: fields of both, arrays element by element. */
        static JsonNode merge(JsonNode a, JsonNode b) {
            if (a instanceof ObjectNode left && b instanceof ObjectNode right) {
                ObjectNode merged = left.deepCopy();
                right.fields().forEachRemaining(field -> merged.set(field.getKey(),
                        merged.has(field.getKey())
                                ? merge(merged.get(field.getKey()), field.getValue())
                                : field.getValue()));
                return merged;
            }
            if (a instanceof ArrayNode left && b instanceof ArrayNode right) {
                ArrayNode merged = left.arrayNode();
                for (int k = 0; k < Math.max(left.size(), right.size()); k++) {
                    merged.add(k >= left.size()
                            ? right.get(k)
                            : k >= right.size() ? left.get(k) : merge(left.get(k), right.get(k)));
                }
                return merged;
            }
            return b == null || b.isNull() ? a : b;
        }
    }
}
