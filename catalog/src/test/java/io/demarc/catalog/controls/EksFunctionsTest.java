package io.demarc.catalog.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.controls.FormerAndShipped.Former;
import io.demarc.catalog.controls.FormerAndShipped.Outcomes;
import io.demarc.catalog.testdata.Items;
import io.demarc.contracts.FindingStatus;

/**
 * {@code eksEnabledLogTypes} with {@code without} decide the EKS control-plane logging control as the per-log-type
 * search of both configuration shapes it replaced, and record the same missing types.
 */
class EksFunctionsTest {

    static final String CONTROL = "eks-cluster-control-plane-logging";
    static final String REQUIRED = "['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']";
    static final String FORMER_ENABLED = "(has(c.Logging) && type(c.Logging) == map && has(c.Logging.ClusterLogging)"
            + " && type(c.Logging.ClusterLogging) == map && has(c.Logging.ClusterLogging.EnabledTypes)"
            + " && c.Logging.ClusterLogging.EnabledTypes.exists(e, type(e) == map && has(e.Type) && e.Type == t))"
            + " || (has(c.logging) && type(c.logging) == map && has(c.logging.clusterLogging)"
            + " && c.logging.clusterLogging.exists(l, type(l) == map && has(l.enabled) && l.enabled == true"
            + " && has(l.types) && t in l.types))";
    static final Former FORMER = new Former(
            "cel.bind(c, has(item.configuration) ? item.configuration : {}, " + REQUIRED + ".all(t, " + FORMER_ENABLED
                    + "))",
            null, "cel.bind(c, has(item.configuration) ? item.configuration : {}, {'missing': " + REQUIRED
                    + ".filter(t, !(" + FORMER_ENABLED + "))})");

    static final String ALL_CONFIG = "{'Logging':{'ClusterLogging':{'EnabledTypes':[{'Type':'api'},{'Type':'audit'},"
            + "{'Type':'authenticator'},{'Type':'controllerManager'},{'Type':'scheduler'}]}}}";
    static final String ALL_API = "{'logging':{'clusterLogging':[{'types':['api','audit','authenticator',"
            + "'controllerManager','scheduler'],'enabled':true}]}}";

    @TempDir
    static Path folder;

    static FormerAndShipped control;

    @BeforeAll
    static void load() {
        control = FormerAndShipped.load(folder, CONTROL, FORMER);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            FAIL | {}
            PASS | ALL_CONFIG
            PASS | ALL_API
            FAIL | {'Logging':{'ClusterLogging':{'EnabledTypes':[{'Type':'api'},{'Type':'audit'},{'Type':'authenticator'},{'Type':'controllerManager'}]}}}
            PASS | {'Logging':{'ClusterLogging':{'EnabledTypes':[{'Type':'scheduler'},{'Type':'api'},{'Type':'audit'},{'Type':'authenticator'},{'Type':'controllerManager'},{'Type':'api'}]}}}
            FAIL | {'Logging':{'ClusterLogging':{'EnabledTypes':[]}}}
            FAIL | {'Logging':{'ClusterLogging':{'DisabledTypes':[{'Type':'api'}]}}}
            FAIL | {'Logging':{'ClusterLogging':{'EnabledTypes':['api','audit','authenticator','controllerManager','scheduler']}}}
            FAIL | {'Logging':{'ClusterLogging':{'EnabledTypes':[{'Type':'API'},{'Type':'audit'},{'Type':'authenticator'},{'Type':'controllerManager'},{'Type':'scheduler'}]}}}
            FAIL | {'Logging':{'ClusterLogging':{'EnabledTypes':[{'Type':5},{'Type':'audit'},{'Type':'authenticator'},{'Type':'controllerManager'},{'Type':'scheduler'}]}}}
            FAIL | {'Logging':'enabled'}
            FAIL | {'Logging':{'ClusterLogging':'all'}}
            FAIL | {'logging':{'clusterLogging':[{'types':['api','audit','authenticator','controllerManager','scheduler'],'enabled':false}]}}
            FAIL | {'logging':{'clusterLogging':[{'types':['api','audit','authenticator','controllerManager','scheduler'],'enabled':'true'}]}}
            FAIL | {'logging':{'clusterLogging':[{'types':['api','audit','authenticator','controllerManager','scheduler']}]}}
            PASS | {'logging':{'clusterLogging':[{'types':['api','audit'],'enabled':true},{'types':['authenticator','controllerManager','scheduler'],'enabled':true}]}}
            FAIL | {'logging':{'clusterLogging':[{'types':['api','audit'],'enabled':true},{'types':['authenticator','controllerManager','scheduler'],'enabled':false}]}}
            PASS | {'logging':{'clusterLogging':['x',{'enabled':true},{'types':[5,'api','audit','authenticator','controllerManager','scheduler'],'enabled':true}]}}
            FAIL | {'logging':{'clusterLogging':[{'types':[5,'audit','authenticator','controllerManager','scheduler'],'enabled':true}]}}
            FAIL | {'logging':'on'}
            PASS | {'Logging':{'ClusterLogging':{'EnabledTypes':[{'Type':'api'},{'Type':'audit'}]}},'logging':{'clusterLogging':[{'types':['authenticator','controllerManager','scheduler'],'enabled':true}]}}
            FAIL | {'Logging':{'ClusterLogging':{'EnabledTypes':[{'Type':'api'}]}},'logging':{'clusterLogging':[{'types':['authenticator','controllerManager','scheduler'],'enabled':true}]}}
            """)
    void decidesAsTheFormerSearchOfBothShapes(FindingStatus expected, String configuration) {
        Outcomes outcomes = control.evaluate(expand(configuration));

        outcomes.bothAre(expected, configuration);
        outcomes.sameEvidence(configuration);
    }

    @Test
    void recordsTheMissingTypesInTheRequiredOrder() {
        Outcomes outcomes = control
                .evaluate("{'logging':{'clusterLogging':[{'types':['scheduler','audit'],'enabled':true}]}}");

        assertThat(outcomes.shippedEvidence())
                .hasToString(Items.json("{'missing':['api','authenticator','controllerManager']}").toString());
    }

    /**
     * Shapes the former CEL could not read (a list field holding a string, a whole configuration that is not an
     * object): it reported ERROR unless the other shape enabled every type. eksEnabledLogTypes treats an unexpected
     * part as enabling nothing, as its Javadoc says, so the cluster fails: its logging is not shown to be on.
     */
    @ParameterizedTest
    @ValueSource(strings = {"{'Logging':{'ClusterLogging':{'EnabledTypes':'api'}}}",
            "{'logging':{'clusterLogging':'all'}}",
            "{'logging':{'clusterLogging':[{'types':'api audit authenticator controllerManager scheduler',"
                    + "'enabled':true}]}}",
            "'not a configuration'"})
    void unreadableShapesNowFailWhereTheFormerErred(String configuration) {
        Outcomes outcomes = control.evaluate(configuration);

        assertThat(outcomes.former().status()).isEqualTo(FindingStatus.ERROR);
        assertThat(outcomes.shipped().status()).isEqualTo(FindingStatus.FAIL);
    }

    /**
     * Types as a map: the former {@code t in l.types} tested the map's keys and passed; the function reads only a list
     * of types, so the cluster fails. Neither AWS Config nor the EKS API sends a map there.
     */
    @Test
    void typesAsAMapNowFailWhereTheFormerPassed() {
        Outcomes outcomes = control
                .evaluate("{'logging':{'clusterLogging':[{'types':{'api':1,'audit':1,'authenticator':1,"
                        + "'controllerManager':1,'scheduler':1},'enabled':true}]}}");

        assertThat(outcomes.former().status()).isEqualTo(FindingStatus.PASS);
        assertThat(outcomes.shipped().status()).isEqualTo(FindingStatus.FAIL);
    }

    private static String expand(String configuration) {
        return configuration.replace("ALL_CONFIG", ALL_CONFIG).replace("ALL_API", ALL_API);
    }
}
