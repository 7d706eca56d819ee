package io.demarc.catalog.controls;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.controls.FormerAndShipped.Former;
import io.demarc.catalog.controls.FormerAndShipped.Outcomes;
import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.engine.ObservedEvidence;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.catalog.testdata.Items;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.FindingStatus;

/**
 * {@code lambdaRuntimeDeprecatedSince} and its calendar: valid dates, the dates the former map literal held, and the
 * supported-runtime control deciding on and around each date as the former CEL did.
 */
class LambdaRuntimeFunctionsTest {

    static final String CONTROL = "lambda-function-supported-runtime";
    static final String TYPE = "AWS::Lambda::Function";

    /**
     * The map literal the control carried before the calendar moved to catalog data (reviewed 2026-11-23). A later
     * review may add runtimes; one that moves a date must change it here too, saying why.
     */
    static final Map<String, String> FORMER_CALENDAR = Map.ofEntries(entry("nodejs", "2016-10-31"),
            entry("nodejs4.3", "2020-03-05"), entry("nodejs4.3-edge", "2019-04-30"), entry("nodejs6.10", "2019-08-12"),
            entry("nodejs8.10", "2020-03-06"), entry("nodejs10.x", "2021-07-30"), entry("nodejs12.x", "2023-03-31"),
            entry("nodejs14.x", "2023-12-04"), entry("nodejs16.x", "2024-06-12"), entry("nodejs18.x", "2025-09-01"),
            entry("nodejs20.x", "2026-04-30"), entry("python2.7", "2021-07-15"), entry("python3.6", "2022-07-18"),
            entry("python3.7", "2023-12-04"), entry("python3.8", "2024-10-14"), entry("python3.9", "2025-12-15"),
            entry("java8", "2024-01-08"), entry("go1.x", "2024-01-08"), entry("provided", "2024-01-08"),
            entry("dotnetcore1.0", "2019-07-30"), entry("dotnetcore2.0", "2019-05-30"),
            entry("dotnetcore2.1", "2022-01-05"), entry("dotnetcore3.1", "2023-04-03"),
            entry("dotnet5.0", "2022-05-10"),
            entry("dotnet6", "2024-12-20"), entry("dotnet7", "2024-05-14"), entry("dotnet8", "2026-11-10"),
            entry("ruby2.5", "2021-07-30"), entry("ruby2.7", "2023-12-07"), entry("ruby3.2", "2026-03-31"));

    static final Map<String, String> CALENDAR = readCalendar();

    @TempDir
    static Path folder;

    static final SettableClock CLOCK = new SettableClock();
    static FormerAndShipped control;

    @BeforeAll
    static void load() {
        control = FormerAndShipped.load(folder, CONTROL, former(), CLOCK);
    }

    /** The control's expression and evidence with the former map literal, built from the table above. */
    static Former former() {
        String calendar = FORMER_CALENDAR.entrySet().stream()
                .map(e -> "'" + e.getKey() + "': '" + e.getValue() + "'").collect(Collectors.joining(", ", "{", "}"));
        String bind = "cel.bind(c, has(item.configuration) ? item.configuration : {}, cel.bind(deprecated, " + calendar
                + ", ";
        return new Former(bind + "!(c.runtime in deprecated) || deprecated[c.runtime] > today))", null,
                bind + "{'runtime': c.runtime, 'deprecatedSince': c.runtime in deprecated"
                        + " ? dyn(deprecated[c.runtime]) : dyn('absent'), 'evaluatedOn': today}))");
    }

    static Map<String, String> readCalendar() {
        try (InputStream in = LambdaRuntimeFunctions.class.getClassLoader()
                .getResourceAsStream(LambdaRuntimeFunctions.CALENDAR)) {
            JsonNode deprecations = EventCodec.mapper().readTree(in).required("deprecations");
            return EventCodec.mapper().convertValue(deprecations, new TypeReference<TreeMap<String, String>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> calendar() {
        return CALENDAR.entrySet().stream().map(e -> Arguments.of(e.getKey(), LocalDate.parse(e.getValue())));
    }

    @Test
    void everyCalendarEntryIsAValidDate() {
        assertThat(CALENDAR).isNotEmpty();
        CALENDAR.forEach((runtime, date) -> {
            assertThat(runtime).isNotBlank();
            // LocalDate.parse is strict: a well-shaped impossible date such as 2024-02-30 fails here.
            assertThatCode(() -> LocalDate.parse(date)).as(runtime).doesNotThrowAnyException();
        });
    }

    @Test
    void theCalendarKeepsEveryDateOfTheFormerMapLiteral() {
        assertThat(CALENDAR).containsAllEntriesOf(FORMER_CALENDAR);
    }

    @ParameterizedTest
    @MethodSource("calendar")
    void givesEachCalendarRuntimeItsDate(String runtime, LocalDate date) {
        assertThat(LambdaRuntimeFunctions.deprecatedSince(runtime)).isEqualTo(date.toString());
    }

    @Test
    void givesNothingForAnUnknownRuntimeOrAValueThatIsNoName() {
        assertThat(LambdaRuntimeFunctions.deprecatedSince("python3.13")).isEmpty();
        assertThat(LambdaRuntimeFunctions.deprecatedSince("Java8")).isEmpty();
        assertThat(LambdaRuntimeFunctions.deprecatedSince("")).isEmpty();
        assertThat(LambdaRuntimeFunctions.deprecatedSince(8L)).isEmpty();
        assertThat(LambdaRuntimeFunctions.deprecatedSince(List.of("java8"))).isEmpty();
        assertThat(LambdaRuntimeFunctions.deprecatedSince(Map.of("java8", "java8"))).isEmpty();
        assertThat(LambdaRuntimeFunctions.deprecatedSince(null)).isEmpty();
    }

    /** The shipped control, as the engine runs it: PASS up to the last second before the date, FAIL from it on. */
    @ParameterizedTest
    @MethodSource("calendar")
    void passesTheDayBeforeTheDateAndFailsOnIt(String runtime, LocalDate date) {
        Instant lastSecondBefore = date.atStartOfDay(ZoneOffset.UTC).minusSeconds(1).toInstant();
        Instant firstSecondOn = date.atStartOfDay(ZoneOffset.UTC).toInstant();

        assertThat(shippedStatusAt(lastSecondBefore, runtime)).isEqualTo(FindingStatus.PASS);
        assertThat(shippedStatusAt(firstSecondOn, runtime)).isEqualTo(FindingStatus.FAIL);
        assertThat(shippedStatusAt(firstSecondOn.plusSeconds(86_400L * 400), runtime)).isEqualTo(FindingStatus.FAIL);
    }

    @ParameterizedTest
    @MethodSource("calendar")
    void decidesAndRecordsAsTheFormerMapAroundEachDate(String runtime, LocalDate date) {
        for (LocalDate day : List.of(date.minusDays(1), date, date.plusDays(1))) {
            CLOCK.set(day);
            Outcomes outcomes = control.evaluate(runtime(runtime));

            outcomes.bothAre(day.isBefore(date) ? FindingStatus.PASS : FindingStatus.FAIL, runtime + " on " + day);
            outcomes.sameEvidence(runtime + " on " + day);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"'python3.13'", "'nodejs22.x'", "'JAVA8'", "' java8'", "'provided.al2023'", "8",
            "['java8']", "{'name':'java8'}", "true"})
    void passesUnknownRuntimesAndNonNamesAsTheFormerDid(String runtime) {
        CLOCK.set(LocalDate.parse("2030-01-01"));
        Outcomes outcomes = control.evaluate("{'runtime':" + runtime + "}");

        outcomes.bothAre(FindingStatus.PASS, runtime);
        outcomes.sameEvidence(runtime);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'runtime':''}", "{'runtime':null,'packageType':'Image'}"})
    void doesNotApplyWithoutARuntimeAsBefore(String configuration) {
        control.evaluate(configuration).bothAre(FindingStatus.NOT_APPLICABLE, configuration);
    }

    private static String runtime(String name) {
        return "{'functionName':'f','runtime':'" + name + "'}";
    }

    private static FindingStatus shippedStatusAt(Instant instant, String runtime) {
        ControlLibrary library = FormerAndShipped.SHIPPED;
        CompiledControl compiled = library.compiled().stream().filter(c -> c.control().id().equals(CONTROL))
                .findFirst().orElseThrow();
        CelRuleEngine engine = new CelRuleEngine(library, Clock.fixed(instant, ZoneOffset.UTC),
                ObservedEvidence.ALWAYS);
        return engine.evaluate(compiled, PreparedItem.of(Items.item(TYPE, "f", runtime(runtime)))).status();
    }

    /** A clock the test moves from day to day, so one compiled catalog serves every date. */
    static final class SettableClock extends Clock {

        private volatile Instant instant = Instant.EPOCH;

        void set(LocalDate day) {
            instant = day.atStartOfDay(ZoneOffset.UTC).plusHours(12).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the engine reads UTC only");
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
